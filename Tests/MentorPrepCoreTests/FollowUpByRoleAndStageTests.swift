import Foundation
import MentorPrepBuiltInBanks
import Testing

@testable import MentorPrepCore

/// The follow-up of a meeting at each stage of the relationship, written by the mentee and by
/// the mentor, against golden files `Golden/followup-ROLE-STAGE.txt` (re-record as the other
/// golden files are). The same answers seen from the other side make the other role's message,
/// so each pair of files shows what changes with the voice alone.
@Suite struct FollowUpByRoleAndStageTests {
  enum Stage: String, CaseIterable {
    case initiation, cultivation, separation, redefinition
  }

  /// The session of each stage, as the person who kept it wrote it.
  static func record(_ stage: Stage) -> SessionRecord {
    switch stage {
    case .initiation: ExportFixture.firstMeeting
    case .cultivation: ExportFixture.returning
    case .separation: separation
    case .redefinition: redefinition
    }
  }

  @Test(arguments: Stage.allCases, [Role.mentee, .mentor])
  func followUp(stage: Stage, role: Role) throws {
    var record = Self.record(stage)
    if record.role != role { record = Self.seenByTheOtherSide(record, saying: Self.otherSide(stage)) }
    let text = try Exporter.render(
      record, bank: ExportFixture.bank, as: .text, now: ExportFixture.laterNow, timeZone: ExportFixture.utc)
    Golden.check(text, against: "followup-\(role.rawValue)-\(stage.rawValue).txt")
    #expect(!text.contains("PRIVATE"), "a journal line is never sent")
    #expect(!text.contains("before then") || record.nextMeetingAt != nil, "no 'before then' without a next meeting")
    let paragraphs = text.components(separatedBy: "\n\n")
    #expect(Set(paragraphs).count == paragraphs.count, "no paragraph said twice")
  }

  @Test func aClosingMessageCarriesEveryClosingOutAnswerAndNoNextMeeting() throws {
    let text = try Exporter.render(
      Self.separation, bank: ExportFixture.bank, as: .text, now: ExportFixture.laterNow, timeZone: ExportFixture.utc)
    #expect(text.hasPrefix("Subject: Thank you, Sam: looking back on our mentoring\n"))
    for key in ["close.learned", "close.handover", "close.celebrate", "close.feedback", "close.confidentiality"] {
      let answer = try #require(Self.separation.text(key))
      #expect(text.contains(answer), "\(key)")
    }
    for goal in Self.separation.list("close.goals_met") { #expect(text.contains("- " + goal)) }
    #expect(!text.contains("next meeting"))
    #expect(!text.contains("before then"))
    // Kept with a new date, handed over, dropped: each as the close-out left it.
    #expect(text.contains("- Finish the certification module (me, partly done, now by Friday 30 April 2027)"))
    #expect(
      text.contains(
        "- Write up the reporting playbook (you, not done yet, handed over, now by Wednesday 31 March 2027)"))
    #expect(text.contains("- Shadow the quarterly planning (me): dropped"))
  }

  /// A separation's calendar: no meeting, a to-do for each action still open (kept with its
  /// new date, or handed over) under the UID it had when agreed, the settled ones marked so.
  @Test func theCalendarOfAClosingMeetingUpdatesLastTimesToDos() throws {
    let text = try Exporter.render(
      Self.separation, bank: ExportFixture.bank, as: .ics, now: ExportFixture.laterNow, timeZone: ExportFixture.utc)
    Golden.check(text, against: "separation.ics")
    #expect(!text.contains("BEGIN:VEVENT"))
  }

  @Test func aRedefinitionSaysWhatTheTwoBecome() throws {
    let text = try Exporter.render(
      Self.redefinition, bank: ExportFixture.bank, as: .text, now: ExportFixture.laterNow, timeZone: ExportFixture.utc)
    #expect(text.contains("What we will be to each other from now on: Peers who swap notes on leading teams."))
    #expect(text.contains("How we will stay in touch: Coffee twice a year"))
    #expect(text.contains("Our next meeting is on Thursday 10 June 2027, 12:30."))
  }

  @Test func anOfferIsLeftOutOnlyWhenAnActionAlreadySaysIt() {
    func action(_ text: String) -> TrackedAction {
      TrackedAction(ref: "1.1", session: 1, item: ActionItem(text: text, owner: .role(.mentor)), status: .open)
    }
    #expect(FollowUpMessage.repeats("An introduction to Priya Shah", anyOf: [action("Introduce Ana to Priya")]))
    #expect(FollowUpMessage.repeats("my notes on the pitch draft", anyOf: [action("Send notes on the pitch")]))
    #expect(!FollowUpMessage.repeats("A frank view of the pitch", anyOf: [action("Introduce Ana to Priya")]))
    #expect(!FollowUpMessage.repeats("Read the book", anyOf: [action("Book")]), "a one-word action proves nothing")
    #expect(!FollowUpMessage.repeats("Anything", anyOf: []))
  }

  // MARK: - Fixtures

  /// The same session as the partner would have kept it: the roles, names and emails swapped,
  /// the answers written in a voice said again in the partner's words; owners stay with the
  /// same people.
  static func seenByTheOtherSide(_ record: SessionRecord, saying words: [String: Answer]) -> SessionRecord {
    var record = record
    var answers = record.answers.merging(words) { $1 }
    answers["setup.role"] = .choice(record.role == .mentor ? "mentee" : "mentor")
    answers["setup.me"] = record.answers["setup.partner"]
    answers["setup.partner"] = record.answers["setup.me"]
    answers["setup.my_email"] = record.answers["setup.partner_email"]
    answers["setup.partner_email"] = record.answers["setup.my_email"]
    record.answers = answers
    return record
  }

