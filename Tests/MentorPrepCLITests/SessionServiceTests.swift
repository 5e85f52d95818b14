import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import MentorPrepCLI

/// `start` and `resume` do their session's work with the line reader and console they are
/// given: the walkthrough's two conversations played in this process, through a pipe and a
/// console that writes to a string, give the transcripts the built binary gives.
@Suite(.serialized) struct SessionServiceTests {
  static let walkthrough = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("EndToEndTests/Walkthroughs/mentee-first-session")

  /// Plays `input` as piped stdin to the conversation `begin` holds; what the console wrote.
  static func play(_ input: Data, _ begin: ((reader: LineReader, console: Console)) throws -> Void) throws -> String {
    var descriptors: [Int32] = [0, 0]
    try #require(pipe(&descriptors) == 0)
    defer { close(descriptors[0]) }
    // The input fits a pipe's buffer in one write (under 64 KB); then the writer is closed.
    try #require(input.count < 60_000)
    _ = input.withUnsafeBytes { write(descriptors[1], $0.baseAddress, input.count) }
    close(descriptors[1])
    var written = ""
    let console = Console(color: false, sink: { written += $0 })
    let reader = PlainLineReader(output: console, fileDescriptor: descriptors[0], echoesInput: true)
    try begin((reader, console))
    return written
  }

  @Test func aStartAndALaterStartPlayedInProcessWriteTheWalkthroughsTranscripts() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("mentorprep-cli-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    setenv("TZ", "UTC", 1)
    tzset()
    for step in [1, 3] {
      let arguments = try String(contentsOf: Self.walkthrough.appendingPathComponent("\(step).args"), encoding: .utf8)
        .split(separator: "\n").map(String.init).filter { $0 != "start" }
      let command = try StartCommand.parse(arguments + ["--home", home, "--now", "2026-11-20 09:00"])
      let input = try Data(contentsOf: Self.walkthrough.appendingPathComponent("\(step).input"))
      // The binary's walkthrough runs in its default home; this one names it in the hints.
      let written = try Self.play(input) { io in try command.begin(io: io) }
        .replacingOccurrences(of: " --home \(home)", with: "")
      let expected = try String(
        contentsOf: Self.walkthrough.appendingPathComponent("\(step).transcript"), encoding: .utf8)
      #expect(written == expected, "step \(step): \(TextDifference.first(written, expected))")
    }
  }

  /// Input that ends first leaves the session resumable (exit 3's error); `resume` goes on.
  @Test func inputThatEndsFirstIsResumedInProcess() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("mentorprep-cli-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let lines = try String(contentsOf: Self.walkthrough.appendingPathComponent("1.input"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let start = try StartCommand.parse(["--role", "mentee", "--home", home, "--now", "2026-11-20 09:00"])
    #expect(throws: MentorPrepError.self) {
      _ = try Self.play(Data((lines.prefix(12).joined(separator: "\n") + "\n").utf8)) { io in try start.begin(io: io) }
    }
    let resume = try ResumeCommand.parse(["--home", home, "--now", "2026-11-20 09:00"])
    let written = try Self.play(Data((lines.dropFirst(12).joined(separator: "\n")).utf8)) { io in
      try resume.begin(io: io)
    }
    #expect(written.hasPrefix("Resuming session 1."))
    #expect(written.contains("That is the whole conversation. Everything you said is saved."))
  }
}
