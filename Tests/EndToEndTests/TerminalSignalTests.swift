import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C, Ctrl-D, SIGTERM, SIGHUP and SIGWINCH at a prompt: a typed line is cleared, leaving
/// saves everything answered, the terminal is left as it was found, and a resize changes
/// nothing.
@Suite struct TerminalSignalTests {
  /// Starts a mentee's conversation, answers the name, and waits at the partner's name.
  static func atPartnerQuestion(home: String) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    terminal.answer("Ana Lopez")
    #expect(terminal.screen.contains("What is the name of the person you are meeting?"))
    return terminal
  }

  /// `resume` comes back to the partner's name with the name kept, and finishes the question.
  static func expectResumeAtPartnerQuestion(home: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let terminal = try PseudoTerminal.start(["resume"], home: home)
    #expect(terminal.waitFor("Resuming session 1.", sourceLocation: sourceLocation))
    #expect(terminal.waitFor("What is the name of the person you are meeting?", sourceLocation: sourceLocation))
    terminal.waitForPrompt(after: 0, sourceLocation: sourceLocation)
    #expect(!terminal.screen.contains("What is your name?"), sourceLocation: sourceLocation)
    terminal.finishLineTyping("Sam Rivera", waitingFor: "What is Sam Rivera's email address?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0, sourceLocation: sourceLocation)
    let answers = try TerminalRecord.answers(home: home)
    #expect(answers["setup.me"] as? String == "Ana Lopez", sourceLocation: sourceLocation)
    #expect(answers["setup.partner"] as? String == "Sam Rivera", sourceLocation: sourceLocation)
  }

  @Test func ctrlCClearsATypedLineWithoutSendingIt() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    var before = terminal.mark
    terminal.type("Not my name")
    // Read by libedit (it draws the text): Ctrl-C makes the terminal drop what is still unread.
    #expect(terminal.waitFor("Not my name", after: before))
    before = terminal.mark
    terminal.send(Key.ctrlC)
    #expect(terminal.waitFor("^C", after: before))
    terminal.waitForPrompt(after: before)
    #expect(!terminal.screen(after: before).contains("What is the name of the person you are meeting?"))
    #expect(!terminal.screen(after: before).contains("Press Ctrl-C again"), "a typed line is not an empty one")
    terminal.finishLineTyping("Ana Lopez", waitingFor: "What is the name of the person you are meeting?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez")
  }

  @Test func ctrlCTwiceOnAnEmptyLineSavesAndLeaves() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atPartnerQuestion(home: home)
    var before = terminal.mark
    terminal.send(Key.ctrlC)
    #expect(terminal.waitFor("(Press Ctrl-C again, or Ctrl-D, to save and leave.)", after: before))
    terminal.waitForPrompt(after: before)
    before = terminal.mark
    terminal.send(Key.ctrlC)
    #expect(terminal.waitFor("Saved. Continue any time with `mentorprep resume`.", after: before))
    #expect(terminal.waitForExit() == 0)
    try Self.expectResumeAtPartnerQuestion(home: home)
  }

  @Test func ctrlDOnAnEmptyLineSavesAndLeaves() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atPartnerQuestion(home: home)
    let before = terminal.mark
    terminal.send(Key.ctrlD)
    #expect(terminal.waitFor("Saved.", after: before))
    #expect(terminal.waitForExit() == 0)
    // The goodbye starts a line of its own rather than trailing the prompt.
    #expect(terminal.screen(after: before).contains("\nSaved."))
    try Self.expectResumeAtPartnerQuestion(home: home)
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalAtAPromptSavesLeavesAndRestoresTheTerminal(signal: Int32) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atPartnerQuestion(home: home)
    // While libedit reads, the terminal is in its raw mode (set once the prompt is drawn).
    #expect(terminal.waitForModes("libedit's raw mode") { $0.c_lflag & tcflag_t(ICANON) == 0 })
    terminal.type("Sam")
    let before = terminal.mark
    terminal.signal(signal)
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.screen(after: before).contains("\nSaved."), "the goodbye starts a line of its own")

    let restored = try #require(terminal.modes)
    #expect(restored.c_lflag & tcflag_t(ICANON) != 0, "canonical input (line editing by the terminal) is back")
    #expect(restored.c_lflag & tcflag_t(ECHO) != 0, "echo is back")
    #expect(restored.c_lflag & tcflag_t(ISIG) != 0)
    #expect(restored.c_oflag & tcflag_t(OPOST) != 0)
    // What was typed but not sent is not an answer.
    #expect(try TerminalRecord.answers(home: home)["setup.partner"] == nil)
    try Self.expectResumeAtPartnerQuestion(home: home)
  }

  /// A signal that comes while the program is busy with lines typed ahead (a paste) is not
  /// lost: the program leaves at its next read instead of waiting at a prompt for ever.
  @Test(arguments: [["--role", "mentee"], ["--role", "mentee", "--plain"]])
  func aSignalWhileTypedAheadLinesAreAnsweredStillLeaves(arguments: [String]) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let input = try String(contentsOf: TerminalModesTests.walkthrough, encoding: .utf8)
    // Less than the terminal's 4 KB input buffer, and far from the end of the conversation.
    let lines = input.split(separator: "\n", omittingEmptySubsequences: false).prefix(100)
    let terminal = try PseudoTerminal.start(arguments, home: home)
    terminal.waitForPrompt(after: 0)
    // One answer first: a session left before its first answer is not kept at all.
    terminal.answer(String(lines[0]))
    let before = terminal.mark
    terminal.send(lines.dropFirst().joined(separator: Key.enter) + Key.enter)
    terminal.signal(SIGTERM)
    let status = terminal.waitForExit(timeout: 20)
    if status == nil {
      // Still waiting at a prompt: free the session for the resume below.
      terminal.signal(SIGKILL)
      _ = terminal.waitForExit()
    }
    #expect(status == 0, "the program should have left")
    // (Without a line editor, the terminal echoes the paste as it comes, amid the output.)
    #expect(terminal.screen(after: before).contains("Saved. Continue any time"))

    let resumed = try PseudoTerminal.start(["resume"], home: home)
    #expect(resumed.waitFor("Resuming session 1."))
    resumed.waitForPrompt(after: 0)
    resumed.sendLine("/quit")
    #expect(resumed.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.role"] as? String == "mentee")
  }

  @Test func aResizedWindowKeepsTheLineAndTheConversation() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.atPartnerQuestion(home: home)
    terminal.type("Sam Riv")
    let before = terminal.mark
    terminal.resize(rows: 20, columns: 50)
    terminal.signal(SIGWINCH)
    // The prompt and the line are drawn again at the new width.
    #expect(terminal.waitFor("> Sam Riv", after: before))
    terminal.type("era")
    terminal.finishLine(waitingFor: "What is Sam Rivera's email address?")
    // Resized again at an empty prompt: the next answer is taken as usual.
    terminal.resize(rows: 50, columns: 160)
    terminal.pause()
    terminal.finishLineTyping("sam@example.org", waitingFor: "And what is your own email address?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    let answers = try TerminalRecord.answers(home: home)
    #expect(answers["setup.partner"] as? String == "Sam Rivera")
    #expect(answers["setup.partner_email"] as? String == "sam@example.org")
  }
}

extension PseudoTerminal {
  /// Types `text`, presses Enter and waits until `next` and its prompt are shown.
  func finishLineTyping(_ text: String, waitingFor next: String, sourceLocation: SourceLocation = #_sourceLocation) {
    type(text)
    finishLine(waitingFor: next, sourceLocation: sourceLocation)
  }
}
