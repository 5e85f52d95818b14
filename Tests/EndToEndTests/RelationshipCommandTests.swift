import Foundation
import TestSupport
import Testing

/// `progress`, `due` and `search` on a home with two partners, their text (golden files under
/// `Relationship/`, at widths 80 and 40) and their JSON; and on an empty home.
///
/// `MENTORPREP_RECORD=1` re-records the golden files, and fails so nothing is accepted unseen.
@Suite struct RelationshipCommandTests {
  static let folder = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Relationship")

  /// Runs a command on a fresh fixture home at the fixture's clock.
  static func run(
    _ arguments: [String], sessions: Int = 3, environment: [String: String] = [:]
  ) throws -> Binary.Result {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home, sessions: sessions)
    var extra = ["MENTORPREP_NOW": RelationshipFixture.now, "COLUMNS": "80", "TERM": "xterm"]
    for (key, value) in environment { extra[key] = value }
    return try Binary.run(arguments, home: home, environment: extra)
  }

  static let goldens: [(name: String, arguments: [String], columns: String, sessions: Int)] = [
    ("progress-80", ["progress"], "80", 3),
    ("progress-40", ["progress"], "40", 3),
    ("progress-with-80", ["progress", "--with", "okafor"], "80", 3),
    ("progress-with-40", ["progress", "--with", "okafor"], "40", 3),
    ("progress-with-plain-80", ["progress", "--with", "tomas", "--plain"], "80", 3),
    ("progress-with-one-session", ["progress", "--with", "Tomás"], "80", 1),
    ("progress-with-json", ["progress", "--with", "okafor", "--json"], "80", 3),
    ("progress-json", ["progress", "--json"], "80", 3),
    ("due", ["due"], "80", 3),
    ("due-within-30", ["due", "--within", "30"], "80", 3),
    ("due-json", ["due", "--json"], "80", 3),
    ("search-tomas", ["search", "tomas"], "80", 3),
    ("search-tomas-all", ["search", "tomas", "--all"], "80", 3),
    ("search-phrases", ["search", "follow-up", "design review"], "80", 3),
    ("search-json", ["search", "don't", "--json"], "80", 3),
  ]

  /// For a screen reader (`ACCESSIBLE`, as `--plain`): charts in ASCII, each preceded by a
  /// sentence that says what it shows.
  @Test func aScreenReaderHearsWhatEachChartShowsFirst() throws {
    let accessible = try Self.run(["progress", "--with", "tomas"], sessions: 3, environment: ["ACCESSIBLE": "1"])
    let plain = try Self.run(["progress", "--with", "tomas", "--plain"], sessions: 3)
    #expect(accessible.stdout == plain.stdout)
    #expect(!plain.stdout.contains("█"))
    let lines = plain.stdout.components(separatedBy: "\n")
    for title in ["Sessions", "Kept-rate by session", "Session ratings (1-5)"] {
      let index = try #require(lines.firstIndex(of: title))
      #expect(lines[index + 1].hasSuffix(".") && !lines[index + 1].hasPrefix(" "), "\(lines[index + 1])")
    }
    #expect(lines.contains("Session 2 kept 1 of its 2 actions, down from 1 of 1 at session 1."))
    #expect(lines.contains { $0.hasPrefix("Kept: 2 of 3 (67%) ####") })
  }

  @Test(arguments: goldens.map(\.name))
  func outputMatchesItsGoldenFile(name: String) throws {
    guard let golden = Self.goldens.first(where: { $0.name == name }) else { return }
    let result = try Self.run(
      golden.arguments, sessions: golden.sessions, environment: ["COLUMNS": golden.columns])
    let file = Self.folder.appendingPathComponent(name + ".txt")
    let recorded = "status \(result.status)\n" + result.stdout
    if ProcessInfo.processInfo.environment["MENTORPREP_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(recorded.utf8).write(to: file)
      Issue.record("re-recorded \(name); check the diff and run again without MENTORPREP_RECORD")
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(recorded == expected, "\(name): \(TextDifference.first(recorded, expected))\n\(result.stderr)")
  }
}
