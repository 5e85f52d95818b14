import Foundation
import Testing

/// The line editor's history lives in the home folder, private to its owner, and carries over
/// from one run to the next: Up recalls a line, Ctrl-R searches for one.
@Suite struct TerminalHistoryTests {
  /// Answers the name (and the partner's, when given), then leaves with /quit.
  static func firstRun(home: String, answers: [String]) throws {
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    for answer in answers { terminal.answer(answer) }
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func upRecallsALineTypedInAnEarlierRun() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try Self.firstRun(home: home, answers: ["Ana Lopez"])

    let history = home + "/history"
    let attributes = try FileManager.default.attributesOfItem(atPath: history)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let homeAttributes = try FileManager.default.attributesOfItem(atPath: home)
    #expect((homeAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)

    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    #expect(terminal.waitFor("What is your name?"))
    terminal.waitForPrompt(after: 0)
    // The latest line is the name: the /quit that ended the first run only steered the
    // conversation, and is not kept.
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains("Ana"))
    #expect(!saved.contains("/quit"), "commands are not kept in the history")
    let before = terminal.mark
    terminal.send(Key.up)
    #expect(terminal.waitFor("Ana Lopez", after: before))
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)

    #expect(try TerminalRecord.answers(home: home, session: "2")["setup.me"] as? String == "Ana Lopez")
  }

  @Test func ctrlRFindsAnEarlierLine() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try Self.firstRun(home: home, answers: ["Ana Lopez", "Sam Rivera"])

    // Your name is known from the first session, so the partner's comes first.
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    #expect(terminal.waitFor("What is the name of the person you are meeting?"))
    terminal.waitForPrompt(after: 0)
    let before = terminal.mark
    terminal.type(Key.ctrlR, "Riv")
    #expect(terminal.waitFor("Sam Rivera", after: before))
    // A partner met before: the emails are known, so the depth comes next.
    terminal.finishLine(waitingFor: "How deep do you want to go")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)

    let answers = try TerminalRecord.answers(home: home, session: "2")
    #expect(answers["setup.me"] as? String == "Ana Lopez")
    #expect(answers["setup.partner"] as? String == "Sam Rivera")
  }
}
