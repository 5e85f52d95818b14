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
    // It says so truthfully: nothing was saved, so there is nothing to resume.
    #expect(run.stdout.contains("Nothing was answered, so no session was kept."), "\(run.stdout)")
    #expect(!run.stdout.contains("Saved."), "\(run.stdout)")
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
    #expect(run.stdout.contains("Saved. Continue any time with `mentorprep resume"), "\(run.stdout)")
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

  /// `make run` starts the program with `MENTORPREP_RUN_BY=make`: `mentorprep` need not be on
  /// the PATH then, so each hint names the command that runs it again.
  @Test func startedByMakeRunTheHintsNameMakeRun() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let make = ["MENTORPREP_RUN_BY": "make"]
    let quit = try Binary.run(["--role", "mentee"], lines: ["Ana Lopez", "/quit"], home: home, environment: make)
    #expect(quit.status == 0, "\(quit.stderr)")
    #expect(quit.stdout.contains("Continue any time with `make run ARGS=resume`."), "\(quit.stdout)")
    #expect(!quit.stdout.contains("`mentorprep resume"), "\(quit.stdout)")
    let ended = try Binary.run(["resume"], lines: [], home: home, environment: make)
    #expect(ended.status == 3)
    #expect(ended.stderr.contains("continue it with `make run ARGS=\"resume 1\"`."), "\(ended.stderr)")
  }
}
