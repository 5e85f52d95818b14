import Foundation
import Testing

/// What the terminal shows: colour only when allowed, nothing of an answer raw, and where the
/// conversation stands.
@Suite struct TerminalDisplayTests {
  /// Answers the name, asks /where, and leaves; returns everything the terminal received.
  static func shortConversation(
    _ arguments: [String], environment: [String: String] = [:], unset: [String] = []
  ) throws -> String {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(
      ["--role", "mentee"] + arguments, home: home, environment: environment, unset: unset)
    terminal.waitForPrompt(after: 0)
    terminal.finishLineTyping("Ana Lopez", waitingFor: "What is the name of the person you are meeting?")
    let before = terminal.mark
    terminal.sendLine("/where")
    #expect(terminal.waitFor("[>] Who and when", after: before))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez")
    return terminal.raw()
  }

  /// The colour and style codes (SGR: `ESC [ … m`) in `text`.
  static func styleCodes(in text: String) -> [String] {
    var codes: [String] = []
    var scalars = text.unicodeScalars[...]
    while let escape = scalars.firstIndex(of: "\u{1B}") {
      scalars = scalars[scalars.index(after: escape)...]
      guard scalars.first == "[" else { continue }
      var code = "\u{1B}["
      scalars = scalars.dropFirst()
      while let scalar = scalars.first {
        scalars = scalars.dropFirst()
        code.unicodeScalars.append(scalar)
        if (0x40...0x7E).contains(scalar.value) { break }
      }
      if code.hasSuffix("m") { codes.append(code) }
    }
    return codes
  }

  @Test func aTerminalGetsColourAndTheTypedAnswerIsNotPainted() throws {
    let raw = try Self.shortConversation([])
    #expect(Self.styleCodes(in: raw).count > 5)
    #expect(raw.contains("\u{1B}[1;34mWho and when"))
    // The prompt's colour is switched off before what the person types: libedit drops a colour
    // code at the very end of a prompt, which once left every answer in the prompt's colour.
    let typed = try #require(raw.range(of: "Ana Lopez"))
    let lastCode = Self.styleCodes(in: String(raw[..<typed.lowerBound])).last
    #expect(lastCode == "\u{1B}[0m")
  }

  @Test(arguments: [
    ColourCase(name: "NO_COLOR=1", arguments: [], environment: ["NO_COLOR": "1"]),
    ColourCase(name: "--no-color", arguments: ["--no-color"], environment: [:]),
  ])
  func noColourWhenAskedNot(colour: ColourCase) throws {
    let raw = try Self.shortConversation(colour.arguments, environment: colour.environment)
    #expect(Self.styleCodes(in: raw) == [], "\(colour.name)")
    // libedit still draws the line with its own cursor movements.
    #expect(raw.contains("Ana Lopez"))
  }

  @Test(arguments: [
    ColourCase(name: "TERM=dumb", arguments: [], environment: ["TERM": "dumb"]),
    ColourCase(name: "--plain", arguments: ["--plain"], environment: [:]),
    ColourCase(name: "TERM=dumb --plain", arguments: ["--plain"], environment: ["TERM": "dumb"]),
    ColourCase(name: "ACCESSIBLE=1", arguments: [], environment: ["ACCESSIBLE": "1"]),
    ColourCase(name: "ACCESSIBLE=yes", arguments: [], environment: ["ACCESSIBLE": "yes"]),
  ])
  func noLineEditorAndNoEscapeAtAllInPlainMode(colour: ColourCase) throws {
    let raw = try Self.shortConversation(colour.arguments, environment: colour.environment)
    #expect(!raw.contains("\u{1B}"), "\(colour.name): \(raw.debugDescription.prefix(300))")
    // The prompt, then the typed text as the terminal itself echoes it.
    #expect(raw.contains("\n> Ana Lopez\r\n"), "\(colour.name)")
    #expect(raw.contains("[>] Who and when (setup.who)"))
  }

