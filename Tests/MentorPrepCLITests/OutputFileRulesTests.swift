import Foundation
import TestSupport
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
  typealias Kind = OutputPlace.Kind
  typealias Place = OutputPlace

  enum Writer: String, CaseIterable, Sendable {
    case export, transcript
  }

  static let old = OutputPlace.old
  static let text = "{\"what\": \"was written\"}\n"

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
      let what: [Kind: String] = [
        .folder: "a folder", .device: "a device", .danglingLink: "a link to nothing", .linkToFolder: "a folder",
      ]
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
