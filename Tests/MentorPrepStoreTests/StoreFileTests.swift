import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The database file on disk: where it goes, its permissions, and the files it must refuse.
@Suite struct StoreFileTests {
  /// The permission bits of a file or folder.
  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  @Test func freshHomeIsPrivate() throws {
    let root = TemporaryHome.make()
    defer { TemporaryHome.remove(root) }
    let home = root + "/nested/home"
    let store = try SessionStore(home: home)
    let number = try store.startSession(with: "Ana")
    let lock = try store.lock(session: number)

    for folder in [root, root + "/nested", home, home + "/locks"] {
      #expect(try mode(folder) == 0o700, "\(folder)")
    }
    let database = home + "/mentorprep.sqlite"
    #expect(store.path == database)
    #expect(exists(database + "-wal"), "the database is in WAL mode")
    for file in [database, database + "-wal", database + "-shm", home + "/locks/session-1.lock"] {
      #expect(try mode(file) == 0o600, "\(file)")
    }
    _ = lock
  }

  /// A store let go is closed (its log checkpointed and removed) and its queue kept: releasing
  /// the queue made libdispatch start a thread at the end of every command that used the store.
  @Test func aStoreLetGoIsClosedAndItsQueueKept() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    var store: SessionStore? = try SessionStore(home: home)
    _ = try store?.startSession(with: "Ana")
    let database = home + "/mentorprep.sqlite"
    #expect(exists(database + "-wal"))
    let queue = ObjectIdentifier(try #require(store?.database))
    #expect(!SessionStore.keepsClosedQueue(queue))
    store = nil
    #expect(SessionStore.keepsClosedQueue(queue))
    #expect(!exists(database + "-wal"))
    #expect(!exists(database + "-shm"))
    #expect(try SessionStore(home: home).lastSessionNumber() == 1)
  }

