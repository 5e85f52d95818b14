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

  /// A whole document the program rendered (JSON, an export): its line ends and tabs are kept,
  /// every other character that acts on a display is written `\u009B`, as JSON writes it.
  init(document: String) {
    if Self.isPrintableASCII(document) || !document.unicodeScalars.contains(where: \.actsOnDisplay) {
      text = document
      return
    }
    var result = String.UnicodeScalarView()
    for scalar in document.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: result.append(scalar)
      case _ where scalar.actsOnDisplay: result.append(contentsOf: ("\\u" + Self.hex(scalar.value, width: 4)).unicodeScalars)
      default: result.append(scalar)
      }
    }
    text = String(result)
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

  /// The text with every control character shown as a visible escape (`\e`, `\x07`, `\u{9B}`),
  /// so an answer can never move the cursor, change colours or retitle the terminal.
  static func escaped(_ text: String) -> String {
    if isPrintableASCII(text) { return text }
    guard text.unicodeScalars.contains(where: \.actsOnDisplay) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      guard scalar.actsOnDisplay else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x1B: result += "\\e"
      case 0x09: result += "\\t"
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case 0..<0x80: result += "\\x" + hex(scalar.value, width: 2)
      default: result += "\\u{" + hex(scalar.value, width: 2) + "}"
      }
    }
    return result
  }

  /// Whether the text is printable ASCII, as nearly every answer and table cell is: then it is
  /// safe as it is, seen in its bytes alone (`list` checks hundreds of thousands of cells).
  static func isPrintableASCII(_ text: String) -> Bool {
    let printable: (UInt8) -> Bool = { (0x20..<0x7F).contains($0) }
    return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(printable) }
      ?? text.utf8.allSatisfy(printable)
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
