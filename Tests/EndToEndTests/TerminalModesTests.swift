import Foundation
import Testing

/// SPEC §3: the same answers give the same record whether they are typed at a terminal, through
/// libedit, or piped.
@Suite struct TerminalModesTests {
  static let walkthrough = WalkthroughTests.folder.appendingPathComponent("mentee-first-session/1.input")

  @Test func aTypedConversationGivesTheSameRecordAsAPipedOne() throws {
    let typedHome = Binary.temporaryHome()
    let pipedHome = Binary.temporaryHome()
    defer {
      try? FileManager.default.removeItem(atPath: typedHome)
      try? FileManager.default.removeItem(atPath: pipedHome)
    }
    let input = try Data(contentsOf: Self.walkthrough)
    let lines = String(decoding: input, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(lines.count > 60)

    let piped = try Binary.run(["--role", "mentee"], input: input, home: pipedHome)
    #expect(piped.status == 0, "\(piped.stderr)")

    // Wide enough that no answer wraps: a wrapped line could start with what looks like a prompt.
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: typedHome, columns: 250)
    terminal.waitForPrompt(after: 0)
    for (number, line) in lines.enumerated() {
      let before = terminal.mark
      // An earlier answer may stand in the line (after /back): clear it, as a person would.
      terminal.send(Key.ctrlA + Key.ctrlK + line + Key.enter)
      if number < lines.count - 1 {
        guard terminal.waitForPrompt(after: before) else {
          Issue.record("no prompt after line \(number + 1): \(line.debugDescription)")
          return
        }
      }
    }
    #expect(terminal.waitFor("Your follow-up message"))
    #expect(terminal.waitForExit() == 0)

    let typed = try TerminalRecord.answersText(home: typedHome)
    let pipedAnswers = try TerminalRecord.answersText(home: pipedHome)
    #expect(typed.count > 1000)
    #expect(typed == pipedAnswers)
    let typedRecord = try TerminalRecord.json(home: typedHome)
    let pipedRecord = try TerminalRecord.json(home: pipedHome)
    #expect(typedRecord["completed"] as? Bool == true)
    let typedActions = try TerminalRecord.text(of: typedRecord["actions"] ?? [])
    #expect(typedActions.contains("Write the design review agenda"))
    #expect(typedActions == (try TerminalRecord.text(of: pipedRecord["actions"] ?? [])))
  }
}
