import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The figures of `progress` and the list of `due`, from a store filled by hand, against
/// figures worked out by hand.
@Suite struct RelationshipFiguresTests {
  static func date(_ text: String) -> LocalDateTime { LocalDateTime(text)! }

  static func action(_ text: String, _ owner: Role, by due: String? = nil) -> ActionItem {
    ActionItem(text: text, owner: .role(owner), due: due.map(date))
  }

  /// Three sessions with Tomás, a month apart then six weeks; Ana once.
  static func filledStore() throws -> SessionStore {
    let store = try SessionStore.inMemory()
    _ = try store.startSession(
      with: "Tomás Okafor", now: date("2026-10-01T15:00"),
      extra: [
        "setup.first_session": .yesNo(true),
        "charter.cadence": .text("every four weeks"),
        "milestones.list": .list(["Lead a review"]),
        "milestones.steps": .actions([action("Take the course", .mentee, by: "2026-11-30")]),
        "actions.agreed": .actions([action("A", .mentee), action("B", .mentor), action("C", .mentee)]),
        "feedback.rating": .choice("4"),
      ])
    _ = try store.startSession(
      with: "Tomás Okafor", now: date("2026-10-29T15:00"),
      extra: [
        "setup.relationship_phase": .choice("initiation"),
        // A (1.1) done, B (1.2) partly, C (1.3) dropped; the step, a milestone's, ticked off.
        "review.status#1.1": .status(.done), "review.status#1.2": .status(.partly),
        "review.status#1.3": .status(.dropped), "milestones.steps_done": .list(["Take the course"]),
        "actions.agreed": .actions([action("D", .mentee, by: "2026-12-01"), action("E", .mentee)]),
        "feedback.rating": .text("5"),
      ])
    _ = try store.startSession(
      with: "Ana Ruiz", role: .mentor, now: date("2026-11-02T10:00"),
      extra: ["actions.agreed": .actions([action("F", .mentee, by: "2026-11-20")])])
    // The first three are finished; the fourth's after phase is not.
    for session in 1...3 { try store.save(session, [:], at: nil, now: date("2026-11-02T12:00")) }
    _ = try store.startSession(
      with: "Tomás Okafor", now: date("2026-12-10T15:00"),
      extra: [
        "setup.relationship_phase": .choice("cultivation"),
        "review.status#2.1": .status(.notYet),
        "next.meeting_at": .dateTime(date("2027-01-07T15:00")),
      ])
    return store
  }

