import Foundation
import Testing

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
          + "2 sessions since Friday 2 October 2026; 1 of 1 reviewed actions kept; "
          + "milestone: Lead a design review by January.\n"), "\(result.stdout)")
  }
}