  /// What the partner says in their own words, at each stage.
  static func otherSide(_ stage: Stage) -> [String: Answer] {
    switch stage {
    case .initiation:
      [
        "follow_up.thanks": .text("bringing such a clear plan, and your questions about operations"),
        "follow_up.learnings": .list([
          "Ask for the stretch project before the planning round, not after",
          "Write down the outcome you want before each review",
        ]),
      ]
    case .cultivation:
      [
        "follow_up.thanks": .text("the push on the opening of my talk"),
        "follow_up.learnings": .list(["Open with the three points, not the background"]),
      ]
    case .separation:
      [
        "follow_up.thanks": .text("six months of hard work and honest updates"),
        "follow_up.learnings": .list(["Keep writing the plan down: it is half the conversation"]),
        "close.learned": .text("Ana: how to make a case upwards; me: how analysts see the operation"),
        "close.handover": .text("the certification: Ana's manager will back it from here"),
      ]
    case .redefinition:
      ["redefine.learned": .text("me: to ask for what I want; Sam: to listen before advising")]
    }
  }

  static let day = ExportFixture.day

  static let lastTime: [TrackedAction] = [
    TrackedAction(
      ref: "5.1", session: 5,
      item: ActionItem(
        text: "Present the Q1 results to the leadership team", owner: .role(.mentee), due: day("2027-02-26")),
      status: .open),
    TrackedAction(
      ref: "5.2", session: 5,
      item: ActionItem(text: "Finish the certification module", owner: .role(.mentee), due: day("2027-02-26")),
      status: .open),
    TrackedAction(
      ref: "5.3", session: 5,
      item: ActionItem(text: "Write up the reporting playbook", owner: .role(.mentee), due: day("2027-03-01")),
      status: .open),
    TrackedAction(
      ref: "5.4", session: 5,
      item: ActionItem(text: "Shadow the quarterly planning", owner: .role(.mentee)),
      status: .open),
  ]

  /// Ana Lopez closing out her mentoring with Sam O'Neil: the goals reached, what each learned,
  /// last time's actions closed out (kept with a date, handed over, dropped), no next meeting.
  static let separation = ExportFixture.record(
    number: 6, created: "2027-03-04 15:00", updated: "2027-03-04 16:10",
    answers: [
      "setup.role": .choice("mentee"),
      "setup.me": .text("Ana Lopez"),
      "setup.partner": .text("Sam O'Neil"),
      "setup.partner_email": .text("sam.oneil@example.org"),
      "setup.first_session": .yesNo(false),
      "setup.meeting_at": .dateTime(day("2027-03-04 15:00")),
      "setup.relationship_phase": .choice("separation"),
      "close.goals_met": .list(["Led the Q1 reporting project", "Spoke up at every planning meeting"]),
      "close.learned": .text("me: how to make a case upwards; Sam: how analysts see the operation"),
      "close.handover": .text("the certification: my manager will back it from here"),
      "close.celebrate": .text("lunch on me at the harbour"),
      "close.feedback": .text("The written plans worked; we should have met in person more often"),
      "close.confidentiality": .text("Everything stays between us; the pitch notes may go to my manager"),
      "review.status#5.1": .status(.done),
      "review.status#5.2": .status(.partly),
      "review.close_out#5.2": .choice("keep"),
      "review.new_due#5.2": .dateTime(day("2027-04-30")),
      "review.status#5.3": .status(.notYet),
      "review.close_out#5.3": .choice("hand_over"),
      "review.new_due#5.3": .dateTime(day("2027-03-31")),
      "review.status#5.4": .status(.notYet),
      "review.close_out#5.4": .choice("drop"),
      "actions.agreed": .actions([
        ActionItem(text: "Send Sam the final project report", owner: .role(.mentee), due: day("2027-03-12"))
      ]),
      "follow_up.thanks": .text("six months of patient questions"),
      "follow_up.learnings": .list(["A plan on paper is half the conversation"]),
      "feedback.rating": .choice("5"),
      "feedback.journal": .text("PRIVATE: I will miss these talks"),
    ],
    reviewed: lastTime)

  /// Sam O'Neil settling with Ana Lopez what they become: peers, a coffee twice a year, the
  /// first one set.
  static let redefinition = ExportFixture.record(
    number: 7, created: "2027-04-08 12:00", updated: "2027-04-08 12:50",
    answers: [
      "setup.role": .choice("mentor"),
      "setup.me": .text("Sam O'Neil"),
      "setup.partner": .text("Ana Lopez"),
      "setup.partner_email": .text("ana.lopez@example.com"),
      "setup.first_session": .yesNo(false),
      "setup.meeting_at": .dateTime(day("2027-04-08 12:00")),
      "setup.relationship_phase": .choice("redefinition"),
      "redefine.relationship": .text("Peers who swap notes on leading teams"),
      "redefine.contact": .text("Coffee twice a year, and a message when something big happens"),
      "redefine.learned": .text("Ana: to ask for what she wants; me: to listen before advising"),
      "redefine.feedback": .text("Monthly worked well; the charter helped us both say no"),
      "actions.agreed": .actions([
        ActionItem(text: "Introduce Ana to the analytics guild", owner: .role(.mentor), due: day("2027-04-30"))
      ]),
      "next.meeting_at": .dateTime(day("2027-06-10 12:30")),
      "follow_up.thanks": .text("a year of honest questions"),
      "feedback.journal": .text("PRIVATE: proud of this one"),
    ])
}