  @Test func reopensWhatItWrote() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    do {
      let store = try SessionStore(home: home)
      _ = try store.startSession(with: "Ana", extra: ["charter.objectives": .list(["Lead"])])
    }
    let store = try SessionStore(home: home)
    #expect(try store.lastSessionNumber() == 1)
    #expect(try store.loadSession(1).answers["charter.objectives"] == .list(["Lead"]))
    let journal = try store.database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(journal == "wal")
  }

  @Test func migratesAnEmptyFile() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let database = home + "/mentorprep.sqlite"
    #expect(FileManager.default.createFile(atPath: database, contents: Data()))
    let store = try SessionStore(home: home)
    #expect(try store.createSession(at: firstMeeting, progress: DialogueProgress(position: .finished)) == 1)
    #expect(try bytes(database).prefix(15) == Data("SQLite format 3".utf8))
  }

  /// Files that are not a mentorprep database: reported, and left byte for byte as they were.
  @Test(arguments: ["garbage", "sqlite header, garbage body", "folder"])
  func refusesWhatIsNotADatabase(content: String) throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let database = home + "/mentorprep.sqlite"
    var original = Data()
    switch content {
    case "garbage":
      original = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
    case "sqlite header, garbage body":
      original = Data("SQLite format 3\0".utf8) + Data(repeating: 0xA5, count: 4080)
    default:
      try FileManager.default.createDirectory(atPath: database, withIntermediateDirectories: false)
    }
    if !original.isEmpty { try original.write(to: URL(fileURLWithPath: database)) }

    #expect {
      _ = try SessionStore(home: home)
    } throws: { error in
      guard case .corrupted(let path, _)? = error as? StoreError else { return false }
      return path == database
    }
    if !original.isEmpty { #expect(try bytes(database) == original) }
    #expect(!exists(database + "-wal"))
    #expect(!exists(database + "-shm"))
    #expect(!exists(database + "-journal"))
  }

  @Test func refusesAnotherProgramsDatabase() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let database = home + "/mentorprep.sqlite"
    do {
      let other = try DatabaseQueue(path: database)
      try other.write { try $0.execute(sql: "CREATE TABLE photo (id INTEGER PRIMARY KEY)") }
    }
    let original = try bytes(database)
    #expect {
      _ = try SessionStore(home: home)
    } throws: { error in
      guard case .corrupted(_, let reason)? = error as? StoreError else { return false }
      return reason.contains("not mentorprep's")
    }
    #expect(try bytes(database) == original)
  }

  @Test func refusesANewerSchema() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    do {
      let store = try SessionStore(home: home)
      try store.database.write {
        try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
      }
    }
    #expect(throws: StoreError.newerSchema(path: home + "/mentorprep.sqlite")) {
      _ = try SessionStore(home: home)
    }
  }

  @Test func reportsAValueThatDoesNotDecode() throws {
    try withStore(.memory) { store in
      let number = try store.startSession(with: "Ana")
      try store.database.write {
        try $0.execute(
          sql: "UPDATE answer SET value = '{\"kind\":\"nonsense\"}' WHERE key = 'setup.me'")
      }
      #expect {
        _ = try store.loadSession(number)
      } throws: { error in
        // Only that session is damaged, by its number; nothing advises moving the file aside.
        guard case .damagedSession(number, let reason)? = error as? StoreError else { return false }
        return reason.contains("setup.me") && !(error as? StoreError)!.message.contains("move it aside")
      }
    }
  }

  /// A home that cannot be made. Running as root bypasses permission bits (a `chmod 0500`
  /// folder stays writable for root), so the case that works for everyone is a home whose
  /// parent is a regular file: mkdir fails with ENOTDIR whoever runs it. The permission case
  /// runs too when the tests are not run as root.
  @Test func reportsAHomeThatCannotBeWritten() throws {
    let root = TemporaryHome.make()
    defer { TemporaryHome.remove(root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let file = root + "/a-file"
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))

    for home in [file + "/home", file] {
      #expect {
        _ = try SessionStore(home: home)
      } throws: { error in
        guard case .notWritable? = error as? StoreError else { return false }
        return true
      }
    }

    if getuid() != 0 {
      let locked = root + "/locked"
      try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
      _ = try SessionStore(home: locked + "/existing").startSession(with: "Ana")
      #expect(chmod(locked, 0o500) == 0)
      defer { _ = chmod(locked, 0o700) }
      #expect(throws: StoreError.self) { _ = try SessionStore(home: locked + "/new") }
      // An existing database that has become read-only opens, but a save reports it.
      #expect(chmod(locked + "/existing/mentorprep.sqlite", 0o400) == 0)
      #expect(chmod(locked + "/existing", 0o500) == 0)
      defer { _ = chmod(locked + "/existing", 0o700) }
      #expect {
        let store = try SessionStore(home: locked + "/existing")
        _ = try store.startSession(with: "Bo")
      } throws: { error in
        guard case .notWritable? = error as? StoreError else { return false }
        return true
      }
    }
  }

  /// What SQLite reports when a disk is full or read-only cannot be staged as root either, so
  /// the mapping from its result codes is checked directly.
  @Test func mapsSQLiteFailures() {
    let path = "/h/mentorprep.sqlite"
    for code in [
      ResultCode.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM,
    ] {
      guard
        case .notWritable(path, _) = SessionStore.translate(
          DatabaseError(resultCode: code), path: path)
      else {
        Issue.record("\(code) is not reported as not writable")
        continue
      }
    }
    for code in [ResultCode.SQLITE_NOTADB, .SQLITE_CORRUPT] {
      guard
        case .corrupted(path, _) = SessionStore.translate(
          DatabaseError(resultCode: code), path: path)
      else {
        Issue.record("\(code) is not reported as corrupted")
        continue
      }
    }
    #expect(SessionStore.translate(StoreError.sessionInUse(3), path: path) == .sessionInUse(3))
  }
}
