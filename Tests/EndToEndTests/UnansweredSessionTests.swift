import Foundation
import Testing

/// A conversation left before its first answer — Ctrl-D, `/quit`, or piped input that ends —
/// leaves no session and no partner behind (SPEC §3), and one answer is enough to keep it.
@Suite struct UnansweredSessionTests {
  static func sessions(home: String) throws -> String {
    try Binary.run(["list", "--json"], home: home).stdout
  }

  @Test func pipedInputThatEndsAtTheFirstQuestionKeepsNoSession() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try Binary.run(["--role", "mentee"], home: home)
    #expect(run.status == 3)
    #expect(run.stderr.contains("no session was kept"))
    #expect(!run.stderr.contains("resume"))
    #expect(try Self.sessions(home: home) == "[]\n")
  }

  @Test func quitBeforeTheFirstAnswerKeepsNeitherSessionNorPartner() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let run = try Binary.run(["--role", "mentee", "--with", "Sam Rivera"], input: Data("/quit\n".utf8), home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try Self.sessions(home: home) == "[]\n")
    // The partner named only by the option is not remembered either.
    #expect(try Binary.run(["actions", "--with", "sam"], home: home).status == 66)
  }

  @Test func oneAnswerKeepsTheSessionUnderTheNextNumber() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], home: home)
    let run = try Binary.run(["--role", "mentee"], input: Data("Ana Lopez\n/quit\n".utf8), home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Session 1."))
    let list = try Self.sessions(home: home)
    #expect(list.contains("\"session\" : 1") || list.contains("\"session\":1"), "\(list)")
  }

  @Test func ctrlDAtTheFirstQuestionSaysNothingWasKept() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    let before = terminal.mark
    terminal.send(Key.ctrlD)
    #expect(terminal.waitFor("Nothing was answered, so no session was kept.", after: before))
    #expect(terminal.waitForExit() == 0)
    #expect(try Self.sessions(home: home) == "[]\n")
  }
}
