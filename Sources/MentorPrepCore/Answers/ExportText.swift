/// Answer text made safe and tidy for the exports: answers are whatever a user typed, so no
/// export may pass on a control character (a terminal escape, a bare CR) or a stray line break.
public enum ExportText {
  /// The text on one line: every control character, line break included, becomes a space, runs
  /// of spaces become one, and the ends are trimmed.
  public static func line(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let space = scalar.isControlCharacter || isLineBreak(scalar) || scalar == " "
      if space {
        if !lastWasSpace { result.append(" ") }
      } else {
        result.append(scalar)
      }
      lastWasSpace = space
    }
    if result.last == " " { result.removeLast() }
    return String(result)
  }

  /// The text as lines separated by `\n`: CRLF, CR and the Unicode line separators become `\n`,
  /// other control characters become spaces, trailing spaces and blank ends are trimmed.
  static func block(_ text: String) -> String {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      if scalar == "\n" && previous == "\r" { continue }
      if isLineBreak(scalar) {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar.isControlCharacter ? " " : scalar)
      }
    }
    lines.append(String(current))
    let trimmed = lines.map { line in
      var line = Substring(line)
      while line.last == " " { line.removeLast() }
      return String(line)
    }
    let first = trimmed.firstIndex { !$0.isEmpty } ?? trimmed.endIndex
    let last = trimmed.lastIndex { !$0.isEmpty } ?? trimmed.startIndex
    return first <= last ? trimmed[first...last].joined(separator: "\n") : ""
  }

  /// The text without bidirectional embeddings, overrides and isolates, which would make a
  /// reader see the words in another order than they were typed.
  static func withoutBidirectionalControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: \.isBidirectionalControl) else { return text }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: text.unicodeScalars.lazy.filter { !$0.isBidirectionalControl })
    return String(result)
  }

  /// `\n`, `\r`, NEL and the Unicode line and paragraph separators.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The text with its first letter a capital: a clause typed after `done when` begins a
  /// sentence of its own in a message.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// The text as a sentence: a full stop is added unless it already ends like one.
  static func sentence(_ text: String) -> String {
    guard let last = text.last else { return text }
    return ".!?…:)\"'”’".contains(last) ? text : text + "."
  }

  /// The name to greet someone by: the first word (`Sam O'Neil` → `Sam`), or a title with the
  /// last word (`Dr. Sam O'Neil` → `Dr. O'Neil`).
  static func firstName(_ name: String) -> String {
    let words = line(name).split(separator: " ")
    guard let first = words.first else { return name }
    let titles: Set<String> = ["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame"]
    if words.count > 1, titles.contains(first.lowercased().replacing(".", with: "")),
      let last = words.last
    {
      return "\(first) \(last)"
    }
    return String(first)
  }

  /// A short stable fingerprint of some strings (64-bit FNV-1a, hex), so that identifiers made
  /// from a session stay the same from one export to the next.
  static func fingerprint(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{1F}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
