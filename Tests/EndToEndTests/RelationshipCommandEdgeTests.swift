import Foundation
import Testing

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

  /// JSON gives the plain text and each match's place in it, counted in Unicode scalars.
  @Test func searchJSONGivesTheTextAndTheMatchesOffsets() throws {
    let result = try RelationshipCommandTests.run(["search", "tomas", "--all", "--json"])
    #expect(result.status == 0)
    let hits = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]] ?? []
    let first = try #require(hits.first)
    let text = try #require(first["text"] as? String)
    #expect(text == "Dr. Tomás Okafor")
    let matches = first["matches"] as? [[String: Int]] ?? []
    #expect(matches == [["start": 4, "length": 5]])
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[4..<9])) == "Tomás")
    #expect(!result.stdout.contains("[Tom") && !result.stdout.contains("\\u001b"))
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
    // Done: 1.1, 2.1 and now 4.1; dropped: 1.2 and 2.2; reviewed 3, all kept.
    #expect(actions?["done"] as? Int == 3)
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
    let lines = Array(SessionMemoryTests.menteeInput.prefix(10))
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
