import MentorPrepCore

/// Text that may be written to stdout or stderr: the program's own words, and whatever else it
/// holds (answers, names, bank files, paths, records) shown through the neutraliser.
///
/// The console, the tables and the error writer take only this, so text from outside cannot
/// reach the terminal without being escaped: a literal is the program's own, and every value
/// interpolated into one is escaped.
struct TerminalText: ExpressibleByStringInterpolation, Equatable {
  /// The bytes to write, as text.
  let text: String

  private init(safe text: String) {
    self.text = text
  }

  init(stringLiteral value: String) {
    text = value
  }

  init(stringInterpolation: Interpolation) {
    text = stringInterpolation.text
  }

  /// Text the program did not write, every control character shown as a visible escape.
  init(escaping text: String) {
    self.text = Self.escaped(text)
  }

  /// Lines of text the program did not write, each escaped, the line breaks between them kept.
  init(escapingLines text: String) {
    self.text = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.escaped(String($0)) }.joined(separator: "\n")
  }

  /// A whole document the program rendered (JSON, an export), its line ends kept.
  init(document: String) {
    text = DisplayText.escapedDocument(document)
  }

  static func + (left: TerminalText, right: TerminalText) -> TerminalText {
    TerminalText(safe: left.text + right.text)
  }

  /// Lines joined by `separator`.
  static func joined(_ lines: [TerminalText], separator: TerminalText = "\n") -> TerminalText {
    TerminalText(safe: lines.map(\.text).joined(separator: separator.text))
  }

  /// Literals are kept; every value put in is escaped, unless it is terminal text already.
  struct Interpolation: StringInterpolationProtocol {
    fileprivate var text = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity)
    }

    mutating func appendLiteral(_ literal: String) {
      text += literal
    }

    mutating func appendInterpolation(_ value: TerminalText) {
      text += value.text
    }

    mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      text += TerminalText.escaped(value.description)
    }
  }

  // MARK: - The neutraliser

  /// The core's neutraliser, the one way text from outside is made safe to show.
  static func escaped(_ text: String) -> String {
    DisplayText.escaped(text)
  }

  static func isPrintableASCII(_ text: String) -> Bool {
    DisplayText.isPrintableASCII(text)
  }
}
