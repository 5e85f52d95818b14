import Foundation
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
    ("search-phrases", ["search", "follow-up", "design review"], "80", 3),
    ("search-json", ["search", "don't", "--json"], "80", 3),
  ]

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
    #expect(recorded == expected, "\(name): \(WalkthroughTests.firstDifference(recorded, expected))\n\(result.stderr)")
  }
}

/// The three commands on an empty home, with partners that are not there or not one person,
/// and after a conversation killed part-way.
@Suite struct RelationshipCommandEdgeTests {
  @Test func anEmptyHomeSaysSoAndSearchFindsNothing() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let progress = try Binary.run(["progress"], home: home)
    #expect(progress.status == 0)
    #expect(progress.stdout == "No sessions with a partner yet; run `mentorprep start` to begin one.\n")
    let due = try Binary.run(["due"], home: home)
    #expect(due.status == 0)
    #expect(due.stdout == "Nothing is due in the next 7 days.\n")
    let search = try Binary.run(["search", "anything"], home: home)
    #expect(search.status == 1)
    #expect(search.stdout.isEmpty)
    let json = try Binary.run(["search", "anything", "--json"], home: home)
    #expect(json.status == 1)
    #expect(json.stdout == "[]\n")
    #expect(try Binary.run(["progress", "--json"], home: home).stdout == "[]\n")
    let dueJSON = try Binary.run(["due", "--json"], home: home)
    let object = try JSONSerialization.jsonObject(with: dueJSON.stdoutBytes) as? [String: Any]
    #expect(object?["items"] as? [Any] != nil && (object?["items"] as? [Any])?.isEmpty == true)
    #expect(object?["within_days"] as? Int == 7)
  }

  @Test func aPartnerIsMatchedByAnyWordOfTheName() throws {
    for name in ["okafor", "TOMAS", "Dr. Tomás Okafor", "tomás okafor", "Prof Okafor"] {
      let result = try RelationshipCommandTests.run(["progress", "--with", name])
      #expect(result.status == 0, "\(name): \(result.stderr)")
      #expect(result.stdout.hasPrefix("Dr. Tomás Okafor, your mentor\n"), "\(name)")
    }
    let nobody = try RelationshipCommandTests.run(["progress", "--with", "Chen"])
    #expect(nobody.status == 66)
    #expect(nobody.stderr.contains("No partner matches 'Chen'"))
    let unknownSearch = try RelationshipCommandTests.run(["search", "review", "--with", "Chen"])
    #expect(unknownSearch.status == 66)
    let onlyTomas = try RelationshipCommandTests.run(["search", "review", "--with", "okafor", "--json"])
    let hits = try JSONSerialization.jsonObject(with: onlyTomas.stdoutBytes) as? [[String: Any]] ?? []
    #expect(!hits.isEmpty)
    #expect(hits.allSatisfy { $0["partner"] as? String == "Dr. Tomás Okafor" })
    let onlyAna = try RelationshipCommandTests.run(["search", "review", "--with", "ana"])
    #expect(onlyAna.status == 1)
  }

  @Test func twoPeopleSharingAWordIsAUsageError() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    try RelationshipFixture.addPartner("Tomás Ruiz", home: home)
    let result = try Binary.run(["progress", "--with", "ruiz"], home: home)
    #expect(result.status == 64)
    #expect(result.stderr.contains("Ana Ruiz") && result.stderr.contains("Tomás Ruiz"))
  }

  @Test func anActionSettledBetweenMeetingsIsNoLongerDue() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let environment = ["MENTORPREP_NOW": RelationshipFixture.now]
    let before = try Binary.run(["due"], home: home, environment: environment)
    #expect(before.stdout.contains("mentorprep actions done 4.1"))
    #expect(try Binary.run(["actions", "done", "4.1"], home: home).status == 0)
    #expect(try Binary.run(["actions", "drop", "2.2"], home: home).status == 0)
    let after = try Binary.run(["due"], home: home, environment: environment)
    #expect(!after.stdout.contains("4.1") && !after.stdout.contains("2.2"), "\(after.stdout)")
    let progress = try Binary.run(["progress", "--with", "okafor", "--json"], home: home)
    let figures = try JSONSerialization.jsonObject(with: progress.stdoutBytes) as? [[String: Any]]
    let actions = figures?.first?["actions"] as? [String: Any]
    // Done: 1.1, 1.3, 2.1 and now 4.1; dropped: 1.2 and 2.2; reviewed 4, all kept.
    #expect(actions?["done"] as? Int == 4)
    #expect(actions?["dropped"] as? Int == 2)
    #expect(actions?["kept_rate"] as? Double == 1)
  }

  @Test func searchWantsAWord() throws {
    let result = try RelationshipCommandTests.run(["search", "--", "-"])
    #expect(result.status == 64)
  }

  /// What was answered before a kill is found: the index is written with each answer.
  @Test func searchFindsWhatAKilledConversationAnswered() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let running = try RunningProcess(["--role", "mentee"], home: home)
    let lines = Array(SessionMemoryTests.menteeInput.prefix(9))
    #expect(lines.last?.contains("platform team") == true)
    running.send(lines)
    running.waitForPrompts(lines.count + 1)
    running.kill(SIGKILL)
    let result = try Binary.run(["search", "platform team"], home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("[platform team]"))
    #expect(result.stdout.hasPrefix("session 1  "))
  }
}

/// A returning session starts with one line of the relationship so far.
@Suite struct WelcomeBackProgressTests {
  @Test func aReturningSessionSaysHowTheRelationshipStands() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home, sessions: 2)
    let result = try Binary.run(
      ["start", "--role", "mentee", "--with", "Dr. Tomás Okafor"], lines: ["Sam Lee", "/quit"],
      home: home, environment: ["MENTORPREP_NOW": RelationshipFixture.now])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "Welcome back: this continues your sessions with Dr. Tomás Okafor.\n"
          + "2 sessions since Friday 2 October 2026; 2 of 2 reviewed actions kept; "
          + "milestone: Lead a design review by January.\n"), "\(result.stdout)")
  }
}

/// At a terminal: matches in bold, charts as wide as the terminal.
@Suite struct RelationshipTerminalTests {
  @Test func searchMarksMatchesInBoldAtATerminal() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let terminal = try PseudoTerminal.start(
      ["search", "don't"], home: home, environment: ["MENTORPREP_NOW": RelationshipFixture.now])
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.raw().contains("\u{1B}[1mDon't\u{1B}[22m skip the pre-read"))
    #expect(!terminal.raw().contains("[Don't]"))
  }

  @Test func progressFillsTheTerminalsWidth() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let terminal = try PseudoTerminal.start(
      ["progress", "--with", "okafor"], home: home,
      environment: ["MENTORPREP_NOW": RelationshipFixture.now], unset: ["COLUMNS"], columns: 60)
    #expect(terminal.waitForExit() == 0)
    let timeLine = PseudoTerminal.plain(terminal.raw()).split(whereSeparator: \.isNewline)
      .first { $0.hasPrefix("  ●") }
    // Two columns are left free: a line that reaches the last column wraps on some terminals.
    #expect(timeLine?.count == 58)
  }
}
