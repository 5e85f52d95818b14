import Foundation
import GRDB
import MentorPrepCore
import Synchronization

/// The SQLite file holding every session of one home folder.
///
/// All access goes through one serial GRDB `DatabaseQueue`; across processes, SQLite's own
/// locking (WAL, with a busy timeout) keeps writes apart, and `lock(session:)` keeps two
/// processes from running the same session.
public final class SessionStore: Sendable {
  /// The database file, as named in messages (`:memory:` for an in-memory store).
  public let path: String
  /// The home folder, nil for an in-memory store.
  public let home: String?
  let database: DatabaseQueue
  private let memoryLocks = MemoryLocks()
  /// What this process last wrote of each session's relationship and actions.
  let savedRows = SavedRows()
  /// The time a change to an action is stamped with.
  let changeClock = ChangeClock()

  /// Stamps changes to actions with `clock`'s time rather than the system's (`--now`).
  public func stampChanges(with clock: @escaping @Sendable () -> Date) {
    changeClock.use(clock)
  }

  /// Opens (creating when missing) `<home>/mentorprep.sqlite`, and the home folder itself with
  /// mode 0700.
  ///
  /// Nothing is written to an existing file before it is known to be a mentorprep database of a
  /// version this program knows: a stranger's file is reported, never migrated.
  public init(home: String) throws(StoreError) {
    let path = HomeFolder.join(home, HomeFolder.databaseName)
    try HomeFolder.create(home)
    let isNew = try HomeFolder.prepareDatabaseFile(path)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    // Another process may be saving at the same moment: wait for it rather than fail.
    configuration.busyMode = .timeout(10)
    let database: DatabaseQueue
    do {
      database = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw Self.translate(error, path: path)
    }
    self.path = path
    self.home = home
    self.database = database
    let upToDate = try checkOwnership()
    // Commits survive the process being killed (the log is in the system's cache) and sync
    // only at checkpoints. A new, empty file is written without any sync until its schema is
    // complete: there is nothing in it to lose, and each sync costs milliseconds on a laptop's
    // disk before the first answer could be saved.
    try synchronize(isNew ? .off : .normal)
    // A store this version opened before needs no write to be opened again.
    if !upToDate {
      try enableWriteAheadLog()
      try migrate(isNew: isNew)
    }
    if isNew { try synchronize(.normal) }
    HomeFolder.narrowModes(of: path)
  }

  /// The store of a home that has one, nil when the home has no database yet: nothing is
  /// created, so a command that only looks (or a conversation not yet answered) leaves none.
  public static func existing(home: String) throws(StoreError) -> SessionStore? {
    var info = stat()
    let path = HomeFolder.join(home, HomeFolder.databaseName)
    guard stat(path, &info) == 0 else {
      let error = errno
      if error == ENOENT || error == ENOTDIR { return nil }
      throw .notWritable(path: path, reason: HomeFolder.describe(error))
    }
    return try SessionStore(home: home)
  }

  /// The lock of session `session` of the store in `home`, taken before that store (or that
  /// session) exists: a new session reserves its number so, and creates its row with the
  /// first answer. See `lock(session:)`.
  public static func lock(session: Int, home: String) throws(StoreError) -> SessionLock {
    try HomeFolder.create(home)
    return try SessionLock.acquire(session: session, locks: HomeFolder.join(home, HomeFolder.locksName))
  }

  /// The connection is closed here (as releasing the queue would close it: a file's write-ahead
  /// log is checkpointed and removed), and the closed queue kept rather than released. Releasing
  /// it made libdispatch start a thread, to free GRDB's data attached to the queue, at the end of
  /// every command that had opened the store.
  deinit {
    guard (try? database.close()) != nil else { return }
    Self.closedQueues.withLock { $0.append(database) }
  }

  /// The queues of the stores closed so far, never released (see `deinit`).
  private static let closedQueues = Mutex<[DatabaseQueue]>([])

