import Foundation
import Testing

@testable import MentorPrepCLI

#if canImport(Glibc)
  import Glibc
#endif

/// `OutputFile`, which every file the program writes for the user goes through, against every
/// kind of path, with and without `force` (SPEC §5): a regular file is replaced only with
/// `force` and keeps its permissions, a new one is `0600`, a FIFO is written into, and nothing
/// else is ever unlinked or replaced (73). An export writes its text whole (`write`), a
/// transcript as it comes (`stream`). EndToEndTests' `OutputFileTests` run a few of these
/// through the binary, with the sentences it says.
@Suite struct OutputFileRulesTests {
  enum Kind: String, CaseIterable, Sendable {
    case privateFile, sharedFile, missing, folder, fifo, device, danglingLink, linkToFile, linkToFolder
  }

  enum Writer: String, CaseIterable, Sendable {
    case export, transcript
  }

  static let old = "old contents\n"
  static let text = "{\"what\": \"was written\"}\n"

  /// A folder holding `path` made as `kind` (a link's target beside it).
  struct Place {
    let folder: String
    var path: String { folder + "/out" }
    var target: String { folder + "/target" }

    init(_ kind: Kind) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentorprep-out-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      switch kind {
      case .privateFile: try Self.file(path, mode: 0o600)
      case .sharedFile: try Self.file(path, mode: 0o644)
      case .missing: break
      case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      case .fifo: #expect(mkfifo(path, 0o600) == 0)
      // The null device (major 1, minor 3), in a node of the test's own: never the machine's /dev.
      case .device: #expect(mknod(path, S_IFCHR | 0o666, (1 << 8) | 3) == 0, "mknod needs root")
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
      try Data(OutputFileRulesTests.old.utf8).write(to: URL(fileURLWithPath: path))
      #expect(chmod(path, mode) == 0)
    }

    func type(_ path: String) -> mode_t? {
      var info = stat()
      return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    func mode(_ path: String) -> mode_t? {
      var info = stat()
      return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    func contents(_ path: String) -> String? {
      try? String(contentsOfFile: path, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  /// Writes `text` as `writer` does into `place.path`, a FIFO read on another thread meanwhile;
  /// the error refused with, and what the FIFO's reader got.
  static func write(_ writer: Writer, to place: Place, kind: Kind, force: Bool) -> (MentorPrepError?, String?) {
    let reader = kind == .fifo ? FIFOReader(place.path) : nil
    do throws(MentorPrepError) {
      switch writer {
      case .export:
        try OutputFile.write(text, to: place.path, force: force)
      case .transcript:
        let handle = try OutputFile.stream(to: place.path, force: force)
        handle.write(Data(text.utf8))
        try? handle.close()
      }
      return (nil, reader?.finish())
    } catch {
      return (error, reader?.finish())
    }
  }

  @Test(arguments: Writer.allCases, Kind.allCases)
  func withoutForce(writer: Writer, kind: Kind) throws {
    try check(writer, kind, force: false)
  }

  @Test(arguments: Writer.allCases, Kind.allCases)
  func withForce(writer: Writer, kind: Kind) throws {
    try check(writer, kind, force: true)
  }

  func check(_ writer: Writer, _ kind: Kind, force: Bool) throws {
    let place = try Place(kind)
    defer { place.remove() }
    let (refusal, read) = Self.write(writer, to: place, kind: kind, force: force)
    switch kind {
    case .missing:
      #expect(refusal == nil, "\(String(describing: refusal))")
      #expect(place.contents(place.path) == Self.text)
      #expect(place.mode(place.path) == 0o600)
    case .privateFile, .sharedFile, .linkToFile:
      let file = kind == .linkToFile ? place.target : place.path
      let mode: mode_t = kind == .privateFile ? 0o600 : kind == .sharedFile ? 0o644 : 0o640
      if force {
        #expect(refusal == nil, "\(String(describing: refusal))")
        #expect(place.contents(file) == Self.text)
      } else {
        guard case .outputExists(let path)? = refusal else {
          Issue.record("not refused as existing: \(String(describing: refusal))")
          return
        }
        #expect(path == place.path)
        #expect(refusal?.exitStatus == 73)
        #expect(place.contents(file) == Self.old)
      }
      #expect(place.mode(file) == mode, "permissions kept")
      if kind == .linkToFile { #expect(place.type(place.path) == S_IFLNK, "the link is kept") }
    case .fifo:
      #expect(refusal == nil, "\(String(describing: refusal))")
      #expect(read == Self.text, "the FIFO's reader got the text")
      #expect(place.type(place.path) == S_IFIFO)
    case .folder, .device, .danglingLink, .linkToFolder:
      let what: [Kind: String] = [.folder: "a folder", .device: "a device", .danglingLink: "a link to nothing", .linkToFolder: "a folder"]
      guard case .notAFile(let path, let named)? = refusal else {
        Issue.record("not refused as no file: \(String(describing: refusal))")
        return
      }
      #expect(path == place.path)
      #expect(named == what[kind])
      #expect(refusal?.exitStatus == 73)
      let kept: [Kind: mode_t] = [.folder: S_IFDIR, .device: S_IFCHR, .danglingLink: S_IFLNK, .linkToFolder: S_IFLNK]
      #expect(place.type(place.path) == kept[kind], "never unlinked or replaced")
      #expect(place.type(place.target) == (kind == .linkToFolder ? S_IFDIR : nil))
    }
  }
}

/// Reads a FIFO to its end on another thread, so a writer that opens it does not wait forever.
final class FIFOReader: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var text: String?

  init(_ path: String) {
    DispatchQueue.global().async {
      if let handle = FileHandle(forReadingAtPath: path) {
        self.text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
      }
      self.done.signal()
    }
  }

  /// What was read; nil when nothing opened the FIFO for writing within ten seconds.
  func finish() -> String? {
    guard done.wait(timeout: .now() + 10) == .success else { return nil }
    return text
  }
}
