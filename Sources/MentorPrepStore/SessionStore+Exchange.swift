import Foundation
import GRDB
import MentorPrepCore

extension SessionStore {
  /// What the exchange record of `session` needs of its relationship (SPEC §7): the
  /// relationship's id and every one of its actions as it stands, with when each last changed;
  /// nil while the session names no partner.
  public func exchangeRelationship(session: Int) throws(StoreError) -> ExchangeRelationship? {
    try read { db, values in
      guard
        let relationship = try Row.fetchOne(
          db,
          sql: """
            SELECT relationship.id, relationship.uuid FROM session
            JOIN relationship ON relationship.id = session.relationship_id
            WHERE session.number = ?
            """,
          arguments: [session]),
        let uuid: String = try relationship.decode(forColumn: "uuid")
      else { return nil }
      let id: Int64 = try relationship.decode(forColumn: "id")
      var changed: [String: String] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT ref, updated_at FROM action WHERE relationship_id = ?", arguments: [id])
      while let row = try rows.next() {
        changed[try row.decode(forColumn: "ref")] = try row.decode(String?.self, forColumn: "updated_at")
      }
      let formatter = ISO8601DateFormatter()
      let actions = try Self.trackedActions(db, values: values, where: "relationship_id = ?", arguments: [id])
        .map { action throws(StoreError) in
          guard let text = changed[action.ref] ?? nil, let updatedAt = formatter.date(from: text) else {
            throw StoreError.damagedRow(reason: "action \(action.ref) has no time it last changed")
          }
          return ExchangedAction(action: action, updatedAt: updatedAt)
        }
      return ExchangeRelationship(id: uuid, actions: actions)
    }
  }
}
