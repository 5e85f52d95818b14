#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The private folder that holds the database and the session locks: created `0700`, its files
/// `0600` (SPEC §1).
///
/// Plain POSIX calls rather than FileManager, so that every failure keeps its errno, and so that
/// nothing is ever created with wider permissions and narrowed afterwards.
enum HomeFolder {
  static let databaseName = "mentorprep.sqlite"
  static let locksName = "locks"

  /// Creates `path` and any missing parents with mode 0700; leaves existing folders as they are.
  static func create(_ path: String) throws(StoreError) {
    guard !path.isEmpty else { throw .notWritable(path: path, reason: "the home folder is empty") }
    // A home that exists (every start but the first) is one look-up, not one per folder above.
    var info = stat()
    if stat(path, &info) == 0, isFolder(info) { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
      prefix += String(component)
      try createFolder(prefix)
    }
  }

  /// Creates one folder with mode 0700 unless it exists.
  static func createFolder(_ path: String) throws(StoreError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard isFolder(info) else {
        throw .notWritable(path: path, reason: "it is a file, not a folder")
      }
      return
    }
    let lookUpError = errno
    guard lookUpError == ENOENT else {
      throw .notWritable(path: path, reason: describe(lookUpError))
    }
    if mkdir(path, 0o700) != 0 {
      let makeError = errno
      // Another process may have made it meanwhile.
      if makeError == EEXIST, stat(path, &info) == 0, isFolder(info) { return }
      throw .notWritable(path: path, reason: describe(makeError))
    }
    // The umask can only take bits away; chmod makes the mode exactly 0700 whatever it is.
    _ = chmod(path, 0o700)
  }

  /// Makes sure the database file can be opened without harm: creates it empty with mode 0600
  /// when missing; otherwise checks, without writing, that it is an SQLite file (or empty).
  /// Whether the file is new (or empty), so that its schema is yet to be written.
  ///
  /// SQLite itself would also refuse a file that is not a database, but checking the header
  /// first guarantees that nothing is ever written to someone else's file.
  @discardableResult
  static func prepareDatabaseFile(_ path: String) throws(StoreError) -> Bool {
    var info = stat()
    if stat(path, &info) != 0 {
      let lookUpError = errno
      guard lookUpError == ENOENT else {
        throw .notWritable(path: path, reason: describe(lookUpError))
      }
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor < 0 {
        let createError = errno
        if createError == EEXIST { return try prepareDatabaseFile(path) }
        throw .notWritable(path: path, reason: describe(createError))
      }
      _ = fchmod(descriptor, 0o600)
      close(descriptor)
      return true
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw .corrupted(path: path, reason: "it is not a regular file")
    }
    guard info.st_size > 0 else { return true }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .notWritable(path: path, reason: describe(errno)) }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: sqliteHeader.count)
    let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count == sqliteHeader.count, header == sqliteHeader else {
      throw .corrupted(path: path, reason: "it is not an SQLite database")
    }
    return false
  }

  /// Narrows the database and its companion files (`-wal`, `-shm`) to 0600 should they be wider.
  ///
  /// SQLite creates the companions with the database file's own mode, so this only matters for
  /// a database whose mode someone widened by hand.
  static func narrowModes(of path: String) {
    for suffix in ["", "-wal", "-shm"] {
      var info = stat()
      if stat(path + suffix, &info) == 0, info.st_mode & 0o077 != 0 {
        _ = chmod(path + suffix, 0o600)
      }
    }
  }

  /// The first 16 bytes of every SQLite 3 database file.
  static let sqliteHeader = Array("SQLite format 3\0".utf8)

  static func isFolder(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

  static func describe(_ error: Int32) -> String {
    String(cString: strerror(error))
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