  @Test func figuresOfOneRelationship() throws {
    let store = try Self.filledStore()
    let tomas = try #require(try store.knownPartners().first)
    let progress = RelationshipProgress(try store.history(of: tomas))
    #expect(progress.sessions.map(\.session) == [1, 2, 4])
    // 1 Oct → 29 Oct: 28 days; 29 Oct → 10 Dec: 42 days. Every four weeks is 28, up to 35.
    #expect(progress.cadence == Cadence(text: "every four weeks", days: 28))
    #expect(progress.sessions.map(\.gapDays) == [nil, 28, 42])
    #expect(progress.sessions.map(\.onCadence) == [nil, true, false])
    // Session 1: three actions (A, B, C; the step is the milestone's, not an action): done,
    // partly, dropped. The dropped one counts neither way: 1 kept of 2.
    let first = progress.sessions[0].actions
    #expect(
      [first.agreed, first.done, first.partly, first.dropped, first.open] as [Int] == [3, 1, 1, 1, 0])
    #expect(first.keptRate == 0.5)
    // Session 2: D not yet, E open: nothing done of one reviewed.
    #expect(progress.sessions[1].actions.keptRate == 0)
    #expect(progress.sessions[2].actions.keptRate == nil)
    #expect(progress.actions.reviewed == 3)
    #expect(progress.actions.keptRateRounded == 0.333)
    #expect(progress.steps.map(\.done) == [true])
    #expect(progress.sessions.map(\.rating) == [4, 5, nil])
    #expect(
      progress.phases.map { "\($0.phase) \($0.fromSession)-\($0.toSession)" } == [
        "initiation 1-2", "cultivation 4-4",
      ])
    #expect(progress.nextMeeting == Self.date("2027-01-07T15:00"))
  }

  /// Milestones rated session by session (`milestones.rating#m1`) and steps ticked off by text.
  @Test func milestoneRatingsAndStepsTickedOff() throws {
    let store = try SessionStore.inMemory()
    _ = try store.startSession(
      with: "Ana", now: Self.date("2026-10-01"),
      extra: [
        "milestones.list": .list(["Lead a review", "Mentor a junior"]),
        "milestones.steps": .actions([Self.action("Take the course", .mentee), Self.action("Pick a junior", .mentee)]),
      ])
    _ = try store.startSession(
      with: "Ana", now: Self.date("2026-11-01"),
      extra: [
        "milestones.rating#m1": .choice("2"), "milestones.rating#m2": .text("1"),
        "milestones.steps_done": .list(["Take the course"]),
        "milestones.ratings": .text("not a milestone's rating"),
      ])
    _ = try store.startSession(
      with: "Ana", now: Self.date("2026-12-01"), extra: ["milestones.rating#m1": .choice("4")])
    let ana = try #require(try store.knownPartners().first)
    let progress = RelationshipProgress(try store.history(of: ana))
    #expect(progress.milestones.map(\.name) == ["Lead a review", "Mentor a junior"])
    #expect(progress.milestones[0].ratings.map { [$0.session, $0.rating] } == [[2, 2], [3, 4]])
    #expect(progress.milestones[1].ratings.map { [$0.session, $0.rating] } == [[2, 1]])
    #expect(progress.steps.map(\.done) == [true, false])
    #expect(progress.stepsDone == 1)
  }

  @Test func summariesOfEveryPartner() throws {
    let store = try Self.filledStore()
    let summaries = try store.partnerSummaries()
    #expect(summaries.map(\.partner) == ["Tomás Okafor", "Ana Ruiz"])
    #expect(summaries.map(\.sessions) == [3, 1])
    #expect(summaries[0].firstDate == Self.date("2026-10-01T15:00"))
    #expect(summaries[0].lastDate == Self.date("2026-12-10T15:00"))
    #expect(summaries[0].nextMeeting == Self.date("2027-01-07T15:00"))
    #expect(summaries[0].actions.keptRate == 1.0 / 3.0)
    #expect(summaries[1].actions.keptRate == nil)
    #expect(summaries[1].role == .mentor)
  }

  @Test func dueListsOverdueFirstThenSoonMeetingsAndFollowUps() throws {
    let store = try Self.filledStore()
    // Session 4 is not finished: its follow-up is due from its meeting on.
    let list = try store.due(now: Self.date("2026-12-11T16:00"), within: 30)
    // Yours first (D, not yet done), then your partners' (Ana's F); the step is done.
    #expect(list.overdue.map(\.action.ref) == ["2.1", "3.1"])
    #expect(list.overdue.map(\.isMine) == [true, false])
    #expect(list.soon.isEmpty)
    #expect(list.meetings.map(\.partner) == ["Tomás Okafor"])
    #expect(list.meetings.first?.agreedIn == 4)
    #expect(list.followUps.map(\.session) == [4])
    #expect(list.followUps.map(\.isOverdue) == [true])
    // Before the meeting the follow-up is not yet due; a day after it is overdue.
    #expect(try store.due(now: Self.date("2026-12-10T14:59"), within: 7).followUps.isEmpty)
    #expect(try store.due(now: Self.date("2026-12-11T15:00"), within: 7).followUps.first?.isOverdue == false)
    // The next meeting on 7 January is beyond a week.
    #expect(try store.due(now: Self.date("2026-12-11T16:00"), within: 7).meetings.isEmpty)
  }

  /// `due` reads an action's date and status from their bytes: every form must read as the
  /// store's reader reads it, and a value that reads as neither must still be reported.
  @Test func anActionsDueDateAndStatusReadAsTheRowHoldsThem() throws {
    let store = try Self.filledStore()
    let now = Self.date("2026-12-11T16:00")
    let before = try store.due(now: now, within: 30).overdue.map(\.action)
    // A date with a space before its time, as a stranger would write it, reads the same.
    try store.database.write { db in
      try db.execute(sql: "UPDATE action SET due = replace(due, 'T', ' ') WHERE ref = '2.1' AND due LIKE '%T%'")
    }
    #expect(try store.due(now: now, within: 30).overdue.map(\.action) == before)
    #expect(before.map(\.status) == [.notYet, .open])
    // (The query itself leaves out statuses that are not open and dates past the window.)
    try store.database.write { try $0.execute(sql: "UPDATE action SET due = '2026-13-01' WHERE ref = '2.1'") }
    #expect {
      _ = try store.due(now: now, within: 30)
    } throws: { error in
      guard case .damagedRow(let found)? = error as? StoreError else { return false }
      return found == "action 2.1 '2026-13-01' is not a date"
    }
  }

  @Test func anEmptyStoreHasNothingDueAndNoFigures() throws {
    let store = try SessionStore.inMemory()
    #expect(try store.due(now: firstMeeting, within: 7).isEmpty)
    #expect(try store.partnerSummaries().isEmpty)
    #expect(try store.search(["anything"]).isEmpty)
  }
}
