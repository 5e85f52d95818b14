import Foundation
import Testing

/// The partner's name typed in the dialogue, at a real terminal (SPEC §2): a word of a known
/// partner's name asks to confirm and continues that relationship, Tab completes known names,
/// and Enter takes the partner met last.
@Suite struct PartnerNamePromptTests {
  /// A home where Ana Lopez has met Sam Rivera once.
  static func homeWithSamRivera() throws -> String {
    let home = Binary.temporaryHome()
    let first = try Binary.run(
      ["--role", "mentee", "--me", "Ana Lopez", "--with", "Sam Rivera"],
      lines: ["", "", "y", "", "thursday 15:00", "/quit"],
      home: home)
    #expect(first.status == 0, "\(first.stderr)")
    return home
  }

  /// Starts a second session and waits for the partner's name, offered with its default.
  static func atThePartnersName(home: String) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal.start(["--role", "mentee", "--me", "Ana Lopez"], home: home)
    #expect(terminal.waitFor("What is the name of the person you are meeting? [Enter for Sam Rivera]"))
    terminal.waitForPrompt(after: 0)
    return terminal
  }

  static func partner(home: String) throws -> String? {
    try TerminalRecord.answers(home: home, session: "2")["setup.partner"] as? String
  }

  @Test func aWordOfAKnownNameIsConfirmedAndContinuesThatRelationship() throws {
    let home = try Self.homeWithSamRivera()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atThePartnersName(home: home)
    var before = terminal.mark
    terminal.sendLine("sam")
    #expect(terminal.waitFor("Sam Rivera, as before? [Y/n]", after: before))
    terminal.waitForPrompt(after: before)
    before = terminal.mark
    terminal.sendLine("y")
    #expect(terminal.waitFor("Welcome back: this continues your sessions with Sam Rivera.", after: before))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try Self.partner(home: home) == "Sam Rivera")
    // One relationship, not a new one with "sam".
    let progress = try Binary.run(["progress", "--json"], home: home)
    #expect(!progress.stdout.contains("\"sam\""), "\(progress.stdout)")
  }

  @Test func tabCompletesAKnownName() throws {
    let home = try Self.homeWithSamRivera()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atThePartnersName(home: home)
    let before = terminal.mark
    terminal.type("Sa", Key.tab)
    #expect(terminal.waitFor("m Rivera", after: before))
    // The whole name, completed, needs no confirming.
    terminal.finishLine(waitingFor: "Welcome back: this continues your sessions with Sam Rivera.")
    #expect(!terminal.screen(after: before).contains("as before?"))
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try Self.partner(home: home) == "Sam Rivera")
  }

  @Test func enterTakesTheLastPartner() throws {
    let home = try Self.homeWithSamRivera()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atThePartnersName(home: home)
    terminal.finishLine(waitingFor: "Welcome back: this continues your sessions with Sam Rivera.")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try Self.partner(home: home) == "Sam Rivera")
  }

  /// Through pipes, the same: `n` keeps the word as someone new, and a cut at the question
  /// resumes at the same question.
  /// Input cut at the confirmation has answered nothing yet, so nothing is kept; answered
  /// `n`, the name is someone new, and the side you are on is asked for them.
  @Test func noMeansSomeoneNewAndACutBeforeItKeepsNothing() throws {
    let home = try Self.homeWithSamRivera()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let cut = try Binary.run([], lines: ["sam"], home: home)
    #expect(cut.status == 3, "\(cut.stderr)")
    #expect(cut.stderr.contains("no session was kept"), "\(cut.stderr)")
    let again = try Binary.run([], lines: ["sam", "n", "mentee", "/quit"], home: home)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("Sam Rivera, as before? [Y/n]"), "\(again.stdout)")
    #expect(again.stdout.contains("Which side of your mentoring with sam are you on? [1-2]"), "\(again.stdout)")
    #expect(try Self.partner(home: home) == "sam")
  }
}
