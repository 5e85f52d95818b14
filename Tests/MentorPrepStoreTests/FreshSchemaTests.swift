import GRDB
import Testing

@testable import MentorPrepStore

/// A new database gets its schema in one go (`FreshSchema`), an older one through the
/// migrations: the two must leave the same database, down to every statement's text.
@Suite struct FreshSchemaTests {
  /// What a schema is made of: SQLite's copy of every table, index and trigger, by name.
  static func schema(of queue: DatabaseQueue) throws -> [String] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
      ).map { row in
        let columns: [String?] = [row["type"], row["name"], row["tbl_name"], row["sql"]]
        return columns.map { $0 ?? "-" }.joined(separator: " | ")
      }
    }
  }

  static func migrated() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try StoreSchema.migrator.migrate(queue)
    return queue
  }

  @Test func writesWhatTheMigrationsWrite() throws {
    let migrated = try Self.migrated()
    let fresh = try DatabaseQueue()
    let written = try fresh.write { db in try FreshSchema.write(in: db) }
    // When a migration is added, this prints the statements FreshSchema.sql must become.
    let statements = try migrated.read { db in
      try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
    }
    #expect(
      written,
      "FreshSchema.migrations must be \(StoreSchema.migrator.migrations), and its sql:\n\(statements.joined(separator: ";\n"))"
    )
    #expect(try Self.schema(of: fresh) == Self.schema(of: migrated))
    let applied = try fresh.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    #expect(applied == StoreSchema.migrator.migrations)
    #expect(try fresh.read { db in try StoreSchema.migrator.hasCompletedMigrations(db) })
  }

  /// A store made in a new home takes the fresh schema; its search index works as the
  /// migrated one does (the stemmer included).
  @Test func aNewHomesStoreSearchesWithStems() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    let store = try SessionStore(home: home)
    let session = try store.startSession(with: "Sam Rivera", extra: ["purpose.goal": .text("Rehearse the interviews")])
    let hits = try store.search(["interview"])
    #expect(hits.map(\.session) == [session])
    #expect(hits.map(\.question) == ["purpose.goal"])
  }
}
