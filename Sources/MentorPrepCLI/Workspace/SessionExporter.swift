import Foundation
import MentorPrepCore
import MentorPrepStore

/// Renders a stored session in an export format and writes it to stdout or, atomically and
/// never over an existing file without `force`, to a file.
struct SessionExporter {
  let store: SessionStore
  let bank: QuestionBank
  let clock: WallClock

  /// The record of a stored session, as exports and `show` read it.
  func record(session: Int) throws(MentorPrepError) -> SessionRecord {
    let stored = try fromStore { () throws(StoreError) in try store.loadSession(session) }
    return stored.record(bank: bank)
  }

  func render(session: Int, format: ExportFormat) throws(MentorPrepError) -> String {
    let record = try record(session: session)
    do {
      return try Exporter.render(record, bank: bank, as: format, now: clock.instant, timeZone: clock.timeZone)
    } catch {
      throw .export(error)
    }
  }

  /// Renders and writes; returns the text when it went to stdout (file nil).
  @discardableResult
  func export(session: Int, format: ExportFormat, to file: String?, force: Bool) throws(MentorPrepError) -> String {
    let text = try render(session: session, format: format)
    guard let file else { return text }
    try Self.write(text, to: file, force: force)
    return text
  }

  /// Writes through a temporary file in the same folder, then links it into place (failing if
  /// the file exists) or, with `force`, renames it over the old one: a failed write never
  /// leaves half a file.
  static func write(_ text: String, to path: String, force: Bool) throws(MentorPrepError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw .outputFolderMissing(path)
    }
    if !force, FileManager.default.fileExists(atPath: path) { throw .outputExists(path) }
    let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
    let bytes = Array(text.utf8)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw .cannotWrite(path: path, reason: reason)
      }
      offset += written
    }
    let synced = fsync(descriptor) == 0
    let reason = String(cString: strerror(errno))
    close(descriptor)
    guard synced else {
      unlink(temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
    if force {
      guard rename(temporary, path) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw .cannotWrite(path: path, reason: reason)
      }
    } else {
      let linked = link(temporary, path)
      let error = errno
      unlink(temporary)
      if linked != 0 {
        if error == EEXIST { throw .outputExists(path) }
        throw .cannotWrite(path: path, reason: String(cString: strerror(error)))
      }
    }
  }
}
