import Testing

@testable import MentorPrepCore

/// SPEC §3, carried forward: an earlier action reviewed as partly or not yet done keeps its date
/// while that is ahead, is asked for a new one when it has passed, may be given one on the status
/// line, and at a separation is closed out.
@Suite struct CarriedForwardTests {
  static let returning = ConversationPathTests.script("mentee, returning, quick")  // mentee, returning, quick
  static let separation = ConversationPathTests.script("mentee, separation, full")

  /// A full returning dialogue stopped at the review of the first open action.
  static func atTheReview(openActions: [TrackedAction] = ConversationPathTests.openActions) throws -> Dialogue {
    var memory = ConversationPathTests.script("mentee, returning, full").memory
    memory.openActions = openActions
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles()),
      context: DialogueContext(now: ConversationPathTests.now, sessionNumber: 3))
    _ = dialogue.handle(.start)
    _ = dialogue.type(["mentee", "Sam Rivera", "Alex Chen"])
    _ = dialogue.handle(.relationship(memory))
    _ = dialogue.type(["full", "", "cultivation", "Topic", "", "Success", "", "", "", "y", ""])
    try #require(dialogue.askedKey == "review.status#" + openActions[0].ref)
    return dialogue
  }

  @Test func aDateThatHasPassedIsReplacedAndNoneIsNotAskedFor() throws {
    let walk = try ConversationPathTests.walk(
      Self.returning,
      answering: [
        "review.status#2.1": ["not yet"], "review.new_due#2.1": ["2026-12-04"], "review.status#2.2": ["partly"],
      ])
    // 2.1 was due 18 November, before this meeting: a new date is asked. 2.2 had none.
    #expect(walk.asked.contains("review.new_due#2.1"))
    #expect(!walk.asked.contains("review.new_due#2.2"))
    #expect(walk.dialogue.answers["review.new_due#2.1"] == .dateTime(LocalDateTime(year: 2026, month: 12, day: 4)))
    let reviews = ActionReview.reviews(in: walk.dialogue.answers, of: ConversationPathTests.openActions)
    let carried = reviews.map { $0.outcome(for: .mentee) }
    #expect(carried.map(\.status) == [.notYet, .partly])
    #expect(carried[0].item.due == LocalDateTime(year: 2026, month: 12, day: 4))
    #expect(carried[1].item.due == nil)
  }

  @Test func anEmptyLineDoesNotKeepADateThatHasPassed() throws {
    var dialogue = try Self.atTheReview()
    _ = dialogue.type("not yet")
    #expect(dialogue.askedKey == "review.new_due#2.1")
    let refused = dialogue.type("")
    #expect(
      refused.errors == ["Its date, Wednesday 18 November 2026, has passed; give the date it will be done by now."])
    #expect(dialogue.askedKey == "review.new_due#2.1")
    let understood = dialogue.type("friday")
    #expect(understood.lines.contains("→ Friday 27 November 2026"))
    #expect(dialogue.askedKey == "review.setback#2.1")
  }

  @Test func aDateStillAheadIsKeptAndSaidBack() throws {
    var ahead = ConversationPathTests.openActions
    ahead[0].item.due = LocalDateTime(year: 2026, month: 12, day: 10)
    var dialogue = try Self.atTheReview(openActions: ahead)
    let effects = dialogue.type("partly")
    #expect(effects.lines.contains("→ still open, by Thursday 10 December 2026"))
    #expect(dialogue.askedKey != "review.new_due#2.1")
    #expect(dialogue.answers["review.new_due#2.1"] == nil)
  }

  @Test func aDateTypedWithTheStatusAnswersBoth() throws {
    var dialogue = try Self.atTheReview()
    let effects = dialogue.type("not yet, by 4 december")
    #expect(effects.errors.isEmpty)
    #expect(effects.records["review.new_due#2.1"] == .dateTime(LocalDateTime(year: 2026, month: 12, day: 4)))
    #expect(effects.records["review.status#2.1"] == .status(.notYet))
    #expect(effects.lines.contains("→ not yet, now by Friday 4 December 2026"))
    // The date is not asked again; what got in the way is (the setback turn, full path).
    #expect(dialogue.askedKey == "review.setback#2.1")

    // Taken back and answered without a date, the date is asked again.
    _ = dialogue.type("/back")
    #expect(dialogue.askedKey == "review.status#2.1")
    _ = dialogue.type("not yet")
    #expect(dialogue.askedKey == "review.new_due#2.1")
    #expect(dialogue.progress.answeredInline == nil)
  }

  @Test func aDateTypedWithTheStatusMustNotHavePassed() throws {
    var dialogue = try Self.atTheReview()
    let effects = dialogue.type("partly by 2026-11-01")
    #expect(effects.errors == ["Sunday 1 November 2026 is in the past; give a date from today on."])
    #expect(dialogue.askedKey == "review.status#2.1")
    #expect(dialogue.answers["review.status#2.1"] == nil)
  }

  @Test func aStatusLineWithoutADateIsAStatus() throws {
    var dialogue = try Self.atTheReview()
    let question = try #require(dialogue.location(dialogue.progress.position)?.1)
    #expect(dialogue.statusWithWhatBecomesOfIt("not yet", for: question) == nil)
    #expect(dialogue.statusWithWhatBecomesOfIt("done by friday", for: question) == nil)
    _ = dialogue.type("done")
    #expect(dialogue.answers["review.status#2.1"] == .status(.done))
  }

  @Test func aSeparationClosesOutEveryOpenAction() throws {
    let walk = try ConversationPathTests.walk(
      Self.separation,
      answering: [
        "review.status#2.1": ["partly"], "review.close_out#2.1": ["drop"],
        "review.status#2.2": ["not yet"], "review.close_out#2.2": ["hand over"],
        "review.new_due#2.2": ["2026-12-11"],
      ])
    #expect(walk.asked.contains("review.close_out#2.1"))
    #expect(walk.asked.contains("review.close_out#2.2"))
    // Dropped needs no date; handed over without one, it is asked for (nothing left undated).
    #expect(!walk.asked.contains("review.new_due#2.1"))
    #expect(walk.asked.contains("review.new_due#2.2"))
    let carried = ActionReview.reviews(in: walk.dialogue.answers, of: ConversationPathTests.openActions)
      .map { $0.outcome(for: .mentee) }
    #expect(carried[0].status == .dropped)
    #expect(carried[1].status == .notYet)
    #expect(carried[1].item.owner == .role(.mentee))  // it was the mentor's
    #expect(carried[1].item.due == LocalDateTime(year: 2026, month: 12, day: 11))
  }

  @Test func atASeparationADateOnTheStatusLineKeepsTheAction() throws {
    let walk = try ConversationPathTests.walk(Self.separation)
    #expect(!walk.asked.contains { $0.hasPrefix("review.close_out") || $0.hasPrefix("review.new_due") })
    #expect(walk.dialogue.answers["review.close_out#2.1"] == .choice("keep"))
    #expect(walk.dialogue.answers["review.new_due#2.2"] == .dateTime(LocalDateTime(year: 2026, month: 12, day: 18)))
  }

  /// At a separation, what becomes of an action is typed on its status line (`not yet, drop`,
  /// `partly, hand over by 2026-12-11`) or with its date at the close-out (`hand over by …`):
  /// one answer, nothing asked after it.
  @Test func atASeparationTheCloseOutIsTypedWithTheStatusOrWithItsDate() throws {
    let onTheStatusLine = try ConversationPathTests.walk(
      Self.separation,
      answering: ["review.status#2.1": ["not yet, drop"], "review.status#2.2": ["partly, hand over by 2026-12-11"]])
    #expect(!onTheStatusLine.asked.contains { $0.hasPrefix("review.close_out") || $0.hasPrefix("review.new_due") })
    #expect(onTheStatusLine.effects.lines.contains("→ partly done, handed over, now by Friday 11 December 2026"))
    let answers = onTheStatusLine.dialogue.answers
    #expect(answers["review.close_out#2.1"] == .choice("drop"))
    #expect(answers["review.close_out#2.2"] == .choice("hand_over"))
    #expect(answers["review.new_due#2.2"] == .dateTime(LocalDateTime(year: 2026, month: 12, day: 11)))

    let atTheCloseOut = try ConversationPathTests.walk(
      Self.separation,
      answering: [
        "review.status#2.1": ["partly"], "review.close_out#2.1": ["hand over by 2026-12-11"],
        "review.status#2.2": ["not yet"], "review.close_out#2.2": ["friday"],
      ])
    #expect(!atTheCloseOut.asked.contains { $0.hasPrefix("review.new_due") })
    #expect(atTheCloseOut.dialogue.answers["review.close_out#2.2"] == .choice("keep"))
    #expect(
      atTheCloseOut.dialogue.answers["review.new_due#2.2"] == .dateTime(LocalDateTime(year: 2026, month: 11, day: 27)))
  }

  @Test func anActionOfSomeoneElseHandedOverGoesToTheUser() {
    let action = TrackedAction(
      ref: "1.1", session: 1, item: ActionItem(text: "Call Kim", owner: .named("Kim Lee")), status: .open)
    let review = ActionReview(action: action, status: .partly, learned: nil, closeOut: .handOver)
    #expect(review.outcome(for: .mentor).item.owner == .role(.mentor))
    let done = ActionReview(
      action: action, status: .done, learned: nil, newDue: LocalDateTime(year: 2027, month: 1, day: 1))
    #expect(done.outcome(for: .mentor).item.due == nil)
  }
}
