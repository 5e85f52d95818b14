import Foundation
import GRDB
import MentorPrepCore

extension SessionStore {
  /// The relationship's actions settled between meetings (`actions done|drop`) since the last
  /// meeting before `current`: done or dropped now, and last seen at that meeting (agreed or
  /// reviewed there) with another status. Each is recalled once, at the next meeting only.
  static func actionsSettledSinceLastTime(
    relationship: Int64, current: Int, in db: Database, values: StoredValues
  ) throws -> [TrackedAction] {
    guard
      let last = try Int.fetchOne(
        db, sql: "SELECT max(number) FROM session WHERE relationship_id = ? AND number < ?",
        arguments: [relationship, current])
    else { return [] }

    // Where and how each action was last seen: its latest review, or the after phase's drop.
    var seen: [String: (session: Int, status: ActionStatus)] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT answer.session, answer.key, answer.value
        FROM session JOIN answer ON answer.session = session.number
        WHERE session.relationship_id = ? AND session.number <= ? AND instr(answer.key, '#') > 0
        ORDER BY answer.session
        """,
      arguments: [relationship, last])
    while let row = try rows.next() {
      let key: String = try row.decode(forColumn: "key")
      let number: Int = try row.decode(forColumn: "session")
      guard let ref = AnswerKey(key).item else { continue }
      let answer = try values.answer(
        try row.decode(forColumn: "value"), what: "the answer to \(key) in session \(number)")
      if case .status(let status) = answer { seen[ref] = (number, status) }
      if case .choice(let id) = answer, CommitmentChoice(rawValue: id) == .drop { seen[ref] = (number, .dropped) }
    }

    let settled = [ActionStatus.done, .dropped].map { "'\($0.rawValue)'" }.joined(separator: ", ")
    let agreedHere = try trackedActions(
      db, values: values, where: "relationship_id = ? AND session <= ? AND status IN (\(settled))",
      arguments: [relationship, last]
    ).filter { action in
      guard let session = action.session else { return false }
      let lastSeen = seen[action.ref] ?? (session, .open)
      return lastSeen.session == last && lastSeen.status != action.status
    }
    // An action a partner's record brought, settled since the last meeting here began (its
    // change is stamped in UTC, the meeting in local time, compared as the C library converts).
    guard
      let lastDay = try String.fetchOne(
        db, sql: "SELECT coalesce(meeting_at, created_at) FROM session WHERE number = ?", arguments: [last]),
      let since = (StoredValues.storedDate(lastDay) ?? LocalDateTime(lastDay)).map(Self.utc)
    else { return agreedHere }
    let received = try trackedActions(
      db, values: values,
      where: "relationship_id = ? AND session IS NULL AND status IN (\(settled)) AND updated_at > ?",
      arguments: [relationship, since]
    ).filter { action in seen[action.ref].map { $0.status != action.status } ?? true }
    return agreedHere + received
  }

  /// A local date and time as the store stamps changes: UTC to the second.
  static func utc(_ local: LocalDateTime) -> String {
    ExchangeRecord.utc(ChangeClock.instant(of: local))
  }
}
