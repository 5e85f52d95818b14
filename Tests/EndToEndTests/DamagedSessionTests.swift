import Foundation
import Testing

@testable import MentorPrepStore

/// One damaged row makes only its own session unreadable (SPEC §6): every command still works
/// for the others, `list` names the damaged one on stderr and exits 0, and reading the damaged
/// session itself is 65 with a sentence that names it and does not advise moving the file aside.
@Suite struct DamagedSessionTests {
  /// The relationship fixture (sessions 1, 2 and 4 with Dr. Tomás Okafor, 3 with Ana Ruiz), with
  /// one value of session 3 made unreadable on disk by `damage`.
  static func home(damage: String) throws -> String {
    let home = Binary.temporaryHome()
    try RelationshipFixture.make(home: home)
    let store = try SessionStore(home: home)
    try store.database.write { try $0.execute(sql: damage) }
    return home
  }

  static let damages = [
    "UPDATE session SET created_at = '10000-01-01T00:00' WHERE number = 3",
    "UPDATE session SET phase_reached = 'nowhere' WHERE number = 3",
    "UPDATE answer SET value = '{\"kind\":\"nonsense\"}' WHERE session = 3 AND key = 'setup.me'",
    "UPDATE action SET status = 'lost' WHERE session = 3",
  ]

  @Test(arguments: damages)
  func everyCommandStillWorksForTheOtherSessions(damage: String) throws {
    let home = try Self.home(damage: damage)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let healthy: [[String]] = [
      ["show", "1"], ["show", "4"], ["export", "4", "--format", "json"], ["export", "1", "--format", "markdown"],
      ["due"], ["actions", "--with", "okafor"], ["progress", "--with", "okafor"], ["search", "design"],
      // "for" is in every session's actions, the damaged one's too.
      ["search", "for"],
    ]
    for arguments in healthy {
      let result = try Binary.run(arguments, home: home)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(!result.stdout.isEmpty, "\(arguments)")
    }
    let list = try Binary.run(["list"], home: home)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Dr. Tomás Okafor"))
    let damagedSessionListed = list.stdout.split(separator: "\n").contains { $0.hasPrefix("3 ") }
    let damagedAtTheTop = damage.contains("action") || damage.contains("answer")
    // A session whose own row is damaged is left out of the list and named on stderr.
    if !damagedAtTheTop {
      #expect(!damagedSessionListed)
      #expect(list.stderr.contains("Session 3 is damaged and cannot be read"), "\(list.stderr)")
    }
    for arguments in [["show", "3"], ["export", "3", "--format", "json"]] {
      let result = try Binary.run(arguments, home: home)
      #expect(result.status == 65, "\(arguments): \(result.stdout)")
      #expect(result.stderr.contains("Session 3 is damaged and cannot be read"), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("move it aside"))
    }
    let resume = try Binary.run(["resume", "3"], home: home)
    #expect(resume.status == 65, "\(resume.stderr)")
    #expect(!resume.stderr.contains("move it aside"))
  }
}
