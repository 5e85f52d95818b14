import Foundation
import MentorPrepBuiltInBanks
import Testing

@testable import MentorPrepCore

/// SPEC §7: the exchange record holds what both partners may see and nothing else. A marker
/// typed into every answer the bank does not mark shared (the private ones among them) never
/// reaches it, what is shared does, and every record fits `schemas/exchange.schema.json`.
@Suite struct ExchangeRecordTests {
  static let schemaFile = BankSchemaTests.root.appendingPathComponent("schemas/exchange.schema.json")
  static let bank = BuiltInBanks.bank
  static let marker = "NOT-FOR-THE-PARTNER"
  static let sharedMarker = "FOR-BOTH"
  static let meeting = LocalDateTime(year: 2026, month: 12, day: 10, hour: 15, minute: 0)
  /// 2026-12-10 17:30:05 UTC.
  static let sentAt = Date(timeIntervalSince1970: 1_796_923_805)
  static let relationshipID = "5f0c2b1e-8d44-4c3a-9f1e-2a7b6c5d4e3f"

  /// An answer to every question of the built-in bank, of its kind: the text of a shared one
  /// carries `sharedMarker`, of every other `marker`; the setup answers are a real meeting's.
  static func plantedAnswers(role: Role) -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for question in bank.states.flatMap(\.questions) {
      let text = question.isShared ? sharedMarker : marker
      switch question.kind {
      case .text, .email: answers[question.id] = .text("\(text) \(question.id)")
      case .list: answers[question.id] = .list(["\(text) \(question.id)"])
      case .steps: answers[question.id] = .actions([ActionItem(text: "\(text) \(question.id)", owner: .role(.mentee))])
      case .actions:
        answers[question.id] = .actions([
          ActionItem(text: "Draft the pitch", owner: .role(.mentee), due: meeting.adding(days: 7)),
          ActionItem(text: "Ask Kim for the slides", owner: .named("Kim")),
        ])
      case .yesNo: answers[question.id] = .yesNo(true)
      case .choice: answers[question.id] = question.options.first.map { .choice($0.id) }
      case .dateTime: answers[question.id] = .dateTime(meeting)
      case .status: break
      case .rating, .minutes: answers[question.id] = .number(3)
      }
    }
    answers[SessionRecord.Key.role] = .choice(role.rawValue)
    answers[SessionRecord.Key.me] = .text("Ana Lopez")
    answers[SessionRecord.Key.partner] = .text("Sam Rivera")
    answers[SessionRecord.Key.partnerEmail] = .text("sam@example.org")
    answers[SessionRecord.Key.myEmail] = .text("ana@example.org")
    // The answers about one action, an earlier one reviewed and one agreed today.
    answers["review.status#1.1"] = .status(.partly)
    for question in ["review.learned", "review.setback", "commitment.new_due"] {
      answers["\(question)#1.1"] = .text("\(marker) \(question)")
    }
    answers["actions.success#2.1"] = .text("the pitch fits on one page")
    return answers
  }

  static func record(role: Role) -> SessionRecord {
    let earlier = TrackedAction(
      ref: "1.1", session: 1, item: ActionItem(text: "Book a room", owner: .role(.mentor)), status: .open,
      id: "0b7e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c")
    var record = SessionRecord(
      number: 2, createdAt: meeting, updatedAt: meeting, bank: bank, answers: plantedAnswers(role: role),
      progress: DialogueProgress(position: .finished), reviewed: [earlier],
      ids: ["2.1": "9b2e4f6a-3c5d-4e7f-8a9b-0c1d2e3f4a5b", "2.2": "41d7c3b2-a1f0-4e9d-8c7b-6a5f4e3d2c1b"],
      relationshipID: relationshipID)
    record.actions[1].status = .done
    return record
  }

  /// The relationship as the store would give it: the earlier action, today's two.
  static func relationship(of record: SessionRecord, lastExchange: Date? = nil) -> ExchangeRelationship {
    let earlier = record.reviewOutcomes
    let actions = (earlier + record.actions).map { ExchangedAction(action: $0, updatedAt: sentAt) }
    return ExchangeRelationship(id: relationshipID, actions: actions, lastExchange: lastExchange)
  }

  static func exchange(role: Role) throws -> (text: String, value: [String: Any]) {
    let record = record(role: role)
    let text = try Exporter.exchangeRecord(record, bank: bank, relationship: relationship(of: record), now: sentAt)
    let value = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return (text, value)
  }

  @Test(arguments: Role.allCases)
  func noAnswerTheBankDoesNotShareTravels(role: Role) throws {
    #expect(Self.bank.states.flatMap(\.questions).contains { $0.isPrivate })
    let (text, value) = try Self.exchange(role: role)
    #expect(!text.contains(Self.marker))
    let answers = try #require(value["answers"] as? [String: Any])
    let shared = Self.bank.states.flatMap(\.questions).filter(\.isShared).map(\.id)
    #expect(Set(answers.keys) == Set(shared))
    #expect(answers[SessionRecord.Key.agendaTopics] as? [String] == ["\(Self.sharedMarker) agenda.topics"])
    #expect(answers[SessionRecord.Key.cadence] as? String == "weekly")
  }

  @Test func theBuiltInBanksShareTheAgendaThePreparedQuestionsAndTheCharter() {
    let shared = Set(Self.bank.states.flatMap(\.questions).filter(\.isShared).map(\.id))
    #expect(shared.contains(SessionRecord.Key.agendaTopics))
    #expect(shared.contains("prep.questions"))
    let charter = Self.bank.state("relationship.charter")?.questions.map(\.id) ?? []
    #expect(!charter.isEmpty && Set(charter).isSubset(of: shared))
    #expect(Self.bank.states.flatMap(\.questions).filter { $0.isShared && $0.isPrivate }.isEmpty)
  }

  @Test(arguments: Role.allCases)
  func everyRecordFitsTheSchema(role: Role) throws {
    let validator = try SchemaValidator(file: Self.schemaFile)
    let (_, value) = try Self.exchange(role: role)
    #expect(validator.errors(in: value) == [])
    var unknown = value
    unknown["notes"] = "a key the schema does not know"
    #expect(!validator.errors(in: unknown).isEmpty)
  }

  /// Instants are written as RFC 3339 in UTC to the second, as Foundation's formatter writes
  /// them, fractions of a second dropped.
  @Test(arguments: [0.0, 1_796_000_000, 1_796_000_000.999, 951_782_400, 4_102_444_799.5])
  func anInstantIsWrittenInUTCToTheSecond(seconds: Double) {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    let instant = Date(timeIntervalSince1970: seconds)
    #expect(ExchangeRecord.utc(instant) == formatter.string(from: instant))
  }

  @Test func theRecordSaysWhoSendsItWhenAndTheActionsAsTheyStand() throws {
    let (_, value) = try Self.exchange(role: .mentee)
    #expect(value["exchange"] as? Int == 1)
    #expect(value["relationship_id"] as? String == Self.relationshipID)
    let sender = value["sender"] as? [String: Any]
    let recipient = value["recipient"] as? [String: Any]
    #expect(sender?["role"] as? String == "mentee" && sender?["name"] as? String == "Ana Lopez")
    #expect(recipient?["role"] as? String == "mentor" && recipient?["email"] as? String == "sam@example.org")
    let session = value["session"] as? [String: Any]
    #expect(session?["sent_at"] as? String == "2026-12-10T17:30:05Z")
    #expect(session?["number"] as? Int == 2)
    let actions = try #require(value["actions"] as? [[String: Any]])
    #expect(actions.map { $0["text"] as? String } == ["Book a room", "Draft the pitch", "Ask Kim for the slides"])
    #expect(actions.map { $0["status"] as? String } == ["partly", "open", "done"])
    #expect(actions[1]["success"] as? String == "the pitch fits on one page")
    #expect((actions[0]["owner"] as? [String: Any])?["name"] as? String == "Sam Rivera")
    #expect((actions[2]["owner"] as? [String: Any])?["role"] is NSNull)
  }

  /// After an exchange, an action settled before it and not touched here stays home.
  @Test func aSettledActionTravelsOnceAfterItChanged() throws {
    var record = Self.record(role: .mentee)
    record.reviews = []
    record.actions = []
    let settled = TrackedAction(
      ref: "1.2", session: 1, item: ActionItem(text: "Read the chapter", owner: .role(.mentee)), status: .done,
      id: "7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d")
    let changed = ExchangeRelationship(
      id: Self.relationshipID, actions: [ExchangedAction(action: settled, updatedAt: Self.sentAt)],
      lastExchange: Self.sentAt.addingTimeInterval(-60))
    #expect(ExchangeRecord.travelling(changed, record).count == 1)
    var unchanged = changed
    unchanged.lastExchange = Self.sentAt
    #expect(ExchangeRecord.travelling(unchanged, record).isEmpty)
  }
}
