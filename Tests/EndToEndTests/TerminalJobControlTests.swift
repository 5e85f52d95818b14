import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// mentorprep among other processes at a terminal: a signal sent to it alone ends it alone,
/// Ctrl-Z and `fg` under a job-control shell suspend and resume the line being edited, and
/// with stdout a pipe the plain reader keeps what was typed.
@Suite struct TerminalJobControlTests {
  /// A shell in a new terminal, with the binary's path and the test's home in its environment.
  static func shell(_ arguments: [String], home: String, extra: [String: String] = [:]) throws -> PseudoTerminal {
    var environment = Binary.environment(
      home: home, extra: ["TERM": "xterm-256color", "MENTORPREP": Binary.url.path])
    for (key, value) in extra { environment[key] = value }
    let shell = arguments.first == "--norc" ? "/bin/bash" : "/bin/sh"
    return try PseudoTerminal(arguments: arguments, environment: environment, executable: shell)
  }

  /// The process ids of `parent`'s children (Linux's /proc).
  static func children(of parent: pid_t) -> [pid_t] {
    let text = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { pid_t($0) }
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalToMentorprepAloneLeavesItsShellRunning(signal: Int32) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.shell(["-c", "\"$MENTORPREP\" --role mentee; echo after:$?"], home: home)
    #expect(terminal.waitFor("What is your name?"))
    terminal.waitForPrompt(after: 0)
    terminal.answer("Ana Lopez")
    let program = try #require(Self.children(of: terminal.pid).first)
    kill(program, signal)
    #expect(terminal.waitFor("after:0"), "the shell goes on after mentorprep saved and left")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez")
  }

  @Test func ctrlZStopsAndFgResumesTheLineBeingEdited() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try Self.shell(["--norc", "--noprofile", "-i"], home: home, extra: ["PS1": "jobshell$ "])
    #expect(terminal.waitFor("jobshell$ "))
    terminal.sendLine("\"$MENTORPREP\" --role mentee")
    #expect(terminal.waitFor("What is your name?"))
    terminal.waitForPrompt(after: 0)
    var before = terminal.mark
    terminal.type("Ana")
    #expect(terminal.waitFor("Ana", after: before))
    before = terminal.mark
    terminal.send("\u{1A}")  // Ctrl-Z
    #expect(terminal.waitFor("Stopped", after: before))
    #expect(terminal.waitFor("jobshell$ ", after: before), "the shell's prompt is back")
    before = terminal.mark
    terminal.sendLine("fg")
    // libedit's mode is back and the line is drawn again, with what was typed so far.
    #expect(terminal.waitFor("> Ana", after: before))
    terminal.waitForLineEditor()
    terminal.finishLineTyping(" Lopez", waitingFor: "What is the name of the person you are meeting?")
    before = terminal.mark
    terminal.sendLine("/quit")
    #expect(terminal.waitFor("jobshell$ ", after: before))
    terminal.sendLine("exit")
    #expect(terminal.waitForExit() != nil)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez")
  }

  @Test func aPipedStdoutGetsPromptsAndTypedAnswers() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    // Outside the home folder, which mentorprep creates itself after tee opens the log.
    let log = NSTemporaryDirectory() + "mentorprep-tee-\(UUID().uuidString).log"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let terminal = try Self.shell(
      ["-c", "\"$MENTORPREP\" --role mentee | tee \"$LOG\"; echo after:pipeline"], home: home, extra: ["LOG": log])
    #expect(terminal.waitFor("What is your name?"))
    #expect(terminal.waitFor("\n> "), "the prompt shows")
    let before = terminal.mark
    terminal.sendLine("Ana Lopez")
    #expect(terminal.waitFor("What is the name of the person you are meeting?", after: before))
    terminal.sendLine("/quit")
    #expect(terminal.waitFor("after:pipeline"))
    #expect(terminal.waitForExit() == 0)
    let written = try String(contentsOfFile: log, encoding: .utf8)
    #expect(written.contains("What is your name?"))
    #expect(written.contains("> Ana Lopez\n"), "what was typed is kept after its prompt")
    #expect(written.contains("What is the name of the person you are meeting?"))
    #expect(!written.contains("\u{1B}"), "no escape codes in a pipe")
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez")
  }
}