  struct ColourCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var environment: [String: String]
    var testDescription: String { name }
  }

  // MARK: - Safe display

  static let hostileName = "Ana\u{1B}]0;pwned\u{07}"
  static let hostilePartner = "\u{1B}[2JSam"

  @Test func escapeSequencesInAnswersAreShownEscaped() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let piped = try Binary.run(
      ["--role", "mentee"], lines: [Self.hostileName, Self.hostilePartner, "/review"], home: home)
    #expect(piped.status == 3)
    #expect(!piped.stdout.contains("\u{1B}"))
    #expect(!piped.stdout.contains("\u{07}"))
    #expect(piped.stdout.contains("setup.me: Ana\\e]0;pwned\\x07"))
    #expect(piped.stdout.contains("What is \\e[2JSam's email address?"))

    let shown = try Binary.run(["show"], home: home)
    #expect(shown.status == 0)
    #expect(!shown.stdout.contains("\u{1B}"))
    #expect(shown.stdout.contains("Ana\\e]0;pwned\\x07"))

    // At a terminal, with colour on: the only escapes are the program's own.
    let terminal = try PseudoTerminal.start(["resume"], home: home)
    #expect(terminal.waitFor("What is \\e[2JSam's email address?"))
    terminal.waitForPrompt(after: 0)
    let before = terminal.mark
    terminal.sendLine("/review")
    #expect(terminal.waitFor("setup.partner: \\e[2JSam", after: before))
    #expect(terminal.waitFor("setup.me: Ana\\e]0;pwned\\x07", after: before))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    let raw = terminal.raw()
    #expect(!raw.contains("\u{1B}]"))
    #expect(!raw.contains("\u{1B}[2J"))
    #expect(!raw.contains("\u{07}"))
    #expect(Self.styleCodes(in: raw).count > 3, "colour was on")

    let shownAtTerminal = try PseudoTerminal.start(["show"], home: home)
    #expect(shownAtTerminal.waitForExit() == 0)
    #expect(shownAtTerminal.screen.contains("Ana\\e]0;pwned\\x07"))
    #expect(!shownAtTerminal.raw().contains("\u{1B}]"))
    #expect(!shownAtTerminal.raw().contains("\u{1B}[2J"))
  }

  // MARK: - Where the conversation stands

  @Test func whereShowsTheOutlineAndEachHeadingItsStep() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    #expect(terminal.waitFor("Who and when — setup, step 1 of 1"))
    terminal.waitForPrompt(after: 0)
    for answer in ["Ana Lopez", "Sam Rivera", "", "", "y", "full"] { terminal.answer(answer) }
    terminal.finishLineTyping("thursday 15:00", waitingFor: "Introduction — before the meeting, step 1 of 4")

    var before = terminal.mark
    terminal.sendLine("/where")
    #expect(terminal.waitFor("answers so far", after: before))
    var outline = terminal.screen(after: before)
    #expect(outline.contains("step 1 of 4"))
    #expect(outline.contains("[x] Who and when (setup.who)"))
    #expect(outline.contains("[>] Introduction (before.introduction)"))
    #expect(outline.contains("[ ] Purpose (before.purpose)"))
    #expect(outline.contains("[ ] Reflection (after.reflection)"))
    terminal.waitForPrompt(after: before)

    for answer in ["", "I build payment systems.", "", "Growth towards tech lead"] { terminal.answer(answer) }
    terminal.finishLineTyping("A view from the front line", waitingFor: "Purpose — before the meeting, step 2 of 4")
    before = terminal.mark
    terminal.sendLine("/where")
    #expect(terminal.waitFor("answers so far", after: before))
    outline = terminal.screen(after: before)
    #expect(outline.contains("step 2 of 4"))
    #expect(outline.contains("[x] Introduction (before.introduction)"))
    #expect(outline.contains("[>] Purpose (before.purpose)"))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
  }

  /// At a terminal a long line is wrapped at words to its width; a screen reader's `--plain`
  /// gets it whole.
  @Test(arguments: [false, true])
  func longLinesWrapAtWordsToTheTerminalsWidth(plain: Bool) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(
      ["--role", "mentee", "--no-color"] + (plain ? ["--plain"] : []), home: home, columns: 40)
    terminal.waitForPrompt(after: 0)
    let wrapped = "A few details first, so the questions\r\nthat follow can speak to you and name\r\nyour partner."
    let whole = "A few details first, so the questions that follow can speak to you and name your partner."
    #expect(terminal.raw().contains(plain ? whole : wrapped), "\(terminal.raw())")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
  }
}
