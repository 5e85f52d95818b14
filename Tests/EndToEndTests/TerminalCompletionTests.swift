import Foundation
import Testing

/// Tab completes commands, choices, question ids, state ids and export formats.
@Suite struct TerminalCompletionTests {
  @Test func tabCompletesACommand() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    var before = terminal.mark
    terminal.type("/he", Key.tab)
    #expect(terminal.waitFor("lp", after: before))
    before = terminal.mark
    terminal.send(Key.enter)
    // "/he" alone is an unknown command; completed, it is /help.
    #expect(terminal.waitFor("Commands:", after: before))
    #expect(!terminal.screen(after: before).contains("Unknown command"))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func tabCompletesAChoice() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--me", "Ana Lopez", "--with", "Sam Rivera"], home: home)
    #expect(terminal.waitFor("Which side of your mentoring with Sam Rivera are you on? [1-2]"))
    terminal.waitForPrompt(after: 0)
    let before = terminal.mark
    terminal.type("mente", Key.tab)
    #expect(terminal.waitFor("e", after: before))
    terminal.finishLine(waitingFor: "What is Sam Rivera's email address?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.role"] as? String == "mentee")
  }

  @Test func tabCompletesIdsAfterEditGotoAndExport() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    terminal.answer("Ana Lopez")

    // A question id after /edit.
    var before = terminal.mark
    terminal.type("/edit setup.m", Key.tab)
    #expect(terminal.waitFor("e ", after: before))
    terminal.finishLine(waitingFor: "What is your name?")
    terminal.type(Key.ctrlA, Key.ctrlK, "Ana Maria")
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")

    // With several candidates, their list is shown and the line kept.
    before = terminal.mark
    terminal.type("/edit setup.", Key.tab)
    #expect(terminal.waitFor("setup.me  setup.role", after: before))
    terminal.type(Key.ctrlA, Key.ctrlK)

    // A state id after /goto.
    before = terminal.mark
    terminal.type("/goto before.pu", Key.tab)
    #expect(terminal.waitFor("rpose", after: before))
    terminal.finishLine(waitingFor: "Purpose — before the meeting")

    // A format after /export.
    before = terminal.mark
    terminal.type("/export ma", Key.tab)
    #expect(terminal.waitFor("rkdown", after: before))
    terminal.finishLine(waitingFor: "# Mentoring session 1: Ana Maria")

    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Maria")
  }
}
