import Foundation
import Testing

@testable import MentorPrepCore

/// What the conversation shows again of what was said before, and what the after phase makes
/// of today's actions, on the paths of `ConversationPathTests`.
@Suite struct ConversationRecallTests {
  @Test func aReturningSessionOffersLastTimesAgreedMeetingAsThisOnesDate() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, quick"))
    // The date agreed last time is said, not asked again.
    #expect(!walk.asked.contains("setup.meeting_at"))
    #expect(
      walk.effects.lines.contains(
        "You meet on Thursday 26 November 2026, 15:00, as you agreed last time; /edit setup.meeting_at if that has moved."
      ))
    #expect(walk.dialogue.answers["setup.meeting_at"] == .dateTime(ConversationPathTests.lastAgreedMeeting))
    // The next meeting must come after this one; three weeks on from it (SPEC §3) it does.
    #expect(
      walk.dialogue.answers["next.meeting_at"]
        == .dateTime(LocalDateTime(year: 2026, month: 12, day: 17, hour: 15, minute: 0)))
  }

  @Test func lastTimesActionsAreRecalledAsTheyStandNotAsTheyWereTyped() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, quick"))
    let shown = walk.shownBefore["agenda.topics"]?.lines ?? []
    #expect(shown.contains("Actions agreed last time (Thursday 5 November 2026):"))
    #expect(shown.contains("  - Send the CV — Sam Rivera (mentee), by Wednesday 2 December 2026"), "\(shown)")
    #expect(shown.contains("  - Book a room — Sam Rivera (mentee) — done"), "\(shown)")
    #expect(!shown.contains { $0.contains("18 November") }, "\(shown)")
  }

  /// Whatever an earlier meeting said is shown with the day it was said; what was typed today
  /// is shown plain. Questions this conversation has passed show only today's answer.
  @Test(arguments: ConversationPathTests.scripts.filter(\.returning))
  func anEarlierAnswerIsRecalledWithItsDay(script: ConversationPathTests.Script) throws {
    let walk = try ConversationPathTests.walk(script)
    let bank = walk.dialogue.bank
    let prefilled = Set(walk.dialogue.progress.prefilled)
    var typedSoFar: Set<String> = []
    var checked = 0
    func label(_ question: Question) -> String {
      (question.recallLabel ?? question.text.text(for: script.role)).replacing("{partner}", with: "Alex Chen")
    }
    let questions = bank.states.flatMap(\.questions)
    var inGroup = false
    for effect in walk.effects {
      if case .record(let key, _) = effect, !prefilled.contains(key) { typedSoFar.insert(AnswerKey(key).question) }
      guard case .say(let text, .recall) = effect else { inGroup = false; continue }
      // Answers of one earlier day come under `From Thursday 5 November 2026:`, a line each.
      if text == "From Thursday 5 November 2026:" { inGroup = true; continue }
      if inGroup, text.hasPrefix("  ") {
        let ids = questions.filter { text.dropFirst(2).hasPrefix(label($0)) }.map(\.id)
        #expect(!ids.isEmpty, "no question is recalled as '\(text)'")
        #expect(ids.allSatisfy { !typedSoFar.contains($0) }, "'\(text)' was typed today but shown under an earlier day")
        checked += 1
        continue
      }
      inGroup = false
      guard !text.hasPrefix(" "), !text.contains(" of "), !text.hasSuffix(")") else { continue }
      let dated = text.contains("(Thursday 5 November 2026)")
      let plain = text.replacing(" (Thursday 5 November 2026)", with: "")
      let ids = questions.filter { label($0) == plain }.map(\.id)
      #expect(!ids.isEmpty, "no question is recalled as '\(text)'")
      if ids.allSatisfy({ !typedSoFar.contains($0) }) {
        #expect(dated, "'\(text)' shows an earlier answer without its day")
        checked += 1
      } else {
        #expect(!dated, "'\(text)' was typed today")
      }
    }
    #expect(checked > 0)
    // The questions prepared at the earlier meeting are not shown as today's.
    #expect(!walk.effects.lines.contains { $0.hasPrefix("The questions you prepared") && $0.contains("November") })
  }

  /// A later meeting keeps last time's depth and says so, not asking again; `--depth` (an
  /// answer given in advance) wins.
  @Test func aReturningSessionKeepsLastTimesDepthAndSaysSo() throws {
    let bank = try BankLoader.load(promptFiles())
    let memory = ConversationPathTests.script("mentee, returning, full").memory
    var dialogue = Dialogue(bank: bank, context: DialogueContext(now: ConversationPathTests.now, sessionNumber: 3))
    _ = dialogue.handle(.start)
    _ = dialogue.type(["Sam Rivera", "Alex Chen", "mentee"])
    let effects = dialogue.handle(.relationship(memory))
    #expect(effects.lines.contains("Full, as last time; --depth quick or /edit setup.depth for the essentials only."))
    #expect(dialogue.depth == .full)
    #expect(dialogue.askedKey == "setup.relationship_phase")

    var quick = Dialogue(
      bank: bank, context: DialogueContext(now: ConversationPathTests.now, sessionNumber: 3),
      prefill: ["setup.depth": .choice("quick")])
    _ = quick.handle(.start)
    _ = quick.type(["Sam Rivera", "Alex Chen", "mentee"])
    #expect(!quick.handle(.relationship(memory)).lines.contains { $0.contains("as last time") })
    #expect(quick.depth == .quick)
  }

  @Test func todaysFocusIsChosenFromTheAgendaOrTypedAfresh() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, full"))
    let shown = walk.shownBefore["focus.topic"]?.lines ?? []
    #expect(shown.contains { $0.hasSuffix("[1-2 or your own words]") })
    #expect(shown.contains("  1. First point for agenda.topics"))
    #expect(shown.contains("  2. Second point"))
    #expect(walk.dialogue.answers["focus.topic"] == .text("First point for agenda.topics"))
    // A first session is not told it has looked at progress.
    #expect(!walk.effects.lines.contains { $0.contains("looked at progress") })
  }

  /// SPEC §7: the agenda the partner sent is offered while preparing, and beside one's own for
  /// today's focus, each of its topics saying where it came from; an agenda for a meeting
  /// already held is not offered again.
  @Test func thePartnersAgendaIsOfferedWhilePreparingAndForTodaysFocus() throws {
    var script = ConversationPathTests.script("mentee, returning, full")
    script.partnerAgenda = PartnerAgenda(partner: "Alex Chen", topics: ["Salary talk", "Second point"], meetingAt: nil)
    let walk = try ConversationPathTests.walk(
      script, answering: ["agenda.topics": ["2", "My own point", ""], "focus.topic": ["3"]])
    let preparing = walk.shownBefore["agenda.topics"]?.lines ?? []
    #expect(preparing.contains("  1. Salary talk (from Alex Chen's agenda)"), "\(preparing)")
    #expect(preparing.contains("  2. Second point (from Alex Chen's agenda)"), "\(preparing)")
    #expect(walk.dialogue.answers["agenda.topics"] == .list(["Second point", "My own point"]))
    let focus = walk.shownBefore["focus.topic"]?.lines ?? []
    #expect(focus.contains("  1. Second point"), "\(focus)")
    #expect(focus.contains("  2. My own point"), "\(focus)")
    #expect(focus.contains("  3. Salary talk (from Alex Chen's agenda)"), "\(focus)")
    #expect(walk.dialogue.answers["focus.topic"] == .text("Salary talk"))

    script.partnerAgenda?.meetingAt = LocalDateTime(year: 2026, month: 11, day: 5)
    let held = try ConversationPathTests.walk(script)
    #expect(!(held.shownBefore["agenda.topics"]?.lines ?? []).contains { $0.contains("Alex Chen's agenda") })
  }

  /// SPEC §7: the charter's terms as the partner's record has them, where they differ from
  /// one's own, come after one's own charter; the same terms say nothing.
  @Test func theTermsThePartnersRecordHasOtherwiseAreShownWithTheCharter() throws {
    var script = ConversationPathTests.script("mentee, returning, quick")
    script.partnerTerms = ["charter.cadence": .text("fortnightly"), "charter.length": .number(45)]
    let walk = try ConversationPathTests.walk(script)
    let shown = walk.effects.lines
    let heading = try #require(shown.firstIndex(of: "Where Alex Chen's record differs:"))
    // The length is the same in both records (45 minutes): only the cadence differs.
    let differing = shown[(heading + 1)...].prefix { $0.hasPrefix("  ") }
    #expect(Array(differing) == ["  How often you meet: fortnightly"], "\(shown)")
    var same = script
    same.partnerTerms = ["charter.length": .number(45)]
    #expect(!(try ConversationPathTests.walk(same)).effects.lines.contains("Where Alex Chen's record differs:"))
  }

  /// A later meeting shows the charter in a few lines; every third meeting, and when the last
  /// two gaps both ran past one and a half times the cadence, it asks whether it still works,
  /// with the gaps shown, and a change is recalled from then on (SPEC §3).
  @Test func theCharterIsShownBrieflyAndCheckedEveryThirdMeetingOrWhenMeetingsDrift() throws {
    func day(_ month: Int, _ day: Int) -> LocalDateTime { LocalDateTime(year: 2026, month: month, day: day) }
    func walk(after meetings: [LocalDateTime], depth: String = "full") throws -> ConversationPathTests.Walk {
      var script = ConversationPathTests.script("mentee, returning, \(depth)")
      script.earlierMeetings = meetings
      return try ConversationPathTests.walk(
        script, answering: ["charter.holds": ["n"], "charter.changes": ["Meet every three weeks"]])
    }
    // The third meeting (today is 26 November): checked, with the gaps before it.
    let third = try walk(after: [day(10, 8), day(11, 5)])
    #expect(third.asked.contains("charter.holds"))
    #expect(third.asked.contains("charter.changes"))
    let shown = third.shownBefore["catch_up.notes"]?.lines ?? []
    #expect(shown.contains("From Thursday 5 November 2026:"), "\(shown)")
    #expect(shown.contains("  How often you meet: monthly"), "\(shown)")
    #expect(shown.contains("  How long a meeting lasts: 45 minutes"), "\(shown)")
    #expect(
      third.shownBefore["charter.holds"]?.lines.contains("This is meeting 3; the gaps before it were 28 and 21 days.")
        == true)
    // On a quick third meeting, looking the charter over is the catch-up.
    let quick = try walk(after: [day(10, 8), day(11, 5)], depth: "quick")
    #expect(quick.asked.contains("charter.holds"))
    #expect(!quick.asked.contains("catch_up.notes"))

    // The second meeting, and a fourth with only one long gap: not checked.
    #expect(try !walk(after: [day(11, 5)]).asked.contains("charter.holds"))
    #expect(try !walk(after: [day(8, 1), day(9, 1), day(10, 25)]).asked.contains("charter.holds"))
    // A fourth meeting after two gaps both past 45 days of a monthly cadence: checked.
    let drifted = try walk(after: [day(6, 1), day(8, 1), day(10, 5)])
    #expect(drifted.asked.contains("charter.holds"))
    #expect(
      drifted.shownBefore["charter.holds"]?.lines.contains("This is meeting 4; the gaps before it were 65 and 52 days.")
        == true)

    // What was changed comes back with the charter at the next meeting.
    var later = ConversationPathTests.script("mentee, returning, quick")
    later.earlierMeetings = [day(11, 5)]
    var memory = later.memory
    memory.earlierAnswers["charter.changes"] = .text("Meet every three weeks")
    memory.answeredOn["charter.changes"] = ConversationPathTests.lastMeeting
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles()),
      context: DialogueContext(now: ConversationPathTests.now, sessionNumber: 3),
      prefill: ["setup.me": .text("Sam Rivera")])
    _ = dialogue.handle(.start)
    _ = dialogue.type(["Alex Chen", "mentee"])
    var lines = dialogue.handle(.relationship(memory)).lines
    for line in ["quick", "cultivation", "Topic", "", "It is settled", "y"] { lines += dialogue.type(line).lines }
    #expect(lines.contains("  What you changed in the charter: Meet every three weeks"), "\(lines)")
  }

  /// The next meeting offers the date the cadence agreed would give: this meeting's weekday
  /// and time, four weeks on for a monthly cadence; Enter takes it.
  @Test func theNextMeetingIsOfferedOnTheCadence() throws {
    let walk = try ConversationPathTests.walk(
      ConversationPathTests.script("mentee, returning, quick"), answering: ["next.meeting_at": [""]])
    let shown = walk.shownBefore["next.meeting_at"]?.lines ?? []
    #expect(shown.contains { $0.hasSuffix("[date/time, Enter for Thursday 24 December 2026, 15:00]") }, "\(shown)")
    #expect(
      walk.dialogue.answers["next.meeting_at"]
        == .dateTime(LocalDateTime(year: 2026, month: 12, day: 24, hour: 15, minute: 0)))
  }

  /// On the quick path the agenda's first topic is today's focus, said and not asked again;
  /// `/edit focus.topic` chooses another, and the agenda edited later does not undo that.
  @Test func aQuickMeetingTakesTheAgendasFirstTopicAsItsFocus() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, quick"))
    #expect(!walk.asked.contains("focus.topic"))
    #expect(walk.dialogue.answers["focus.topic"] == .text("First point for agenda.topics"))
    #expect(
      walk.effects.lines.contains(
        "→ today's focus: First point for agenda.topics, the first on your agenda; /edit focus.topic to choose another."
      ))

    var dialogue = walk.dialogue
    _ = dialogue.type("/edit focus.topic")
    _ = dialogue.type("2")
    #expect(dialogue.answers["focus.topic"] == .text("Second point"))
    _ = dialogue.type("/edit agenda.topics")
    _ = dialogue.type(["A new first topic", ""])
    #expect(dialogue.answers["focus.topic"] == .text("Second point"))
  }

  @Test func whatWasPreparedComesBackDuringAndAfter() throws {
    let first = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, full"))
    // The questions prepared for the partner are shown at today's focus.
    let focus = first.shownBefore["focus.topic"]?.lines ?? []
    #expect(focus.contains("  - First point for prep.questions"))
    // What you hope for and offer is shown with the charter, which asks only the partner's side.
    let charter = first.shownBefore["charter.partner_hopes"]?.lines ?? []
    #expect(charter.contains("What you hope to gain:"))
    #expect(charter.contains("  Answer to intro.hopes"))
    #expect(charter.contains("  Answer to intro.offer"))

    let later = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, full"))
    // Last time's success criterion comes back when its action is reviewed.
    let review = later.shownBefore["review.status#2.1"]?.lines ?? []
    #expect(review.contains("What success was to look like (Thursday 5 November 2026):"))
    #expect(review.contains("  The CV is with the hiring manager"))
    // Last time's learnings, next goal and journal open the preparation.
    let purpose = later.shownBefore["agenda.topics"]?.lines ?? []
    for text in [
      "  - Ask before the planning round", "  Look at the CV draft together", "  I talk too fast when I am nervous",
    ] {
      #expect(purpose.contains(text), "\(text) not shown")
    }
    // The charter and milestones are recalled in the plan, and carried into this session.
    let plan = later.shownBefore["plan.needs"]?.lines ?? []
    #expect(plan.contains("  - Lead a small project"))
    #expect(later.dialogue.answers["charter.length"] == .number(45))
    #expect(later.dialogue.progress.prefilled.contains("charter.length"))
  }

  @Test func aReviewAsksWhatWasLearnedWhenDoneAndWhatGotInTheWayWhenNot() throws {
    let done = try ConversationPathTests.walk(
      ConversationPathTests.script("mentee, returning, full"), answering: ["review.status#2.1": ["done"]])
    #expect(done.asked.contains("review.learned#2.1"))
    #expect(!done.asked.contains("review.setback#2.1"))
    let partly = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, full"))
    #expect(partly.asked.contains("review.setback#2.1"))
    #expect(!partly.asked.contains("review.learned#2.1"))
    // Feedback on the work reviewed is asked once, after the review, on the quick path too.
    let quick = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, quick"))
    #expect(quick.asked.filter { $0.hasPrefix("review.feedback") } == ["review.feedback"])
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles()),
      context: DialogueContext(now: ConversationPathTests.now, sessionNumber: 3))
    _ = dialogue.handle(.start)
    _ = dialogue.type(["mentee", "Sam Rivera", "Alex Chen"])
    _ = dialogue.handle(.relationship(ConversationPathTests.script("mentee, returning, full").memory))
    _ = dialogue.type(["full", "cultivation", "Topic", "", "Success", "", "", "", "y", ""])
    #expect(dialogue.askedKey == "review.status#2.1")
    _ = dialogue.type("not yet")
    // Not yet done, and its date has passed: a new one is asked, then what got in the way.
    #expect(dialogue.askedKey == "review.new_due#2.1")
    _ = dialogue.type("friday")
    #expect(dialogue.askedKey == "review.setback#2.1")
    _ = dialogue.type("")
    #expect(dialogue.askedKey == "review.status#2.2")
  }

  @Test func milestonesAreRatedAndTheirStepsTickedOffNotReviewedAsActions() throws {
    let later = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, full"))
    #expect(later.asked.contains("milestones.rating#m1"))
    #expect(later.asked.contains("milestones.rating#m2"))
    #expect(later.dialogue.answers["milestones.rating#m1"] == .number(4))
    #expect(later.dialogue.answers["milestones.steps_done"] == .list(["Enrol on the course"]))
    #expect(later.dialogue.answers["feedback.rating"] == .number(4))

    let first = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, full"))
    #expect(first.dialogue.answers["milestones.steps"] != nil)
    // The steps are not actions of the meeting: only the two agreed actions are.
    #expect(
      first.dialogue.bank.agreedActions(in: first.dialogue.answers, session: 1).map(\.item.text)
        == ["Draft the project pitch", "Introduce Sam to the design lead"])
  }

  @Test func separationAndRedefinitionAreDistinctAndTheNextMeetingIsOptional() throws {
    let separation = try ConversationPathTests.walk(ConversationPathTests.script("mentee, separation, full"))
    let redefinition = try ConversationPathTests.walk(ConversationPathTests.script("mentor, redefinition, full"))
    let closing = Set(separation.asked)
    let next = Set(redefinition.asked)
    #expect(closing.contains("close.goals_met") && closing.contains("close.handover"))
    #expect(!closing.contains("redefine.relationship"))
    #expect(next.contains("redefine.relationship") && next.contains("redefine.contact"))
    #expect(!next.contains("close.goals_met"))
    for walk in [separation, redefinition] {
      #expect(!walk.asked.contains("focus.topic"))
      let shown = walk.shownBefore["next.meeting_at"]?.lines ?? []
      #expect(shown.contains("When will you meet Alex Chen next? [date/time, optional]"))
    }
  }

  @Test func aNextMeetingBeforeOrAtThisOneIsRefusedWithAReason() throws {
    var walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, quick"))
    #expect(walk.dialogue.position(forKey: "next.meeting_at") != nil)
    _ = walk.dialogue.type("/edit next.meeting_at")
    // Typed at the meeting on Thursday 26 November, `thursday` would be the next one.
    var effects = walk.dialogue.type("2026-11-26 15:00")
    #expect(effects.errors == ["That is not after this meeting (Thursday 26 November 2026, 15:00); give a later date."])
    effects = walk.dialogue.type("2026-11-01")
    #expect(effects.errors == ["Sunday 1 November 2026, 15:00 is in the past; give a date from today on."])
    effects = walk.dialogue.type("friday 10:00")
    #expect(effects.errors.isEmpty)
    #expect(effects.lines.contains("→ Friday 27 November 2026, 10:00"))
  }

  // MARK: - After the meeting

  @Test func onlyYourOwnActionsAreCheckedAndTheFollowUpRestatesWhatStands() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, quick"))
    // The mentee's own action is checked (and re-dated) in the one question; the mentor's is
    // not asked about, and no question is asked per action.
    #expect(walk.asked.filter { $0.hasPrefix("commitment.") } == ["commitment.changes"])
    #expect(walk.dialogue.answers["commitment.choice#1.1"] == .choice("redate"))
    #expect(walk.dialogue.answers["commitment.choice#1.2"] == nil)
    let actions = walk.dialogue.bank.agreedActions(in: walk.dialogue.answers, session: 1)
    // Re-dated `in 2 weeks` after the meeting of Thursday 26 November: counted from it.
    #expect(actions.first?.item.due == LocalDateTime(year: 2026, month: 12, day: 10))
    // The follow-up is asked after the check.
    let check = try #require(walk.asked.firstIndex(of: "commitment.changes"))
    let thanks = try #require(walk.asked.firstIndex(of: "follow_up.thanks"))
    #expect(check < thanks)
  }

  @Test func aHandedOverActionChangesOwnerAndADroppedOneIsNotRestated() throws {
    let typed = [
      TrackedAction(
        ref: "1.1", session: 1, item: ActionItem(text: "Draft the pitch", owner: .role(.mentee)), status: .open),
      TrackedAction(
        ref: "1.2", session: 1, item: ActionItem(text: "Book a room", owner: .role(.mentee)), status: .open),
    ]
    var checked = typed
    CommitmentChoice.handOver.apply(to: &checked[0], newDue: nil)
    CommitmentChoice.drop.apply(to: &checked[1], newDue: nil)
    #expect(checked[0].item.owner == .role(.mentor))
    #expect(checked[0].status == .open)
    #expect(checked[1].status == .dropped)
  }

  @Test func privateNotesStayOutOfMessagesToThePartner() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, first session, full"))
    let bank = walk.dialogue.bank
    let privateIDs = bank.states.flatMap(\.questions).filter(\.isPrivate).map(\.id)
    #expect(privateIDs == ["feedback.journal"])
    let record = SessionRecord(
      number: 1, createdAt: ConversationPathTests.now, updatedAt: ConversationPathTests.now, bank: bank,
      answers: walk.dialogue.answers,
      progress: walk.dialogue.progress)
    let journal = try #require(record.text("feedback.journal"))
    for format in [ExportFormat.text, .eml, .agenda, .intro, .markdown] {
      let text = try Exporter.render(
        record, bank: bank, as: format, now: ConversationPathTests.instant, timeZone: ConversationPathTests.zone)
      #expect(!text.contains(journal), "\(format) carries the private journal")
    }
    // A markdown document says what it left out, and takes the journal in, marked, when asked.
    let shared = try Exporter.render(
      record, bank: bank, as: .markdown, now: ConversationPathTests.instant, timeZone: ConversationPathTests.zone)
    #expect(shared.contains("Private notes (1) are left out of this document"))
    let whole = try Exporter.render(
      record, bank: bank, as: .markdown, now: ConversationPathTests.instant, timeZone: ConversationPathTests.zone,
      includingPrivate: true)
    #expect(whole.contains(journal))
    #expect(whole.contains("_(private: a note for yourself, not for sharing)_"))
    #expect(!whole.contains("are left out of this document"))
  }

  @Test func theCalendarEventLastsTheAgreedMeetingLengthInALaterSession() throws {
    let walk = try ConversationPathTests.walk(ConversationPathTests.script("mentee, returning, quick"))
    let bank = walk.dialogue.bank
    let record = SessionRecord(
      number: 3, createdAt: ConversationPathTests.now, updatedAt: ConversationPathTests.now, bank: bank,
      answers: walk.dialogue.answers,
      progress: walk.dialogue.progress)
    let ics = try Exporter.render(
      record, bank: bank, as: .ics, now: ConversationPathTests.instant, timeZone: ConversationPathTests.zone)
    #expect(ics.contains("DURATION:PT45M"))
  }
}
