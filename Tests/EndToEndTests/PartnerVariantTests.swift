import Foundation
import Testing

/// Through the built binary, every entry point takes the variants of a known partner's name
/// (SPEC §2): Unicode form, spacing, case, accents and titles. `--with` at `start`, and the
/// partner's name typed in the dialogue, reach the same relationship, spelt as stored.
///
/// The core checks every variant at each entry point (MentorPrepCoreTests'
/// `PartnerIdentityTests`, the same names); these runs, a few of each kind, prove the binary
/// takes the name where the core decides it and continues the stored relationship.
@Suite struct PartnerVariantTests {
  /// Spacing, case and a title; the decomposed (NFD) form; a word of the name.
  static let typedWith = ["  dr   TOMÁS\tokafor ", "Dr. Toma\u{301}s Okafor", "okafor"]

  static func recordedPartner(home: String) throws -> String? {
    try TerminalRecord.answers(home: home, session: "2")["setup.partner"] as? String
  }

  @Test(arguments: typedWith)
  func withAtStartContinuesTheRelationship(typed: String) throws {
    let home = try PartnerLookupTests.homeWithOkafor()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try Binary.run(["--role", "mentee", "--with", typed], lines: ["", "/quit"], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Continuing with Dr. Tomás Okafor."), "\(run.stdout)")
    #expect(try Self.recordedPartner(home: home) == "Dr. Tomás Okafor")
  }

  @Test(arguments: ["DR TOMA\u{301}S OKAFOR"])
  func aWholeNameAtThePromptIsThePartnerWithNothingToConfirm(typed: String) throws {
    let home = try PartnerLookupTests.homeWithOkafor()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try Binary.run(["--role", "mentee"], lines: [typed, "/quit"], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains("as before?"), "\(run.stdout)")
    #expect(run.stdout.contains("Welcome back: this continues your sessions with Dr. Tomás Okafor."), "\(run.stdout)")
    #expect(try Self.recordedPartner(home: home) == "Dr. Tomás Okafor")
  }

  @Test(arguments: ["Toma\u{301}s"])
  func aWordAtThePromptIsConfirmed(typed: String) throws {
    let home = try PartnerLookupTests.homeWithOkafor()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try Binary.run(["--role", "mentee"], lines: [typed, "", "/quit"], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Dr. Tomás Okafor, as before? [Y/n]"), "\(run.stdout)")
    #expect(run.stdout.contains("Welcome back: this continues your sessions with Dr. Tomás Okafor."), "\(run.stdout)")
    #expect(try Self.recordedPartner(home: home) == "Dr. Tomás Okafor")
  }

  /// Someone new whose whole name is a word of a known partner's: `n` at the confirmation
  /// meets them, and from then on their whole name is them alone, at `--with` too.
  @Test func aWholeNameIsThatPersonEvenWhenItIsAWordOfAnother() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try Binary.run(
      ["--role", "mentee", "--with", "Sam Lee"], lines: ["Ana Lopez", "", "/quit"], home: home)
    #expect(first.status == 0, "\(first.stderr)")
    let second = try Binary.run(["--role", "mentee"], lines: ["Lee", "n", "", "/quit"], home: home)
    #expect(second.stdout.contains("Sam Lee, as before? [Y/n]"), "\(second.stdout)")
    #expect(try Self.recordedPartner(home: home) == "Lee")
    for (typed, partner) in [("LEE", "Lee"), ("sam", "Sam Lee"), ("Sam  Lee", "Sam Lee")] {
      let progress = try Binary.run(["progress", "--with", typed, "--json"], home: home)
      #expect(progress.status == 0, "\(typed): \(progress.stderr)")
      let rows = try JSONSerialization.jsonObject(with: progress.stdoutBytes) as? [[String: Any]] ?? []
      #expect(rows.compactMap { $0["partner"] as? String } == [partner], "\(typed)")
    }
  }
}
