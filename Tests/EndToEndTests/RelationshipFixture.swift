import Foundation
import MentorPrepBuiltInBanks
import MentorPrepCore
import MentorPrepStore
import Testing

/// A home with two partners, written through the store as the dialogue would save it: three
/// sessions with Dr. Tomás Okafor (a mentor, met monthly, the last gap too long) and one with
/// Ana Ruiz (a mentee).
enum RelationshipFixture {
  /// The clock the commands run at: three days after the third session.
  static let now = "2026-12-18 09:00"

  static let bank = BuiltInBanks.bank

  static func date(_ text: String) throws -> LocalDateTime {
    try #require(LocalDateTime(text), "not a date: \(text)")
  }

  static func action(_ text: String, _ owner: Role, by due: String? = nil) throws -> ActionItem {
    ActionItem(text: text, owner: .role(owner), due: try due.map(date))
  }

  /// Writes the sessions into `home`.
  static func make(home: String, sessions: Int = 3) throws {
    let store = try SessionStore(home: home)
    let tomas = "Dr. Tomás Okafor"
    try save(
      store, at: "2026-10-02T15:00", partner: tomas, role: .mentee,
      answers: [
        SessionRecord.Key.firstSession: .yesNo(true),
        "charter.cadence": .text("Once a month"),
        "milestones.list": .list(["Lead a design review by January", "Mentor a junior by spring"]),
        "milestones.steps": .actions([action("Finish the facilitation course", .mentee, by: "2026-11-30")]),
        "actions.agreed": .actions([
          action("Draft the follow-up plan for the design review", .mentee, by: "2026-10-20"),
          action("Share notes from the architecture board", .mentor),
        ]),
        "follow_up.learnings": .list(["Don't skip the pre-read", "Ask for the facilitator slot early"]),
        SessionRecord.Key.nextMeetingAt: .dateTime(date("2026-11-04T15:00")),
        SessionRecord.Key.sessionRating: .choice("3"),
      ], completed: true)
    guard sessions > 1 else { return }
    try save(
      store, at: "2026-11-04T15:00", partner: tomas, role: .mentee,
      answers: [
        SessionRecord.Key.firstSession: .yesNo(false),
        SessionRecord.Key.relationshipPhase: .choice("initiation"),
        "review.status#1.1": .status(.done),
        "review.status#1.2": .status(.dropped),
        // The milestone's step is ticked off, not reviewed: steps are not actions.
        SessionRecord.Key.milestoneStepsDone: .list(["Finish the facilitation course"]),
        "actions.agreed": .actions([
          action("Run the design review with a co-facilitator", .mentee, by: "2026-12-01"),
          action("Introduce Ana to another tech lead", .mentor, by: "2026-11-30"),
        ]),
        "follow_up.thanks": .text("Thank you for the follow-up on the design review."),
        SessionRecord.Key.nextMeetingAt: .dateTime(date("2026-12-15T15:00")),
        SessionRecord.Key.sessionRating: .choice("5"),
        "milestones.rating#m1": .choice("2"),
      ], completed: true)
    try save(
      store, at: "2026-10-20T10:00", partner: "Ana Ruiz", role: .mentor,
      answers: [
        SessionRecord.Key.firstSession: .yesNo(true),
        "actions.agreed": .actions([action("Write down three goals for the year", .mentee, by: "2026-12-19")]),
        SessionRecord.Key.nextMeetingAt: .dateTime(date("2026-12-21T10:00")),
      ], completed: true)
    guard sessions > 2 else { return }
    try save(
      store, at: "2026-12-15T15:00", partner: tomas, role: .mentee,
      answers: [
        SessionRecord.Key.firstSession: .yesNo(false),
        SessionRecord.Key.relationshipPhase: .choice("cultivation"),
        "review.status#2.1": .status(.done),
        "review.status#2.2": .status(.notYet),
        "actions.agreed": .actions([
          action("Send the review summary to the team", .mentee, by: "2026-12-17"),
          action("Book a slot at the architecture board", .mentor, by: "2026-12-22"),
        ]),
        SessionRecord.Key.nextMeetingAt: .dateTime(date("2027-01-14T15:00")),
        "milestones.rating#m1": .choice("4"),
        "milestones.rating#m2": .choice("1"),
      ], completed: false)
  }

  /// One more first session, with someone else.
  static func addPartner(_ partner: String, home: String) throws {
    try save(
      try SessionStore(home: home), at: "2026-11-10T09:00", partner: partner, role: .mentee,
      answers: [SessionRecord.Key.firstSession: .yesNo(true)], completed: true)
  }

  private static func save(
    _ store: SessionStore, at meeting: String, partner: String, role: Role,
    answers extra: [String: Answer], completed: Bool
  ) throws {
    let when = try date(meeting)
    let session = try store.createSession(
      at: when, progress: DialogueProgress(position: .entering(state: "setup.who")))
    var answers: [String: Answer] = [
      SessionRecord.Key.role: .choice(role.rawValue),
      SessionRecord.Key.me: .text("Sam Lee"),
      SessionRecord.Key.partner: .text(partner),
      SessionRecord.Key.meetingAt: .dateTime(when),
    ]
    for (key, answer) in extra { answers[key] = answer }
    let progress = DialogueProgress(position: completed ? .finished : .entering(state: "after.follow_up"))
    let changes: [(key: String, answer: Answer)] = answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    try store.save(
      session: session,
      SessionSnapshot(
        session: session, answers: answers, changes: changes, progress: progress, phase: .after, bank: bank, at: when))
  }
}
