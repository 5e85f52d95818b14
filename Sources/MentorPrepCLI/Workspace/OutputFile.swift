import Foundation

/// Every file the program writes for the user — exports (`export -o`, `/export FORMAT FILE`)
/// and transcripts (`--transcript`) — goes through here (SPEC §5):
///
/// - `-` is stdout;
/// - a new file is created `0600`; an existing one is replaced only with `force`, atomically
///   where the whole text is known, keeping its permissions (a link to a file replaces the file
///   it names and keeps the link);
/// - a FIFO or a terminal is written into, with or without `force`;
/// - anything else (a folder, a device, a socket, a dangling link) is never unlinked or
///   replaced: it is refused with a sentence (73).
enum OutputFile {
  /// What a path names, as far as writing to it goes.
  enum Target: Equatable {
    case standardOutput
    /// Nothing is there yet; `path` is where the new file goes.
    case newFile(path: String)
    /// A regular file (`path` is where it really is, past any link) with its permissions and
    /// owner, which its replacement keeps.
    case existingFile(path: String, mode: mode_t, owner: uid_t, group: gid_t)
    /// A FIFO or a terminal: written into as it is.
    case stream(path: String)
  }

  /// Where `path` leads, or why nothing may be written there.
  static func target(_ path: String, force: Bool) throws(MentorPrepError) -> Target {
    if path == "-" { return .standardOutput }
    var link = stat()
    guard lstat(path, &link) == 0 else {
      guard errno == ENOENT else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw .outputFolderMissing(path)
      }
      return .newFile(path: path)
    }
    var info = link
    let isLink = link.st_mode & S_IFMT == S_IFLNK
    if isLink, stat(path, &info) != 0 { throw .notAFile(path, is: "a link to nothing") }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      guard force else { throw .outputExists(path) }
      // A link to a file: the file it names is replaced, and the link kept.
      var resolved = path
      if isLink {
        guard let real = realpath(path, nil) else { throw .notAFile(path, is: "a link to nothing") }
        resolved = String(cString: real)
        free(real)
      }
      return .existingFile(path: resolved, mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
    case S_IFIFO:
      // Through the link as given: `/dev/stdout` names a pipe that has no path of its own.
      return .stream(path: path)
    case S_IFCHR:
      guard isTerminal(path) else { throw .notAFile(path, is: "a device") }
      return .stream(path: path)
    case S_IFDIR:
      throw .notAFile(path, is: "a folder")
    case S_IFBLK:
      throw .notAFile(path, is: "a device")
    default:
      throw .notAFile(path, is: "not a regular file")
    }
  }

  /// Writes `text` whole to `path`; `-` is stdout.
  static func write(_ text: String, to path: String, force: Bool) throws(MentorPrepError) {
    let bytes = Array(text.utf8)
    switch try target(path, force: force) {
    case .standardOutput:
      Output.document(TerminalText(document: text))
    case .stream(let stream):
      let descriptor = open(stream, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
    case .newFile(let file):
      try replace(file, with: bytes, mode: 0o600, owner: nil, reportedAs: path)
    case .existingFile(let file, let mode, let owner, let group):
      try replace(file, with: bytes, mode: mode, owner: (owner, group), reportedAs: path)
    }
  }

  /// Opens `path` for text written as it comes (a transcript): a new file `0600`, an existing
  /// one emptied in place with `force` (so it keeps its permissions), a FIFO or terminal as is.
  static func stream(to path: String, force: Bool) throws(MentorPrepError) -> FileHandle {
    let descriptor: Int32
    switch try target(path, force: force) {
    case .standardOutput:
      return FileHandle.standardOutput
    case .stream(let stream):
      descriptor = open(stream, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    case .newFile(let file):
      descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    case .existingFile(let file, _, _, _):
      descriptor = open(file, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
    }
    guard descriptor >= 0 else {
      if errno == EEXIST { throw .outputExists(path) }
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Writes through a temporary file in the same folder, then links it into place (a new file:
  /// failing if something appeared there meanwhile) or renames it over the old file, whose
  /// `owner` it takes where it can: a failed write never leaves half a file.
  private static func replace(
    _ file: String, with bytes: [UInt8], mode: mode_t, owner: (uid_t, gid_t)?, reportedAs path: String
  ) throws(MentorPrepError) {
    let url = URL(fileURLWithPath: file)
    let temporary = url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    do throws(MentorPrepError) {
      try writeAll(bytes, to: descriptor, path: path)
      // The mode asked for exactly, whatever the umask took from it.
      // Only root may give a file away; anyone else's replacement is theirs, as any editor's.
      if let (uid, gid) = owner, geteuid() == 0 { _ = fchown(descriptor, uid, gid) }
      guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
      close(descriptor)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if owner == nil {
      let linked = link(temporary, file)
      let error = errno
      unlink(temporary)
      guard linked == 0 else {
        if error == EEXIST { throw .outputExists(path) }
        throw .cannotWrite(path: path, reason: String(cString: strerror(error)))
      }
    } else {
      guard rename(temporary, file) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw .cannotWrite(path: path, reason: reason)
      }
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(MentorPrepError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
      offset += written
    }
  }

  /// Whether the character device at `path` is a terminal, asked without making it the
  /// controlling one and without waiting.
  private static func isTerminal(_ path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return isatty(descriptor) == 1
  }
}
