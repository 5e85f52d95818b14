/// The neutraliser: text from outside the program (answers, names, bank files, paths,
/// records) shown so that nothing in it acts on a terminal. The terminal layer writes only
/// what went through it, or the program's own words.
public enum DisplayText {
  /// The text with every character that acts on a display shown as a visible escape (`\e`,
  /// `\x07`, `\n`, `\u{9B}`, `\u{202E}`), so an answer can never move the cursor, change
  /// colours, retitle the terminal or reorder what follows it.
  public static func escaped(_ text: String) -> String {
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

  /// A whole document the program rendered (JSON, an export): its line ends and tabs are kept,
  /// every other character that acts on a display is written `\u009B`, as JSON writes it, so a
  /// JSON document stays the same JSON.
  public static func escapedDocument(_ document: String) -> String {
    if isPrintableASCII(document) { return document }
    guard document.unicodeScalars.contains(where: \.actsOnDisplay) else { return document }
    var result = String.UnicodeScalarView()
    for scalar in document.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: result.append(scalar)
      case _ where scalar.actsOnDisplay: result.append(contentsOf: ("\\u" + hex(scalar.value, width: 4)).unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether the text is printable ASCII, as nearly every answer and table cell is: then it is
  /// safe as it is, seen in its bytes alone (`list` checks hundreds of thousands of cells).
  public static func isPrintableASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(isPrintableASCII(bytes:))
      ?? text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
  }

  /// `isPrintableASCII(_:)` of UTF-8 bytes, eight at a time: `due` checks the cells of tens of
  /// thousands of actions, and a byte at a time was a twentieth of its instructions.
  static func isPrintableASCII(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let start = bytes.baseAddress else { return true }
    let high: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
      // With every high bit clear no sum below carries into the next byte: a byte is at least
      // 0x20 when adding 0x60 sets its high bit, and below 0x7F when adding 1 does not.
      guard word & high == 0, (word &+ 0x6060_6060_6060_6060) & high == high,
        (word &+ 0x0101_0101_0101_0101) & high == 0
      else { return false }
      index += 8
    }
    while index < bytes.count {
      guard (0x20..<0x7F).contains(bytes[index]) else { return false }
      index += 1
    }
    return true
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
