import Foundation
import GRDB

/// The ids that travel between two partners' records (SPEC §7): a random UUID, written in
/// lower case as RFC 9562 recommends, so the same id reads the same in both stores and files.
enum RandomID {
  /// A new id, unlike any other made anywhere.
  static func make() -> String {
    UUID().uuidString.lowercased()
  }

  /// Gives every row of `table` without an id one of its own (a migration's work).
  static func fill(_ table: String, in db: Database) throws {
    let rows = try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table) WHERE uuid IS NULL")
    let update = try db.makeStatement(sql: "UPDATE \(table) SET uuid = ? WHERE rowid = ?")
    for row in rows {
      try update.execute(arguments: [make(), row])
    }
  }
}