  /// Whether the queue with this identity was closed and is kept (see `deinit`).
  static func keepsClosedQueue(_ queue: ObjectIdentifier) -> Bool {
    closedQueues.withLock { queues in queues.contains { ObjectIdentifier($0) == queue } }
  }

  private init(inMemory database: DatabaseQueue) {
    self.path = ":memory:"
    self.home = nil
    self.database = database
  }

  /// An in-memory store, for tests. Its session locks only exclude one another.
  public static func inMemory() throws(StoreError) -> SessionStore {
    let store: SessionStore
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      store = SessionStore(inMemory: try DatabaseQueue(configuration: configuration))
    } catch {
      throw translate(error, path: ":memory:")
    }
    try store.migrate()
    return store
  }

  /// Holds an exclusive lock on the session for as long as the returned value lives; throws
  /// `.sessionInUse` when another process (or another lock in this one) holds it.
  public func lock(session: Int) throws(StoreError) -> SessionLock {
    guard let home else { return try memoryLocks.acquire(session: session) }
    return try SessionLock.acquire(
      session: session, locks: HomeFolder.join(home, HomeFolder.locksName))
  }

  // MARK: - Opening

  /// Refuses a database holding tables of some other program, or migrated by a newer version;
  /// whether it is already in write-ahead-log mode with every migration applied.
  private func checkOwnership() throws(StoreError) -> Bool {
    let path = path
    let migrator = StoreSchema.migrator
    let verdict: Result<Bool, StoreError> = try read { db, _ in
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      if !tables.isEmpty && !tables.contains("grdb_migrations") {
        return .failure(.corrupted(path: path, reason: "it holds tables that are not mentorprep's"))
      }
      guard !tables.isEmpty else { return .success(false) }
      // What the migrator's `hasBeenSuperseded` and `hasCompletedMigrations` tell, from one
      // read of the applied migrations, fetched as the tables were (its set of them cost a
      // first prompt more than half a million instructions, most of it generic types made).
      let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
      let known = migrator.migrations
      if !applied.isSubset(of: known) { return .failure(.newerSchema(path: path)) }
      let journal = try String.fetchOne(db, sql: "PRAGMA journal_mode")
      return .success(journal == "wal" && applied.count == known.count)
    }
    return try verdict.get()
  }

  /// Write-ahead logging, so that readers never wait for the conversation that is saving.
  private func enableWriteAheadLog() throws(StoreError) {
    do {
      try database.writeWithoutTransaction { db in
        // Stays "delete" when the file is read-only; the first write then reports it.
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      }
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  private enum Synchronous: String { case off = "OFF", normal = "NORMAL" }

  private func synchronize(_ mode: Synchronous) throws(StoreError) {
    do {
      try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = \(mode.rawValue)") }
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  /// Brings the schema up to date; a new database gets the whole of it in one transaction.
  private func migrate(isNew: Bool = false) throws(StoreError) {
    do {
      if isNew, try database.write({ db in try FreshSchema.write(in: db) }) { return }
      try StoreSchema.migrator.migrate(database)
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  // MARK: - Access

  /// Runs `body` in one write transaction, turning every failure into a `StoreError`.
  func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try database.write(body)
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  /// Runs `body` in one read-only transaction, turning every failure into a `StoreError`.
  /// `body` gets the database and the way its values are read.
  func read<T: Sendable>(_ body: @Sendable (Database, StoredValues) throws -> T) throws(StoreError) -> T {
    let values = values
    do {
      return try database.read { db in try body(db, values) }
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  /// The store's error for anything GRDB, SQLite or decoding threw.
  static func translate(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return .damagedRow(reason: String(describing: error))
    }
    let reason = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return .corrupted(path: path, reason: reason)
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM,
      .SQLITE_AUTH:
      return .notWritable(path: path, reason: reason)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .notWritable(path: path, reason: "another process kept the database busy; try again")
    default:
      // A constraint, a type mismatch or a missing table or column: the file does not hold
      // what this version of mentorprep wrote.
      return .corrupted(path: path, reason: reason)
    }
  }
}
