import Foundation

/// The whole record as JSON (the `json` export), for scripts. Keys are sorted and the output is
/// pretty-printed, so the same record always gives the same bytes.
///
/// The shape, schema 2 (new keys may be added within a schema; a change to an existing one
/// raises the number). Schema 2 renamed `created`/`updated` to `created_at`/`updated_at`, the
/// names every command uses, and added the status `dropped`; the ids that travel between two
/// partners' records (SPEC §7) came within it:
///
/// ```json
/// {
///   "schema": 2,
///   "session": 3,                          // the session number
///   "relationship_id": "5f0c…",            // the relationship's random id; null before saved
///   "created_at": "2026-11-19T14:00",      // ISO 8601, the user's local time
///   "updated_at": "2026-11-19T15:10",
///   "role": "mentee",                      // or "mentor"; null before it was answered
///   "me": { "name": "Ana Lopez", "email": null },
///   "partner": { "name": "Sam O'Neil", "email": "sam@example.org" },
///   "mentee": "Ana Lopez",                // by role; null when the role or name is unknown
///   "mentor": "Sam O'Neil",
///   "first_session": true,                 // null when not answered
///   "meeting_at": "2026-11-19T14:00",      // null when not answered
///   "next_meeting_at": "2026-12-03T15:00", // a date alone when no time: "2026-12-03"
///   "phase_reached": "after",              // setup, before, during or after
///   "completed": true,
///   "answers": {                           // every answer, keyed by question id
///     "agenda.topics": ["…", "…"],         // list → array of strings
///     "setup.role": "mentee",              // choice → the option's id
///     "setup.first_session": true,         // yesno → boolean
///     "next.meeting_at": "2026-12-03T15:00", // datetime → ISO 8601
///     "actions.agreed": [                  // actions → array of objects
///       { "text": "…", "owner": "mentee", "due": "2026-11-27" }  // owner: mentee, mentor or a name
///     ],
///     "actions.success#3.1": "…",          // an item's answer: question id # action ref
///     "review.status#2.1": "done",         // status → open, done, partly, not_yet or dropped
///     "feedback.improve": null             // skipped → null
///   },
///   "actions": [                           // the actions agreed in this session
///     { "id": "9b2e…", "ref": "3.1", "text": "…", "owner": "mentee", "owner_name": "Ana Lopez",
///       "due": "2026-11-27", "status": "open" }
///   ],
///   "reviews": [                           // earlier actions reviewed in this session
///     { "id": "41d7…", "ref": "2.1", "session": 2, "text": "…", "owner": "mentee", "owner_name": "Ana Lopez",
///       "due": null, "status": "done", "learned": "…",
///       "carried_to": null,                // the new date of one still open
///       "close_out": null }                // at a separation: keep, hand_over or drop
///   ]
/// }
/// ```
enum SessionJSON {
  static let schema = 2

  static func text(of record: SessionRecord) throws(ExportError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(value(of: record))
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw .encoding(String(describing: error))
    }
  }

  static func value(of record: SessionRecord) -> JSONValue {
    let yesNo: JSONValue = record.isFirstSession.map(JSONValue.bool) ?? .null
    return .object([
      "schema": .number(schema),
      "session": .number(record.number),
      "relationship_id": .optional(record.relationshipID),
      "created_at": .string(record.createdAt.iso8601),
      "updated_at": .string(record.updatedAt.iso8601),
      "role": .optional(record.role?.rawValue),
      "me": .object(["name": .optional(record.me), "email": .optional(record.myEmail)]),
      "partner": .object([
        "name": .optional(record.partner), "email": .optional(record.partnerEmail),
      ]),
      "mentee": .optional(record.role.flatMap { $0 == .mentee ? record.me : record.partner }),
      "mentor": .optional(record.role.flatMap { $0 == .mentor ? record.me : record.partner }),
      "first_session": yesNo,
      "meeting_at": .optional(record.meetingAt?.iso8601),
      "next_meeting_at": .optional(record.nextMeetingAt?.iso8601),
      "phase_reached": .string(record.phaseReached.rawValue),
      "completed": .bool(record.completed),
      "answers": .object(record.answers.mapValues(value(of:))),
      "actions": .array(record.actions.map { action(record, $0, status: $0.status) }),
      "reviews": .array(
        record.reviews.map { review in
          guard case .object(var members) = action(record, review.action, status: review.status)
          else { return .null }
          members["session"] = review.action.session.map(JSONValue.number) ?? .null
          members["agreed_by"] = .optional(review.action.agreedBy)
          members["learned"] = .optional(review.learned)
          members["carried_to"] = .optional(review.newDue?.iso8601)
          members["close_out"] = .optional(review.closeOut?.rawValue)
          return .object(members)
        }),
    ])
  }

  /// An answer as a plain JSON value.
  static func value(of answer: Answer) -> JSONValue {
    switch answer {
    case .text(let text): .string(text)
    case .yesNo(let yes): .bool(yes)
    case .choice(let id): .string(id)
    case .dateTime(let date): .string(date.iso8601)
    case .list(let items): .array(items.map(JSONValue.string))
    case .actions(let items):
      .array(
        items.map { item in
          var members: [String: JSONValue] = [
            "text": .string(item.text), "owner": .string(item.owner.description),
            "due": .optional(item.due?.iso8601),
          ]
          if let success = item.success { members["success"] = .string(success) }
          return .object(members)
        })
    case .status(let status): .string(status.rawValue)
    case .number(let value): .number(value)
    case .skipped: .null
    }
  }

  private static func action(
    _ record: SessionRecord, _ action: TrackedAction, status: ActionStatus
  ) -> JSONValue {
    .object([
      "id": .optional(action.id),
      "ref": .string(action.ref),
      "text": .string(action.item.text),
      "owner": .string(action.item.owner.description),
      "owner_name": .string(record.ownerName(action.item.owner)),
      "due": .optional(action.item.due?.iso8601),
      "status": .string(status.rawValue),
    ])
  }
}
