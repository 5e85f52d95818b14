import Foundation

/// The record two partners send each other (SPEC §7, `schemas/exchange.schema.json`): what
/// both may see of one session and of the relationship, for the partner's mentorprep to merge.
/// It is written from the record and the relationship alone, so no answer reaches it that the
/// bank does not mark `shared`, and never one it marks `private`.
///
/// ```json
/// {
///   "exchange": 1,
///   "relationship_id": "5f0c…",
///   "sender":    { "role": "mentee", "name": "Ana Lopez", "email": "ana@example.org" },
///   "recipient": { "role": "mentor", "name": "Sam Rivera", "email": null },
///   "session": { "number": 3, "meeting_at": "2026-12-10T15:00", "phase_reached": "before",
///                "sent_at": "2026-12-08T09:30:00Z" },
///   "answers": { "agenda.topics": ["…"], "charter.cadence": "fortnightly" },   // shared only
///   "actions": [
///     { "id": "9b2e…", "text": "Draft the pitch", "owner": { "role": "mentee", "name": "Ana Lopez" },
///       "due": "2026-12-01", "status": "open", "success": null, "updated_at": "2026-11-26T16:02:11Z" }
///   ],
///   "next_meeting_at": "2026-12-10T15:00"
/// }
/// ```
public enum ExchangeRecord {
  static let version = 1

  /// The record as pretty-printed JSON with sorted keys, ending with a line break.
  static func text(
    of record: SessionRecord, bank: QuestionBank, relationship: ExchangeRelationship, sentAt: Date
  ) throws(ExportError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(value(of: record, bank: bank, relationship: relationship, sentAt: sentAt))
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw .encoding(String(describing: error))
    }
  }

  static func value(
    of record: SessionRecord, bank: QuestionBank, relationship: ExchangeRelationship, sentAt: Date
  ) -> JSONValue {
    let role = record.role ?? .mentee
    return .object([
      "exchange": .number(version),
      "relationship_id": .string(relationship.id),
      "sender": person(role, record.me, record.myEmail),
      "recipient": person(role.partner, record.partner, record.partnerEmail),
      "session": .object([
        "number": .number(record.number),
        "meeting_at": .optional(record.meetingAt?.iso8601),
        "phase_reached": .string(record.phaseReached.rawValue),
        "sent_at": .string(utc(sentAt)),
      ]),
      "answers": .object(sharedAnswers(of: record, bank: bank)),
      "actions": .array(travelling(relationship, record).map { action(record, $0) }),
      "next_meeting_at": .optional(record.nextMeetingAt?.iso8601),
    ])
  }

  // MARK: - What travels

  /// The answers to the questions the bank marks shared (and not private), one per question:
  /// an answer about one action or milestone stays, as do actions, which travel on their own.
  static func sharedAnswers(of record: SessionRecord, bank: QuestionBank) -> [String: JSONValue] {
    var shared: [String: JSONValue] = [:]
    for (key, answer) in record.answers {
      guard let question = bank.question(key)?.question, question.isShared, !question.isPrivate,
        let value = value(of: answer)
      else { continue }
      shared[key] = value
    }
    return shared
  }

  /// A shared answer as JSON; nil for one that never travels as an answer.
  private static func value(of answer: Answer) -> JSONValue? {
    switch answer {
    case .text(let text): text.isEmpty ? nil : .string(ExportText.block(text))
    case .yesNo(let yes): .bool(yes)
    case .choice(let id): .string(id)
    case .dateTime(let date): .string(date.iso8601)
    case .list(let items): .array(items.map { .string(ExportText.line($0)) })
    case .number(let value): .number(value)
    case .actions, .status, .skipped: nil
    }
  }

  /// Every open action, and every one this session agreed or reviewed or that changed since the
  /// last exchange, in the order they were agreed; an action without an id (not saved) stays.
  static func travelling(_ relationship: ExchangeRelationship, _ record: SessionRecord) -> [ExchangedAction] {
    let here = Set((record.actions.map(\.id) + record.reviews.map(\.action.id)).compactMap { $0 })
    return relationship.actions.filter { exchanged in
      guard let id = exchanged.action.id else { return false }
      return exchanged.action.status.isOpen || here.contains(id)
        || relationship.lastExchange.map { exchanged.updatedAt > $0 } ?? true
    }
  }

  private static func action(_ record: SessionRecord, _ exchanged: ExchangedAction) -> JSONValue {
    let action = exchanged.action
    let owner: JSONValue
    switch action.item.owner {
    case .role(let role):
      owner = .object(["role": .string(role.rawValue), "name": .string(record.ownerName(.role(role)))])
    case .named(let name):
      owner = .object(["role": .null, "name": .string(ExportText.line(name))])
    }
    let success =
      action.item.success
      ?? (action.session == record.number
        ? record.text(AnswerKey(question: SessionRecord.Key.actionSuccess, item: action.ref).text) : nil)
    return .object([
      "id": .optional(action.id),
      "text": .string(ExportText.line(action.item.text)),
      "owner": owner,
      "due": .optional(action.item.due?.iso8601),
      "status": .string(action.status.rawValue),
      "success": .optional(success.map(ExportText.line)),
      "updated_at": .string(utc(exchanged.updatedAt)),
    ])
  }

  private static func person(_ role: Role, _ name: String?, _ email: String?) -> JSONValue {
    .object([
      "role": .string(role.rawValue), "name": .optional(name.map(ExportText.line)),
      "email": .optional(email.map(ExportText.line)),
    ])
  }

  /// An instant in UTC to the second: `2026-12-08T09:30:00Z`.
  /// The one writer of this form, for the record and for the store's `updated_at` alike: split
  /// by the C library (a Foundation formatter would load a calendar on the store's save path).
  public static func utc(_ instant: Date) -> String {
    var seconds = time_t(instant.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    let pad = { (value: Int32) in LocalDateTime.pad(Int(value)) }
    return "\(LocalDateTime.pad(Int(parts.tm_year) + 1900, width: 4))-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))T"
      + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))Z"
  }
}
