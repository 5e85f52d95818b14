import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A folder holding `path` made as one kind of thing a file may be written to (a link's target
/// beside it), for the rules of output files (SPEC §5).
public struct OutputPlace {
  public enum Kind: String, CaseIterable, Sendable {
    case privateFile, sharedFile, missing, folder, fifo, device, danglingLink, linkToFile, linkToFolder
  }

  /// A node that could not be made (`mknod` needs root).
  public struct NotMade: Error, CustomStringConvertible {
    public var description: String
  }

  /// What a regular file there holds before anything is written.
  public static let old = "old contents\n"

  public let folder: String
  public var path: String { folder + "/out" }
  public var target: String { folder + "/target" }

  public init(_ kind: Kind) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentorprep-out-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    switch kind {
    case .privateFile: try Self.file(path, mode: 0o600)
    case .sharedFile: try Self.file(path, mode: 0o644)
    case .missing: break
    case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    case .fifo: guard mkfifo(path, 0o600) == 0 else { throw NotMade(description: "mkfifo \(path)") }
    // The null device (major 1, minor 3), in a node of the test's own: never the machine's /dev.
    case .device:
      guard mknod(path, S_IFCHR | 0o666, (1 << 8) | 3) == 0 else { throw NotMade(description: "mknod needs root") }
    case .danglingLink: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    case .linkToFile:
      try Self.file(target, mode: 0o640)
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    case .linkToFolder:
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }
  }

  static func file(_ path: String, mode: mode_t) throws {
    try Data(old.utf8).write(to: URL(fileURLWithPath: path))
    guard chmod(path, mode) == 0 else { throw NotMade(description: "chmod \(path)") }
  }

  /// The type bits of what `path` is itself (a link, not what it names).
  public func type(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  public func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  public func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  public func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// Reads a FIFO to its end on another thread, so a writer that opens it does not wait forever.
public final class FIFOReader: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var text: String?

  public init(_ path: String) {
    DispatchQueue.global().async {
      if let handle = FileHandle(forReadingAtPath: path) {
        self.text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
      }
      self.done.signal()
    }
  }

  /// What was read; nil when nothing opened the FIFO for writing within ten seconds.
  public func finish() -> String? {
    guard done.wait(timeout: .now() + 10) == .success else { return nil }
    return text
  }
}
