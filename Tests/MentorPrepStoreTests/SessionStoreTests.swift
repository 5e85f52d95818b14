import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// What the store keeps and remembers, checked against an in-memory store and a file alike.
@Suite struct SessionStoreTests {
  @Test(arguments: StoreKind.allCases)
  func numbersSessionsOneTwoThree(kind: StoreKind) throws {
    try withStore(kind) { store in
      #expect(try store.lastSessionNumber() == nil)
      let progress = DialogueProgress(position: .entering(state: "setup.who"))
      let numbers = try (1...3).map { _ in
        try store.createSession(at: firstMeeting, progress: progress)
      }
      #expect(numbers == [1, 2, 3])
      #expect(try store.lastSessionNumber() == 3)
    }
  }

  @Test(arguments: StoreKind.allCases)
  func roundTripsAnswersAndProgress(kind: StoreKind) throws {
    try withStore(kind) { store in
      let number = try store.createSession(
        at: firstMeeting, progress: DialogueProgress(position: .entering(state: "setup.who")))
      var progress = DialogueProgress(
        position: .asking(state: "during.review_actions", question: "review.feedback", item: "1.2"))
      progress.trail = [
        .asking(state: "setup.who", question: "setup.first_session", item: nil),
        .betweenPhases(next: "during.catch_up"),
      ]
      progress.returnTo = .entering(state: "during.focus")
      progress.prefilled = ["setup.first_session"]
      progress.draft = .list(["half a list"])
      progress.lookedUp = "mentee|ana ruiz"
      let answers: [String: Answer] = [
        "setup.role": .choice("mentee"),
        "setup.partner": .text("Ana Ruiz"),
        "setup.first_session": .yesNo(true),
        "setup.meeting_at": .dateTime(firstMeeting),
        "agenda.goals": .list(["Ship the pitch", "Grow as a lead"]),
        "actions.agreed": .actions([
          ActionItem(text: "Draft the pitch", owner: .role(.mentee), due: secondMeeting),
          ActionItem(text: "Intro to Kim", owner: .named("Kim")),
        ]),
        "review.status#0.1": .status(.partly),
        "purpose.offer": .skipped,
        "backgrounds.common": .text("Ünïcode, \"quotes\" and a / slash"),
      ]
      try store.save(
        session: number, changes: answers.map { ($0.key, $0.value) }, progress: progress,
        phase: .during, at: secondMeeting)

      let loaded = try store.loadSession(number)
      #expect(loaded.number == number)
      #expect(loaded.answers == answers)
      #expect(loaded.progress == progress)
      #expect(loaded.phaseReached == .during)
      #expect(loaded.completed == false)
      #expect(loaded.createdAt == firstMeeting)
      #expect(loaded.updatedAt == secondMeeting)
      #expect(loaded.statuses == ["\(number).1": .open, "\(number).2": .open])

      // A changed answer replaces the stored one; a finished progress completes the session.
      try store.save(
        session: number, changes: [("purpose.offer", .skipped)], progress: DialogueProgress(position: .finished),
        phase: .after, at: secondMeeting)
      let finished = try store.loadSession(number)
      #expect(finished.answers["purpose.offer"] == .skipped)
      #expect(finished.answers.count == answers.count)
      #expect(finished.completed)
      #expect(finished.phaseReached == .after)
      let record = finished.record
      #expect(record.actions.map(\.item.text) == ["Draft the pitch", "Intro to Kim"])
    }
  }

