import Testing

@testable import MentorPrepCore

/// Text from outside the program, at its worst: escape sequences, C1 controls, bidirectional
/// overrides, NUL and a line of a megabyte. The neutraliser shows all of it inertly, the exports
/// drop the overrides, and nothing costs more than the input's length.
@Suite struct HostileTextTests {
  /// One of each way a text can act on a terminal.
  static let corpus = [
    "\u{1B}[31mred\u{1B}[0m", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;title\u{07}", "\u{1B}]8;;http://x\u{1B}\\link",
    "\u{1B}P1$r\u{1B}\\", "\u{9B}31m", "\u{9D}0;t\u{9C}", "\u{90}q\u{9C}", "lone \u{1B}", "\u{85}\u{8D}",
    "\u{202E}evil\u{202C}", "\u{2066}\u{2067}\u{2068}\u{2069}", "\u{202A}\u{202B}\u{202D}", "\r\u{08}\u{7F}\0",
  ]

  // MARK: - The neutraliser

  @Test(arguments: corpus)
  func theNeutraliserShowsEveryEscapeInertly(text: String) {
    let shown = DisplayText.escaped("A" + text + "B")
    #expect(!shown.unicodeScalars.contains { $0.actsOnDisplay }, "\(shown.debugDescription)")
    #expect(shown.hasPrefix("A") && shown.hasSuffix("B"))
    #expect(shown.contains("\\"), "every removed character leaves a visible escape")
  }

  @Test func whateverTheInputTheNeutralisersOutputHoldsNoControlCharacter() {
    // Scalars drawn mostly from the ones that act on a display, with printable ones between.
    let pool: [Unicode.Scalar] =
      (0...0x20).compactMap(Unicode.Scalar.init) + (0x7F...0xA0).compactMap(Unicode.Scalar.init)
      + (0x202A...0x202E).compactMap(Unicode.Scalar.init) + (0x2066...0x2069).compactMap(Unicode.Scalar.init)
      + ["a", "\\", "[", "é", "\u{2028}", "\u{FFFD}", "\u{1F600}", "\u{200F}"]
    var random = SeededRandom(seed: 18)
    for _ in 0..<3000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...24, using: &random) { text.append(pool.randomElement(using: &random)!) }
      let input = String(text)
      let shown = DisplayText.escaped(input)
      #expect(!shown.unicodeScalars.contains { $0.actsOnDisplay }, "\(input.debugDescription)")
      let document = DisplayText.escapedDocument(input)
      #expect(
        !document.unicodeScalars.contains { $0.actsOnDisplay && !["\n", "\t", "\r"].contains($0) },
        "\(input.debugDescription)")
    }
  }

  // MARK: - Exports

  @Test(arguments: ExportFormat.allCases)
  func everyExportDropsBidirectionalControlsFromEveryField(format: ExportFormat) throws {
    for clean in [ExportFixture.firstMeeting, ExportFixture.returning] {
      let hostile = clean.mappingTexts { "\u{202E}" + $0 + "\u{2066}\u{202A}" }
      #expect(hostile != clean)
      let render = { (record: SessionRecord) in
        try? Exporter.render(
          record, bank: ExportFixture.bank, as: format, now: ExportFixture.now, timeZone: ExportFixture.utc)
      }
      // The same document as without the overrides: none is left, nor encoded (quoted-printable).
      let text = render(hostile)
      #expect(text == render(clean))
      #expect(text.map { !$0.unicodeScalars.contains(where: \.isBidirectionalControl) } ?? true)
    }
  }

  // MARK: - Answers

  @Test func anAnswerHoldingNULIsRefusedWithOneSentence() throws {
    let parser = AnswerParser(now: AnswerParserTests.now, role: .mentee, me: nil, partner: nil)
    for line in ["Ana\0Lopez", "\0", "text after a NUL\0is lost to search"] {
      for result in [
        parser.parse(line, for: AnswerParserTests.question(.text)),
        parser.parseItem(line, for: AnswerParserTests.question(.list)),
        parser.parseItem(line, for: AnswerParserTests.question(.actions)),
      ] {
        guard case .failure(let rejection) = result else {
          Issue.record("\(line.debugDescription) was taken")
          continue
        }
        #expect(rejection.reason.contains("NUL") && !rejection.reason.contains("\0"))
      }
    }
    #expect(try parser.parse("Ana\u{1B}[31m", for: AnswerParserTests.question(.text)).get() == .text("Ana\u{1B}[31m"))
  }

  /// Without the length bound this compares a megabyte with each command name, a table of a
  /// million rows apiece; with it, no name is compared at all.
  @Test func aMegabyteWordIsNearNoCommandAndIsNotComparedWithAny() {
    let names = SlashCommand.allCases.map(\.rawValue)
    #expect(Reader.closest(to: String(repeating: "x", count: 1 << 20), among: names) == nil)
    #expect(Reader.closest(to: "hlep", among: names) == "help")
  }
}

/// A small deterministic generator (SplitMix64), so a failure found is found again.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
