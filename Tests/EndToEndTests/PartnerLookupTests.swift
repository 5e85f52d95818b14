import Foundation
import Testing

/// `--with NAME` names a partner met before by the whole name or any word of it (SPEC §2); email
/// addresses are checked when they are typed, at setup or with `--email`.
@Suite struct PartnerLookupTests {
  /// A home with one complete session with Dr. Tomás Okafor, whose three actions are open.
  static func homeWithOkafor() throws -> String {
    let home = Binary.temporaryHome()
    var lines = SessionMemoryTests.menteeInput
    lines[1] = "Dr. Tomás Okafor"
    let first = try Binary.run(["--role", "mentee"], lines: lines, home: home)
    #expect(first.status == 0, "\(first.stderr)")
    return home
  }

  static func partners(of result: Binary.Result) throws -> [String] {
    let rows = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]] ?? []
    return rows.compactMap { $0["partner"] as? String }
  }

  @Test func actionsWithFindsOnePartnerByAnyWordRefusesNobodyAndAsksWhichOfSeveral() throws {
    let home = try Self.homeWithOkafor()
    defer { try? FileManager.default.removeItem(atPath: home) }
    for name in ["Tomás", "tomás okafor", "okafor", "Dr Tomas Okafor"] {
      let found = try Binary.run(["actions", "--with", name, "--json"], home: home)
      #expect(found.status == 0, "\(name): \(found.stderr)")
      #expect(try Self.partners(of: found) == Array(repeating: "Dr. Tomás Okafor", count: 3), "\(name)")
    }

    let nobody = try Binary.run(["actions", "--with", "Nobody"], home: home)
    #expect(nobody.status == 66)
    #expect(nobody.stderr.contains("No partner matches 'Nobody'; `mentorprep list` shows the people you have met."))
    #expect(nobody.stdout.isEmpty)

    // A second Tomás makes the first name ambiguous, and the surname still enough.
    let reyes = try Binary.run(
      ["start", "--role", "mentee", "--with", "Tomás Reyes"], lines: ["Ana Lopez", "", "", "/quit"], home: home)
    #expect(reyes.status == 0, "\(reyes.stderr)")
    #expect(!reyes.stdout.contains("Continuing with"))
    let several = try Binary.run(["actions", "--with", "tomas"], home: home)
    #expect(several.status == 64)
    #expect(several.stderr.contains("'tomas' could be Dr. Tomás Okafor, Tomás Reyes; give more of the name."))
    let okafor = try Binary.run(["actions", "--with", "okafor", "--json"], home: home)
    #expect(okafor.status == 0)
    #expect(try Self.partners(of: okafor).count == 3)
  }

  @Test func startWithOneKnownPartnerContinuesUnderTheStoredName() throws {
    let home = try Self.homeWithOkafor()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let second = try Binary.run(["start", "--role", "mentee", "--with", "okafor"], lines: ["", "/quit"], home: home)
    #expect(second.status == 0, "\(second.stderr)")
    let lines = second.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Continuing with Dr. Tomás Okafor.")
    #expect(second.stdout.contains("Welcome back: this continues your sessions with Dr. Tomás Okafor."))
    #expect(try SessionMemoryTests.answers(home: home, session: "2")["setup.partner"] == "\"Dr. Tomás Okafor\"")

    // Someone not met before is a new relationship under the name as typed.
    let new = try Binary.run(["start", "--role", "mentee", "--with", "Priya Shah"], lines: ["", "/quit"], home: home)
    #expect(new.status == 0, "\(new.stderr)")
    #expect(!new.stdout.contains("Continuing with"))
    #expect(!new.stdout.contains("Welcome back"))
    #expect(try SessionMemoryTests.answers(home: home, session: "3")["setup.partner"] == "\"Priya Shah\"")
  }

  @Test func aBadAddressAtSetupIsAskedAgainAndRefusedOnTheCommandLine() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let started = try Binary.run(
      ["start", "--role", "mentee", "--with", "Priya Shah"],
      lines: ["Ana Lopez", "priya at example", "priya@example.org", "ana@localhost", "", "/quit"], home: home)
    #expect(started.status == 0, "\(started.stderr)")
    let reason = "That does not look like an email address (name@example.org)."
    #expect(started.stdout.components(separatedBy: reason).count == 3, "\(started.stdout)")
    #expect(started.stdout.contains("What is Priya Shah's email address? [email, optional]"))
    let answers = try SessionMemoryTests.answers(home: home, session: "1")
    #expect(answers["setup.partner_email"] == "\"priya@example.org\"")
    #expect(answers["setup.my_email"] == nil || answers["setup.my_email"] == "null")

    let refused = try Binary.run(["start", "--role", "mentee", "--email", "priya at example"], lines: [], home: home)
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--email must be an address like name@example.org, not 'priya at example'."))
    let listed = try Binary.run(["list", "--json"], home: home)
    let sessions = try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]] ?? []
    #expect(sessions.count == 1)
  }
}
