import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every file the program writes for the user — `export -o`, `--transcript`, `/export` —
/// against the kinds of path, with and without `--force` (SPEC §5): a regular file is
/// replaced only with `--force` and keeps its permissions, a new one is `0600`, a FIFO is
/// written into, and nothing else is ever unlinked or replaced (73).
@Suite struct OutputFileTests {
  typealias Kind = OutputPlace.Kind
  typealias Place = OutputPlace

  enum Writer: String, CaseIterable, Sendable {
    case export, transcript
  }

  static let old = OutputPlace.old

  static let completedHome: String = {
    (try? ExportEndToEndTests.completedHome()) ?? ""
  }()

  /// Runs `writer` into `place.path`; a FIFO is read on another thread while it is written.
  static func write(_ writer: Writer, to place: Place, kind: Kind, force: Bool) throws -> (Binary.Result, String?) {
    let reader = kind == .fifo ? FIFOReader(place.path) : nil
    let result: Binary.Result
    switch writer {
    case .export:
      result = try Binary.run(
        ["export", "1", "--format", "json", "-o", place.path] + (force ? ["--force"] : []), home: completedHome)
    case .transcript:
      let home = place.folder + "/home"
      result = try Binary.run(
        ["--role", "mentee", "--transcript", place.path] + (force ? ["--force"] : []),
        input: Data("Ana Lopez\n/quit\n".utf8), home: home)
    }
    return (result, reader?.finish())
  }

  /// One writer into one kind of path, with or without `--force`.
  struct Case: Sendable, CustomTestStringConvertible {
    var writer: Writer
    var kind: Kind
    var force: Bool
    var testDescription: String { "\(writer) to \(kind)\(force ? " --force" : "")" }
  }

  /// Every writer into every kind of path is checked in MentorPrepCLITests'
  /// `OutputFileRulesTests`, through `OutputFile` itself; these, each writer into a few kinds,
  /// prove the commands write through it, with the sentences and exit statuses it gives.
  static let cases: [Case] = [
    Case(writer: .export, kind: .missing, force: false),
    Case(writer: .export, kind: .privateFile, force: false),
    Case(writer: .export, kind: .linkToFile, force: true),
    Case(writer: .export, kind: .device, force: false),
    Case(writer: .transcript, kind: .folder, force: false),
    Case(writer: .transcript, kind: .fifo, force: false),
    Case(writer: .transcript, kind: .sharedFile, force: true),
  ]

  @Test(arguments: cases)
  func aCommandWritesThroughTheRulesForOutputFiles(_ written: Case) throws {
    try check(written.writer, written.kind, force: written.force)
  }

  func check(_ writer: Writer, _ kind: Kind, force: Bool) throws {
    let place = try Place(kind)
    defer { place.remove() }
    let (result, read) = try Self.write(writer, to: place, kind: kind, force: force)
    let written = { (text: String?) -> Bool in
      guard let text else { return false }
      return writer == .export ? text.hasPrefix("{") : text.contains("What is your name?")
    }
    switch kind {
    case .missing:
      #expect(result.status == 0, "\(result.stderr)")
      #expect(written(place.contents(place.path)))
      #expect(place.mode(place.path) == 0o600)
    case .privateFile, .sharedFile, .linkToFile:
      let file = kind == .linkToFile ? place.target : place.path
      let mode: mode_t = kind == .privateFile ? 0o600 : kind == .sharedFile ? 0o644 : 0o640
      if force {
        #expect(result.status == 0, "\(result.stderr)")
        #expect(written(place.contents(file)))
      } else {
        #expect(result.status == 73)
        #expect(result.stderr.contains("already exists; choose another file or add --force"))
        #expect(place.contents(file) == Self.old)
      }
      #expect(place.mode(file) == mode, "permissions kept")
      if kind == .linkToFile { #expect(place.type(place.path) == S_IFLNK, "the link is kept") }
    case .fifo:
      #expect(result.status == 0, "\(result.stderr)")
      #expect(written(read), "the FIFO's reader got the text")
      #expect(place.type(place.path) == S_IFIFO)
    case .folder, .device, .danglingLink, .linkToFolder:
      #expect(result.status == 73, "\(result.stderr)")
      let what = [
        "folder": "a folder", "device": "a device", "danglingLink": "a link to nothing", "linkToFolder": "a folder",
      ]
      #expect(
        result.stderr.contains("out is \(what[kind.rawValue]!); mentorprep writes only regular files"),
        "\(result.stderr)")
      let kept: [Kind: mode_t] = [.folder: S_IFDIR, .device: S_IFCHR, .danglingLink: S_IFLNK, .linkToFolder: S_IFLNK]
      #expect(place.type(place.path) == kept[kind], "never unlinked or replaced")
      #expect(place.type(place.target) == (kind == .linkToFolder ? S_IFDIR : nil))
    }
    if writer == .transcript && result.status == 73 {
      let sessions = try Binary.run(["list", "--json"], home: place.folder + "/home")
      #expect(sessions.stdout == "[]\n", "refused before a session was begun")
    }
  }

  @Test func dashIsStandardOutput() throws {
    let result = try Binary.run(["export", "1", "--format", "json", "-o", "-"], home: Self.completedHome)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("{"))
  }

  /// `/dev/stdout` on a pipe is a link to a pipe that has no path of its own: written into.
  @Test func devStdoutOnAPipeIsWrittenInto() throws {
    let run = try Binary.runThroughPipes(
      Binary.url.path, ["export", "1", "--format", "json", "-o", "/dev/stdout"], home: Self.completedHome)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("{"))
  }

  /// `/export FORMAT FILE` inside the conversation follows the same rules, without `--force`,
  /// and the conversation goes on after a refusal.
  @Test(arguments: [Kind.missing, .privateFile, .device, .folder])
  func exportInsideTheConversation(kind: Kind) throws {
    let place = try Place(kind)
    defer { place.remove() }
    let result = try Binary.run(
      ["--role", "mentee"], input: Data("Ana Lopez\n/export json \(place.path)\n/quit\n".utf8),
      home: place.folder + "/home")
    #expect(result.status == 0, "\(result.stderr)")
    switch kind {
    case .missing:
      #expect(result.stdout.contains("Wrote json to \(place.path)."))
      #expect(place.mode(place.path) == 0o600)
    case .privateFile:
      #expect(result.stdout.contains("already exists") || result.stderr.contains("already exists"))
      #expect(place.contents(place.path) == Self.old)
    default:
      #expect(result.stdout.contains("mentorprep writes only regular files") || result.stderr.contains("regular files"))
      #expect(place.type(place.path) == (kind == .device ? S_IFCHR : S_IFDIR))
    }
  }

  /// Past a file-size limit the write fails and the program says so with 74; the signal does
  /// not end it, and what was saved before is kept.
  @Test func aFileSizeLimitIsExitSeventyFour() throws {
    let place = try Place(.missing)
    defer { place.remove() }
    let script = "ulimit -f 1; exec \"$0\" export 1 --format json -o \"$1\""
    let run = try Binary.runThroughPipes(
      "/bin/sh", ["-c", script, Binary.url.path, place.path], home: Self.completedHome)
    let message = run.stderr
    // Ended by SIGXFSZ, the shell would give 153.
    #expect(run.status == 74, "\(message)")
    #expect(message.hasPrefix("mentorprep: Cannot write"), "\(message)")
    #expect(!FileManager.default.fileExists(atPath: place.path), "no half-written file")
    #expect(try Binary.run(["show", "1"], home: Self.completedHome).status == 0)
  }
}
