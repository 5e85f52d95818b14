import Foundation
import TestSupport
import Testing

/// Scripted conversations run through the built binary over pipes, each step compared with its
/// golden transcript. A case is a folder of steps sharing one home: `N.args` (one argument a
/// line), `N.input` (stdin), `N.transcript` (stdout) and `N.status` (the exit status).
///
/// `MENTORPREP_RECORD=1` re-records the transcripts and statuses, and fails so that nothing
/// is accepted unseen.
@Suite struct WalkthroughTests {
  static let folder = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Walkthroughs")

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }()

  static var recording: Bool { ProcessInfo.processInfo.environment["MENTORPREP_RECORD"] == "1" }

  @Test func thereAreWalkthroughs() {
    #expect(Self.cases.contains("mentee-first-session"))
    #expect(Self.cases.contains("mentor-closing-out"))
    #expect(Self.cases.contains("mentor-first-and-returning"))
    #expect(Self.cases.contains("mentee-closing-out"))
    #expect(Self.cases.contains("mentee-quick-meetings"))
    #expect(Self.cases.contains("mentor-quick-first"))
  }

  /// A calendar exported after the next meeting updates last time's to-dos: the same UID, the
  /// new date of one carried forward, the status of one settled.
  @Test func aLaterCalendarUpdatesTheToDosOfAnEarlierOne() throws {
    let folder = Self.folder.appendingPathComponent("mentor-first-and-returning")
    func todos(_ step: Int) throws -> [String: (due: String, status: String)] {
      let text = try String(contentsOf: folder.appendingPathComponent("\(step).transcript"), encoding: .utf8)
      var result: [String: (due: String, status: String)] = [:]
      for block in text.components(separatedBy: "BEGIN:VTODO").dropFirst() {
        let lines = block.components(separatedBy: "\r\n")
        func value(_ name: String) -> String {
          lines.first { $0.hasPrefix(name) }.map { String($0.drop { $0 != ":" }.dropFirst()) } ?? ""
        }
        result[value("UID")] = (value("DUE"), value("STATUS"))
      }
      return result
    }
    let first = try todos(2)
    let later = try todos(5)
    #expect(first.count == 2)
    for uid in first.keys { #expect(later[uid] != nil, "\(uid) is updated, not doubled") }
    let done = try #require(first.keys.first { $0.contains("action-1.1") })
    let carried = try #require(first.keys.first { $0.contains("action-1.2") })
    #expect(later[done]?.status == "COMPLETED")
    #expect(first[carried]?.due == "20261125")
    #expect(later[carried]?.due == "20261218")
    #expect(later[carried]?.status == "IN-PROCESS")
  }

  @Test(arguments: cases)
  func walkthroughMatchesItsTranscripts(name: String) throws {
    let caseFolder = Self.folder.appendingPathComponent(name)
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    var step = 1
    while FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("\(step).args").path) {
      let file = { (suffix: String) in caseFolder.appendingPathComponent("\(step).\(suffix)") }
      let arguments = try String(contentsOf: file("args"), encoding: .utf8)
        .split(separator: "\n").map(String.init)
      let input = (try? Data(contentsOf: file("input"))) ?? Data()
      let result = try Binary.run(arguments, input: input, home: home)
      if Self.recording {
        try result.stdoutBytes.write(to: file("transcript"))
        try Data("\(result.status)\n".utf8).write(to: file("status"))
        Issue.record("re-recorded \(name)/\(step); check the diff and run again without MENTORPREP_RECORD")
      } else {
        let expected = try String(contentsOf: file("transcript"), encoding: .utf8)
        let status = try String(contentsOf: file("status"), encoding: .utf8)
        #expect(
          result.stdout == expected,
          "\(name)/\(step): stdout differs from \(step).transcript:\n\(TextDifference.first(result.stdout, expected))")
        #expect(
          "\(result.status)" == status.trimmingCharacters(in: .whitespacesAndNewlines),
          "\(name)/\(step): stderr: \(result.stderr)")
      }
      step += 1
    }
    #expect(step > 1, "\(name) has no steps")
  }

  /// `--transcript FILE` writes the same clean transcript that piped stdout is.
  @Test func transcriptFileMatchesThePipedTranscript() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let input = try Data(contentsOf: Self.folder.appendingPathComponent("mentee-first-session/1.input"))
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let file = home + "/transcript.txt"
    let result = try Binary.run(["--role", "mentee", "--transcript", file], input: input, home: home)
    #expect(result.status == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == result.stdout)
  }
}
