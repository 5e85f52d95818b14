import Foundation
import TestSupport
import Testing

/// libedit at a real terminal: emacs keys move and delete, UTF-8 characters are edited whole,
/// and an earlier answer comes back in the line ready to change.
@Suite struct TerminalEditingTests {
  @Test func emacsKeysEditTheLineBeforeItIsSent() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    #expect(terminal.waitFor("What is your name?"))
    terminal.waitForPrompt(after: 0)

    // Ctrl-A goes to the start of the line.
    terminal.type("na Lopez", Key.ctrlA, "A")
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")
    // Ctrl-F and Ctrl-B move one character, Ctrl-E to the end.
    terminal.type("Sm Rivea", Key.ctrlA, Key.ctrlF, "a", Key.ctrlE, Key.ctrlB, "r")
    terminal.finishLine(waitingFor: "email address?")
    // Ctrl-W deletes the word before the cursor.
    terminal.type("sam.rivera@example.org mistake", Key.ctrlW)
    terminal.finishLine(waitingFor: "your own email address?")
    // Alt-B goes back a word.
    terminal.type("@example.org", Key.altB, Key.ctrlB, "ana")
    terminal.finishLine(waitingFor: "first meeting")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)

    let answers = try TerminalRecord.answers(home: home)
    #expect(answers["setup.me"] as? String == "Ana Lopez")
    #expect(answers["setup.partner"] as? String == "Sam Rivera")
    #expect(answers["setup.partner_email"] as? String == "sam.rivera@example.org")
    #expect(answers["setup.my_email"] as? String == "ana@example.org")
  }

  /// The locale the program is started with must not matter: without a UTF-8 one it falls
  /// back to C.UTF-8, or libedit would edit bytes rather than characters.
  @Test(arguments: [
    LocaleCase(name: "no locale variables", environment: [:]),
    LocaleCase(name: "LANG=C.UTF-8", environment: ["LANG": "C.UTF-8"]),
    LocaleCase(name: "LANG=C", environment: ["LANG": "C"]),
  ])
  func utf8CharactersAreEditedWhole(locale: LocaleCase) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(
      ["--role", "mentee"], home: home, environment: locale.environment,
      unset: ["LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE"])
    #expect(terminal.waitFor("What is your name?"))
    terminal.waitForPrompt(after: 0)

    // Backspace deletes one character of three bytes, not one byte of it.
    terminal.type("李小龙", Key.backspace)
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")
    // Ctrl-B steps over the two bytes of ë at once.
    terminal.type("Zë", Key.ctrlB, "o")
    terminal.finishLine(waitingFor: "Zoë's email address?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)

    let answers = try TerminalRecord.answers(home: home)
    #expect(answers["setup.me"] as? String == "李小", "\(locale.name)")
    #expect(answers["setup.partner"] as? String == "Zoë", "\(locale.name)")
  }

  struct LocaleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var environment: [String: String]
    var testDescription: String { name }
  }

  @Test func backPutsTheEarlierAnswerInTheLineToChange() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let terminal = try PseudoTerminal.start(["--role", "mentee"], home: home)
    terminal.waitForPrompt(after: 0)
    terminal.answer("Ana Lopez")

    var before = terminal.mark
    terminal.sendLine("/back")
    #expect(terminal.waitFor("What is your name?", after: before))
    // The earlier answer is in the line, not only shown: Enter alone would keep it.
    #expect(terminal.waitFor("> Ana Lopez", after: before))
    terminal.waitForLineEditor()
    terminal.type(Key.ctrlE, " Garcia")
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez Garcia")

    terminal.answer("Sam Rivera")
    before = terminal.mark
    terminal.sendLine("/edit setup.me")
    #expect(terminal.waitFor("> Ana Lopez Garcia", after: before))
    terminal.waitForLineEditor()
    terminal.type(Key.ctrlW, Key.ctrlW, "Maria")
    before = terminal.mark
    terminal.sendLine("")
    // Back where /edit was typed: the partner's email.
    #expect(terminal.waitFor("What is Sam Rivera's email address?", after: before))
    terminal.waitForPrompt(after: before)
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)

    let answers = try TerminalRecord.answers(home: home)
    #expect(answers["setup.me"] as? String == "Ana Maria")
    #expect(answers["setup.partner"] as? String == "Sam Rivera")
  }

  /// An earlier answer that came through a pipe may hold control characters; put in the line
  /// editor as keys, they would edit the answer (DEL deletes, CSI U+009B is a key) or reach
  /// the terminal raw (a bidirectional override), so the line must hold them only as harmless
  /// spaces.
  @Test func backNeverTypesControlCharactersOfAnEarlierAnswer() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let piped = try Binary.run(
      ["--role", "mentee"], lines: ["Ana\u{7F}Lopez\u{9B}2J\u{202E}X"], home: home)
    #expect(piped.status == 3)

    let terminal = try PseudoTerminal.start(["resume"], home: home)
    #expect(terminal.waitFor("What is the name of the person you are meeting?"))
    terminal.waitForPrompt(after: 0)
    let before = terminal.mark
    terminal.sendLine("/back")
    #expect(terminal.waitFor("> Ana Lopez 2J X", after: before))
    terminal.waitForLineEditor()
    #expect(!terminal.raw(after: before).contains("\u{202E}"))
    #expect(!terminal.raw(after: before).contains("\u{07}"), "a beep: a character was taken for a key")
    terminal.finishLine(waitingFor: "What is the name of the person you are meeting?")
    terminal.sendLine("/quit")
    #expect(terminal.waitForExit() == 0)
    #expect(try TerminalRecord.answers(home: home)["setup.me"] as? String == "Ana Lopez 2J X")
  }
}

extension PseudoTerminal {
  /// Types each piece in turn with a person's short pause between them.
  func type(_ pieces: String...) {
    for piece in pieces {
      send(piece)
      pause()
    }
  }

  /// Presses Enter and waits until `text` (what comes next) is shown and its prompt with it.
  func finishLine(waitingFor text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let before = mark
    send(Key.enter)
    waitFor(text, after: before, sourceLocation: sourceLocation)
    waitForPrompt(after: before, sourceLocation: sourceLocation)
  }
}

/// A session's record as `mentorprep export --format json` gives it.
enum TerminalRecord {
  static func json(home: String, session: String = "last") throws -> [String: Any] {
    let result = try Binary.run(["export", session, "--format", "json", "--home", home], home: home)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any] ?? [:]
  }

  /// The answers, keyed by question id.
  static func answers(home: String, session: String = "last") throws -> [String: Any] {
    try json(home: home, session: session)["answers"] as? [String: Any] ?? [:]
  }

  /// The answers as canonical JSON text, to compare two records.
  static func answersText(home: String, session: String = "last") throws -> String {
    try text(of: try answers(home: home, session: session))
  }

  /// A part of the record as canonical JSON text, the random ids named by their order.
  static func text(of value: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted])
    return RandomIDs.masked(String(decoding: data, as: UTF8.self))
  }
}
