import Testing

@testable import MentorPrepCore

/// The per-action questions folded into one (SPEC §2): what success looks like typed on the
/// action's line, and the after phase's one question for all your own actions.
@Suite struct FoldedQuestionsTests {
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static let parser = ActionParser(now: now, role: .mentee, me: "Ana Lopez", partner: "Sam Rivera")

  @Test(arguments: [
    ("Draft the pitch @me by friday; done when it fits on one page", "Draft the pitch", "it fits on one page"),
    ("Draft the pitch @me by friday — done when Sam has read it", "Draft the pitch", "Sam has read it"),
    ("Draft the pitch by friday - Done when my manager agrees", "Draft the pitch", "my manager agrees"),
    ("Draft the pitch;done when  it is sent ", "Draft the pitch", "it is sent"),
  ])
  func successIsReadFromTheEndOfTheLine(line: String, text: String, success: String) throws {
    let item = try Self.parser.parse(line).get()
    #expect(item.text == text)
    #expect(item.success == success)
    #expect(Self.parser.understood(item).hasSuffix("; done when \(success)"))
    // As typed, it reads back the same.
    #expect(try Self.parser.parse(item.description).get() == item)
  }

  @Test func doneWhenInsideTheTextIsPartOfIt() throws {
    let item = try Self.parser.parse("Ask what done when means to the team @me").get()
    #expect(item.text == "Ask what done when means to the team")
    #expect(item.success == nil)
    #expect(throws: AnswerRejection.self) { try Self.parser.parse("Draft the pitch; done when").get() }
  }

  static func read(_ line: String, among count: Int = 3) -> Result<CommitmentChange, AnswerRejection> {
    let dates = DateParser(now: now)
    return CommitmentChange.read(line, among: count) { text in dates.read(text) }
  }

  @Test func aChangeNamesAnActionAndWhatBecomesOfIt() throws {
    #expect(
      try Self.read("2 by next friday").get()
        == CommitmentChange(number: 2, choice: .redate, newDue: LocalDateTime(year: 2026, month: 11, day: 27)))
    #expect(try Self.read("1 hand over").get() == CommitmentChange(number: 1, choice: .handOver))
    #expect(try Self.read("3: drop").get() == CommitmentChange(number: 3, choice: .drop))
    #expect(try Self.read("1 keep").get() == CommitmentChange(number: 1, choice: .keep))
    #expect(try Self.read("2 redate").get() == CommitmentChange(number: 2, choice: .redate))
    #expect(try Self.read("2 in 2 weeks").get().newDue == LocalDateTime(year: 2026, month: 12, day: 4))
    for (line, reason) in [
      ("drop", "Start with the action's number"), ("4 drop", "There is no action 4 here"),
      ("2", "Say what becomes of action 2"), ("2 maybe later on", "neither keep, drop, hand over nor a date"),
    ] {
      guard case .failure(let rejection) = Self.read(line) else {
        Issue.record("'\(line)' was read")
        continue
      }
      #expect(rejection.reason.contains(reason), "\(line): \(rejection.reason)")
    }
  }

  /// Through the dialogue: two of three own actions changed in one answer, the third kept, a
  /// line that names an action twice refused, and a change taken back when answered again.
  @Test func oneAnswerSettlesEveryOwnAction() throws {
    let script = ConversationPathTests.script("mentee, first session, quick")
    let actions = [
      "Draft the pitch @me by friday", "Book the room @me", "Send the guide @partner", "Ask for feedback @me", "",
    ]
    let walk = try ConversationPathTests.walk(
      script, answering: ["actions.agreed": actions, "commitment.changes": ["1 by 2026-12-04", "3 drop", ""]])
    let agreed = walk.dialogue.bank.agreedActions(in: walk.dialogue.answers, session: 1)
    #expect(agreed.map(\.status) == [.open, .open, .open, .dropped])
    #expect(agreed[0].item.due == LocalDateTime(year: 2026, month: 12, day: 4))
    #expect(walk.asked.filter { $0.hasPrefix("commitment.") } == ["commitment.changes"])

    var dialogue = walk.dialogue
    _ = dialogue.type("/edit commitment.changes")
    let twice = dialogue.type(["1 drop", "1 keep"])
    #expect(twice.lines.contains("Action 1 has its change already; give each action one line."))
    _ = dialogue.type("")
    let now = dialogue.bank.agreedActions(in: dialogue.answers, session: 1)
    #expect(now.map(\.status) == [.dropped, .open, .open, .open])
    #expect(now[0].item.due == LocalDateTime(year: 2026, month: 11, day: 27), "the earlier new date is taken back")
  }

  /// Each milestone is rated; a follow-up comes only where the rating calls for one: how to
  /// mark one reached (5), what would move one stalled (1 or 2), nothing for one on its way.
  @Test func aMilestoneIsFollowedUpOnlyWhereItsRatingSaysSo() throws {
    let script = ConversationPathTests.script("mentee, returning, full")
    let onTheirWay = try ConversationPathTests.walk(script)
    #expect(!onTheirWay.asked.contains { $0.hasPrefix("milestones.reached") || $0.hasPrefix("milestones.stalled") })
    let walk = try ConversationPathTests.walk(
      script, answering: ["milestones.rating#m1": ["5"], "milestones.rating#m2": ["2"]])
    let followUps = walk.asked.filter { $0.hasPrefix("milestones.reached") || $0.hasPrefix("milestones.stalled") }
    #expect(followUps == ["milestones.reached#m1", "milestones.stalled#m2"])
  }

  /// What success looks like is asked once, for the actions without it on their line: each line
  /// names one by its number; one not named is left without, and nothing is asked per action.
  @Test func successIsAskedOnceForTheActionsWithoutIt() throws {
    let script = ConversationPathTests.script("mentee, returning, quick")
    let actions = [
      "Draft the pitch @me by friday; done when it fits on one page", "Book the room @me",
      "Send the guide @partner", "",
    ]
    let walk = try ConversationPathTests.walk(
      script,
      answering: [
        "actions.agreed": actions, "actions.successes": ["2 done when Sam has read it", ""],
        "commitment.changes": [""],
      ])
    #expect(walk.asked.filter { $0.hasPrefix("actions.success") } == ["actions.successes"])
    let shown = walk.shownBefore["actions.successes"]?.lines ?? []
    #expect(shown.contains("  1. Book the room"), "\(shown)")
    #expect(shown.contains("  2. Send the guide"), "\(shown)")
    let answers = walk.dialogue.answers
    #expect(answers["actions.success#3.1"] == .text("it fits on one page"))
    #expect(answers["actions.success#3.2"] == .skipped)
    #expect(answers["actions.success#3.3"] == .text("Sam has read it"))

    // A line that names no action, or one not listed, is refused and asked again.
    var dialogue = walk.dialogue
    _ = dialogue.type("/edit actions.successes")
    #expect(dialogue.type("Sam has read it").errors.first?.hasPrefix("Start with the action's number") == true)
    #expect(dialogue.type("4 Sam has read it").errors == ["There is no action 4 here; the numbers go from 1 to 2."])
    _ = dialogue.type(["1 the room is booked", ""])
    #expect(dialogue.answers["actions.success#3.2"] == .text("the room is booked"))
    #expect(dialogue.answers["actions.success#3.3"] == .skipped)

    // Every action with its success on its line: nothing is asked.
    let allOnTheLine = try ConversationPathTests.walk(
      script,
      answering: ["actions.agreed": ["Book the room @me; done when it is booked", ""], "commitment.changes": [""]])
    #expect(!allOnTheLine.asked.contains { $0.hasPrefix("actions.success") })
  }
}
