import Foundation
import Testing

/// Escape sequences placed in every field a person or a file can fill — both names, both
/// emails, free-text answers, list items, action texts, a bank file and its folder's name,
/// `--with`, `--home` — then every command's output scanned for the raw bytes (SPEC §6): ESC,
/// C1 controls and bidirectional overrides never reach stdout or stderr, through pipes or at
/// a terminal.
@Suite struct EscapeScanTests {
  /// Each sequence ends in a word of its own, so the scan can tell it from the program's own
  /// escapes (the line editor's and the colours') at a terminal.
  static let corpus = [
    "\u{1B}[31mCSIRED", "\u{1B}]0;OSCBEL\u{07}", "\u{1B}]8;;http://x\u{1B}\\OSCST", "\u{1B}P1$rDCS\u{1B}\\",
    "\u{9B}31mCSIONE", "\u{90}DCSONE\u{9C}", "\u{1B}LONEESC", "\u{85}NEL", "\u{202E}RLO", "\u{2066}LRI",
  ]

  /// The sequences that must never appear raw: each up to the end of its word, which no escape
  /// of the program's own is followed by.
  static let payloads = corpus.map { sequence in
    let scalars = Array(sequence.unicodeScalars)
    let word = scalars.firstIndex { ("A"..."Z").contains($0) } ?? scalars.count
    let end = scalars[word...].firstIndex { !("A"..."Z").contains($0) } ?? scalars.count
    return String(String.UnicodeScalarView(scalars[..<end]))
  }

  static func hostile(_ text: String, _ index: Int) -> String {
    text + " " + corpus[index % corpus.count]
  }

  /// The mentee walkthrough with a sequence in both names, both emails' display and every
  /// line of free text.
  static func input() throws -> String {
    let lines = SessionMemoryTests.menteeInput
    var index = 0
    return lines.map { line in
      let free =
        line.split(separator: " ").count >= 3 && !line.contains("@") && !line.contains(" by ")
        && !line.hasPrefix("/") && !line.contains(where: \.isNumber)
      guard free || line == "Ana Lopez" || line == "Sam Rivera" else { return line }
      index += 1
      return hostile(line, index)
    }.joined(separator: "\n") + "\n"
  }

  static func scan(_ output: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for payload in payloads {
      #expect(!output.contains(payload), "\(context): \(payload.debugDescription) raw", sourceLocation: sourceLocation)
    }
  }

  /// Pipes: no ESC, C1 or bidirectional control at all, in any command's stdout or stderr.
  static func scanPiped(_ result: Binary.Result, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let bad = text.unicodeScalars.filter {
        $0 == "\u{1B}" || (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
          || (0x2066...0x2069).contains($0.value)
      }
      #expect(
        bad.isEmpty, "\(context) \(name): \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }
  }

  @Test func everyCommandThroughPipes() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let start = try Binary.run(["--role", "mentee"], input: Data(try Self.input().utf8), home: home)
    Self.scanPiped(start, "start")
    #expect(start.status == 0, "\(start.stderr)")
    let name = Self.hostile("Sam Rivera", 1)
    let commands: [[String]] = [
      ["list"], ["list", "--json"], ["show"], ["show", "--json"], ["actions"], ["actions", "--json"],
      ["progress"], ["progress", "--json"], ["due", "--within", "60"], ["due", "--json"],
      ["search", "Sam"], ["search", "--all", "Ana", "--json"], ["search", "design"],
      ["actions", "--with", name], ["progress", "--with", "sam"],
      ["export", "--format", "text"], ["export", "--format", "markdown"], ["export", "--format", "eml"],
      ["export", "--format", "ics"], ["export", "--format", "json"], ["export", "--format", "agenda"],
      ["export", "--format", "intro"],
      ["actions", "--with", "\u{1B}]0;OSCBEL\u{07}"], ["show", "9"], ["resume", "1"],
      ["--home", "/nonexistent/\u{1B}[31mCSIRED/h", "list"], ["banks", "show"],
    ]
    for arguments in commands {
      let result = try Binary.run(arguments, home: home)
      Self.scanPiped(result, arguments.joined(separator: " "))
    }
    // The sequences are there, shown inertly: the scan above looked at them.
    let shown = try Binary.run(["show"], home: home).stdout
    for marker in ["CSIRED", "OSCBEL", "OSCST", "DCS", "CSIONE", "LONEESC", "NEL", "RLO"] {
      #expect(shown.contains(marker), "\(marker) never reached the record")
    }
    #expect(shown.contains("\\e[31mCSIRED"))
  }

  @Test func aBankFileAndItsFolderName() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let folder = home + "-bank-\u{1B}[31mCSIRED"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bank = """
      states:
        - id: setup.who\u{1B}]0;OSCBEL\u{07}
          title: "Who \u{9B}31mCSIONE"
          questions: [{ id: setup.role, text: "\u{202E}RLO", kind: nope }]
      """
    try Data(bank.utf8).write(to: URL(fileURLWithPath: folder + "/setup\u{1B}LONEESC.yaml"))
    for arguments in [["banks", "lint", folder], ["start", "--bank", folder], ["resume", "--bank", folder]] {
      let result = try Binary.run(arguments, home: home)
      #expect(result.status != 0)
      Self.scanPiped(result, arguments[0])
    }
  }

  /// At a terminal the line editor writes escapes of its own: the scan looks for the corpus.
  @Test func theConversationAndShowAtATerminal() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], input: Data(try Self.input().utf8), home: home)
    let terminal = try PseudoTerminal.start(["--role", "mentee", "--with", "sam"], home: home)
    terminal.waitForPrompt(after: 0)
    terminal.answer(Self.hostile("Ana Lopez", 3))
    terminal.sendLine("/review")
    terminal.drain(for: 0.5)
    terminal.sendLine("/quit")
    _ = terminal.waitForExit()
    Self.scan(terminal.raw(), "the conversation at a terminal")
    let show = try PseudoTerminal.start(["show", "1"], home: home)
    _ = show.waitForExit()
    Self.scan(show.raw(), "show at a terminal")
    #expect(show.raw().contains("Sam Rivera"))
  }
}