  @Test(arguments: StoreKind.allCases)
  func unknownSessionsAreReported(kind: StoreKind) throws {
    try withStore(kind) { store throws in
      #expect(throws: StoreError.noSuchSession(7)) { try store.loadSession(7) }
      #expect(throws: StoreError.noSuchSession(7)) {
        try store.save(7, ["setup.me": .text("Sam")], at: "setup.who", now: firstMeeting)
      }
      #expect(try store.lastSessionNumber() == nil)
    }
  }

  /// A charter carried unchanged from meeting to meeting is recalled with the day it was
  /// agreed; changed, with the day of the change. The meetings so far come with their days.
  @Test(arguments: StoreKind.allCases)
  func aCarriedAnswerKeepsTheDayItWasFirstGiven(kind: StoreKind) throws {
    try withStore(kind) { store in
      let third = LocalDateTime(year: 2027, month: 1, day: 7, hour: 15, minute: 0)
      _ = try store.startSession(
        with: "Ana Ruiz", extra: ["charter.cadence": .choice("monthly"), "charter.length": .number(45)])
      _ = try store.startSession(
        with: "Ana Ruiz", now: secondMeeting,
        extra: ["charter.cadence": .choice("monthly"), "charter.length": .number(60)])
      let next = try store.startSession(with: "Ana Ruiz", now: third)
      let memory = try store.relationshipMemory(partner: "Ana Ruiz", role: .mentee, excluding: next)
      let day = { (date: LocalDateTime) in LocalDateTime(year: date.year, month: date.month, day: date.day) }
      #expect(memory.answeredOn["charter.cadence"].map(day) == day(firstMeeting))
      #expect(memory.answeredOn["charter.length"].map(day) == day(secondMeeting))
      #expect(memory.earlierMeetings.map(day) == [day(firstMeeting), day(secondMeeting)])
    }
  }

  @Test(arguments: StoreKind.allCases)
  func remembersTheRelationshipAcrossSessions(kind: StoreKind) throws {
    try withStore(kind) { store in
      let first = try store.startSession(
        with: "Ana Ruiz",
        extra: [
          SessionRecord.Key.partnerEmail: .text("ana@example.org"),
          SessionRecord.Key.relationshipPhase: .choice("initiation"),
          "charter.objectives": .list(["Lead a team", "Speak at a conference"]),
          "purpose.offer": .skipped,
          "actions.agreed": .actions([
            ActionItem(text: "Draft the pitch", owner: .role(.mentee), due: secondMeeting),
            ActionItem(text: "Send the reading list", owner: .role(.mentor)),
            ActionItem(text: "Book the room", owner: .role(.mentee)),
          ]),
        ])
      #expect(first == 1)
      // Someone else, and the other role with the same name, are other relationships.
      _ = try store.startSession(
        with: "Bo Chen",
        extra: ["actions.agreed": .actions([ActionItem(text: "Unrelated", owner: .role(.mentee))])])
      #expect(
        try store.relationshipMemory(partner: "Ana Ruiz", role: .mentor, excluding: 3) == .none)
      #expect(try store.relationshipMemory(partner: "Nobody", role: .mentee, excluding: 3) == .none)

      // Session 3 begins: setup answered, the partner looked up by another spelling.
      let second = try store.startSession(with: "  ana RUIZ ", now: secondMeeting)
      #expect(second == 3)
      let memory = try store.relationshipMemory(
        partner: "ANA ruiz ", role: .mentee, excluding: second)
      #expect(memory.returning)
      #expect(memory.openActions.map(\.ref) == ["1.1", "1.2", "1.3"])
      #expect(
        memory.openActions.first?.item
          == ActionItem(text: "Draft the pitch", owner: .role(.mentee), due: secondMeeting))
      #expect(
        memory.earlierAnswers["charter.objectives"]
          == .list(["Lead a team", "Speak at a conference"]))
      #expect(memory.earlierAnswers["purpose.offer"] == nil, "skipped answers are not memory")
      #expect(
        memory.prefill == [
          SessionRecord.Key.firstSession: .yesNo(false),
          SessionRecord.Key.partnerEmail: .text("ana@example.org"),
        ])
      // A session's own actions are not its memory.
      let fromFirst = try store.relationshipMemory(partner: "Ana Ruiz", role: .mentee, excluding: 1)
      #expect(fromFirst.returning)
      #expect(fromFirst.openActions.isEmpty)

      // Session 3 reviews: 1.1 done, 1.2 partly; 1.3 is not reviewed yet.
      try store.save(
        second,
        [
          "review.status#1.1": .status(.done), "review.status#1.2": .status(.partly),
          "review.learned#1.1": .text("Start early"),
        ],
        at: "during.focus", now: secondMeeting)
      #expect(try store.actions(openOnly: true, partner: "ana ruiz").map(\.ref) == ["1.2", "1.3"])
      #expect(
        try store.actions(openOnly: false, partner: "Ana Ruiz").map(\.status) == [
          .done, .partly, .open,
        ])
      #expect(try store.actions(openOnly: true, partner: nil).map(\.ref) == ["1.2", "1.3", "2.1"])
      // A later session no longer sees the done action; the reviewing session itself still does,
      // so that resuming it walks the same list.
      let later = try store.relationshipMemory(partner: "Ana Ruiz", role: .mentee, excluding: 4)
      #expect(later.openActions.map(\.ref) == ["1.2", "1.3"])
      let resumed = try store.relationshipMemory(
        partner: "Ana Ruiz", role: .mentee, excluding: second)
      #expect(resumed.openActions.map(\.ref) == ["1.1", "1.2", "1.3"])

      // The session's record knows what it reviewed.
      let loaded = try store.loadSession(second)
      #expect(loaded.reviewed.map(\.ref) == ["1.1", "1.2"])
      let record = loaded.record
      #expect(record.reviews.map(\.status) == [.done, .partly])
      #expect(record.reviews.first?.learned == "Start early")
      #expect(
        try store.loadSession(first).statuses == ["1.1": .done, "1.2": .partly, "1.3": .open])
    }
  }

  @Test(arguments: StoreKind.allCases)
  func theLatestReviewDecidesAnActionsStatus(kind: StoreKind) throws {
    try withStore(kind) { store in
      _ = try store.startSession(
        with: "Ana",
        extra: ["actions.agreed": .actions([ActionItem(text: "Draft", owner: .role(.mentee))])])
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      try store.save(
        second, ["review.status#1.1": .status(.partly)], at: "during.focus", now: secondMeeting)
      let third = try store.startSession(with: "Ana", now: secondMeeting.adding(days: 14))
      try store.save(
        third, ["review.status#1.1": .status(.done)], at: "during.focus", now: secondMeeting)
      #expect(try store.actions(openOnly: false, partner: nil).map(\.status) == [.done])

      // Resuming session 2 and answering more does not undo session 3's review.
      try store.save(
        second, ["focus.topic": .text("Delegation")], at: "during.solutions", now: secondMeeting)
      #expect(try store.actions(openOnly: false, partner: nil).map(\.status) == [.done])

      // Taking session 3's review back leaves session 2's.
      try store.save(
        third, ["review.status#1.1": .skipped], at: "during.review_actions", now: secondMeeting)
      #expect(try store.actions(openOnly: false, partner: nil).map(\.status) == [.partly])
      try store.save(
        second, ["review.status#1.1": .skipped], at: "during.review_actions", now: secondMeeting)
      #expect(try store.actions(openOnly: true, partner: nil).map(\.status) == [.open])
    }
  }

  /// SPEC §3: an action carried forward takes its new date, or its new owner when a separation
  /// hands it over; re-saving the session that agreed it keeps both, and taking the review back
  /// gives the action what its own session agreed.
  @Test(arguments: StoreKind.allCases)
  func aCarriedActionKeepsItsNewDateAndOwner(kind: StoreKind) throws {
    try withStore(kind) { store in
      let agreed = ActionItem(text: "Draft", owner: .role(.mentee), due: firstMeeting.adding(days: 7))
      let first = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([agreed])])
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      let newDue = secondMeeting.adding(days: 14)
      try store.save(
        second,
        [
          "review.status#1.1": .status(.partly), "review.new_due#1.1": .dateTime(newDue),
          "review.close_out#1.1": .choice("hand_over"),
        ],
        at: "during.focus", now: secondMeeting)
      let carried = try #require(try store.actions(openOnly: true, partner: nil).first)
      #expect(carried.due == newDue)
      #expect(carried.owner == .role(.mentor))
      #expect(carried.status == .partly)
      // The session that carried it finds it, when loaded or resumed, as it was before its
      // review (a hand-over applied once, not twice); a later one finds it carried.
      let found = try #require(try store.loadSession(second).reviewed.first)
      #expect(found.item == agreed)
      let resumed = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: second)
      #expect(resumed.openActions.map(\.item) == [agreed])
      let third = try store.startSession(with: "Ana", now: secondMeeting)
      let later = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: third)
      #expect(later.openActions.map(\.item.owner) == [.role(.mentor)])
      #expect(later.openActions.map(\.item.due) == [newDue])

      // Resuming the first session and answering more keeps what the review carried.
      try store.save(first, ["follow_up.thanks": .text("your time")], at: "after.follow_up", now: firstMeeting)
      #expect(try store.actions(openOnly: true, partner: nil).first?.due == newDue)
      #expect(try store.actions(openOnly: true, partner: nil).first?.owner == .role(.mentor))

      // Closed out as dropped, it is settled; taken back, it is as first agreed.
      try store.save(second, ["review.close_out#1.1": .choice("drop")], at: "during.focus", now: secondMeeting)
      #expect(try store.actions(openOnly: false, partner: nil).map(\.status) == [.dropped])
      try store.save(
        second,
        ["review.status#1.1": .skipped, "review.new_due#1.1": .skipped, "review.close_out#1.1": .skipped],
        at: "during.review_actions", now: secondMeeting)
      let reverted = try #require(try store.actions(openOnly: false, partner: nil).first)
      #expect(reverted.status == .open)
      #expect(reverted.due == agreed.due)
      #expect(reverted.owner == .role(.mentee))
    }
  }

  /// The memory carries the latest earlier meeting's actions as they stand now, for the recap.
  @Test(arguments: StoreKind.allCases)
  func theLastMeetingsActionsAreRememberedAsTheyStand(kind: StoreKind) throws {
    try withStore(kind) { store in
      let draft = ActionItem(text: "Draft", owner: .role(.mentee))
      let read = ActionItem(text: "Read", owner: .role(.mentor))
      _ = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([draft, read])])
      try store.settleActions(["1.1"], as: .done)
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      let memory = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: second)
      #expect(memory.lastAgreed.map(\.ref) == ["1.1", "1.2"])
      #expect(memory.lastAgreed.map(\.status) == [.done, .open])
      // Once the second meeting agrees actions, they are the last ones for the third.
      try store.save(second, ["actions.agreed": .actions([read])], at: "after.follow_up", now: secondMeeting)
      let third = try store.startSession(with: "Ana", now: secondMeeting)
      let later = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: third)
      #expect(later.lastAgreed.map(\.ref) == ["2.1"])
    }
  }

  @Test(arguments: StoreKind.allCases)
  func reagreeingActionsKeepsTheirStatus(kind: StoreKind) throws {
    try withStore(kind) { store in
      let draft = ActionItem(text: "Draft", owner: .role(.mentee))
      let first = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([draft])])
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      try store.save(
        second, ["review.status#1.1": .status(.done)], at: "during.focus", now: secondMeeting)
      // Session 1 is edited: one more action; 1.1 stays done, 1.2 is new and open.
      try store.save(
        first,
        ["actions.agreed": .actions([draft, ActionItem(text: "Read", owner: .role(.mentor))])],
        at: "after.follow_up", now: secondMeeting)
      #expect(try store.loadSession(first).statuses == ["1.1": .done, "1.2": .open])
      // And skipping the actions, once /edit takes them back, removes their rows.
      try store.save(first, ["actions.agreed": .skipped], at: "after.follow_up", now: secondMeeting)
      #expect(try store.actions(openOnly: false, partner: nil).isEmpty)
    }
  }

  @Test(arguments: StoreKind.allCases)
  func listsSessionsAndActionsWithNames(kind: StoreKind) throws {
    try withStore(kind) { store in
      _ = try store.createSession(
        at: firstMeeting, progress: DialogueProgress(position: .entering(state: "setup.who")))
      _ = try store.startSession(
        with: "Ana Ruiz", role: .mentor, now: secondMeeting,
        extra: [
          "actions.agreed": .actions([
            ActionItem(text: "Draft", owner: .role(.mentee), due: secondMeeting.adding(days: 7)),
            ActionItem(text: "Review", owner: .role(.mentor)),
            ActionItem(text: "Ask", owner: .named("Kim")),
          ])
        ])
      try store.save(2, [:], at: nil, now: secondMeeting)

      let summaries = try store.sessions()
      #expect(
        summaries == [
          SessionSummary(
            number: 1, createdAt: firstMeeting, partner: nil, role: nil, phaseReached: .setup,
            completed: false, meetingAt: nil),
          SessionSummary(
            number: 2, createdAt: secondMeeting, partner: "Ana Ruiz",
            relationshipID: try #require(summaries.last?.relationshipID), role: .mentor,
            phaseReached: .after, completed: true, meetingAt: secondMeeting),
        ])
      let rows = try store.actions(openOnly: false, partner: nil)
      #expect(rows.map(\.ownerName) == ["Ana Ruiz", "Sam Lee", "Kim"])
      #expect(
        rows.first
          == ActionRow(
            id: try #require(rows.first?.id), ref: "2.1", session: 2, text: "Draft", owner: .role(.mentee),
            ownerName: "Ana Ruiz",
            due: secondMeeting.adding(days: 7), status: .open, partner: "Ana Ruiz"))
      #expect(try store.actions(openOnly: false, partner: "Bo").isEmpty)
    }
  }

  @Test(arguments: StoreKind.allCases)
  func correctingThePartnerMovesTheSession(kind: StoreKind) throws {
    try withStore(kind) { store in
      _ = try store.startSession(
        with: "Ana",
        extra: ["actions.agreed": .actions([ActionItem(text: "Draft", owner: .role(.mentee))])])
      let second = try store.startSession(
        with: "Anna", extra: [SessionRecord.Key.partnerEmail: .text("anna@example.org")])
      try store.save(
        second, [SessionRecord.Key.partner: .text("Bo")], at: "before.agenda", now: secondMeeting)
      // "Anna" has no session left, so nothing about it is remembered.
      #expect(try store.relationshipMemory(partner: "Anna", role: .mentee, excluding: 3) == .none)
      #expect(try store.sessions().map(\.partner) == ["Ana", "Bo"])
      // A partner's name taken back detaches the session from any relationship.
      try store.save(1, [SessionRecord.Key.partner: .skipped], at: "setup.who", now: secondMeeting)
      #expect(try store.sessions().map(\.partner) == [nil, "Bo"])
      #expect(try store.actions(openOnly: false, partner: nil).map(\.partner) == [nil])
    }
  }

  @Test func messagesSayWhatToDo() {
    let errors: [StoreError] = [
      .noSuchSession(4),
      .notWritable(path: "/h/mentorprep.sqlite", reason: "Read-only file system"),
      .corrupted(path: "/h/mentorprep.sqlite", reason: "file is not a database"), .sessionInUse(2),
      .newerSchema(path: "/h/mentorprep.sqlite"),
    ]
    for error in errors {
      #expect(error.message.hasSuffix("."))
      #expect(!error.message.contains("\n"))
    }
    #expect(StoreError.sessionInUse(2).message.contains("Session 2"))
    #expect(
      StoreError.corrupted(path: "/x/mentorprep.sqlite", reason: "r").message.contains(
        "move it aside"))
  }
}
