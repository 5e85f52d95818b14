/// JSON written byte by byte as `JSONEncoder` writes it with sorted keys and unescaped
/// slashes, for the values saved with every answer (`StoredValues`): the encoder took tens of
/// thousands of instructions for each, and a conversation saves them with every line typed.
///
/// The caller writes the keys in the order the encoder sorts them.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 64) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Punctuation, keys and literals, as they are.
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// JSON already written (an encoded value).
  mutating func json(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func string(_ value: String) {
    bytes.append(0x22)
    var value = value
    value.withUTF8 { utf8 in
      // Checked and copied in two tight passes (byte by byte, appending was most of the
      // time); a text that needs escaping (one with an accent does not) goes byte by byte.
      guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
        bytes.append(contentsOf: utf8)
        return
      }
      for byte in utf8 { escape(byte) }
    }
    bytes.append(0x22)
  }

  mutating func strings(_ values: [String]) {
    bytes.append(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      string(value)
    }
    bytes.append(0x5D)
  }

  mutating func number(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  /// As the encoder escapes: quote, backslash and the control characters.
  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: raw("\\\"")
    case 0x5C: raw("\\\\")
    case 0x08: raw("\\b")
    case 0x0C: raw("\\f")
    case 0x0A: raw("\\n")
    case 0x0D: raw("\\r")
    case 0x09: raw("\\t")
    case ..<0x20:
      let hex: StaticString = "0123456789abcdef"
      raw("\\u00")
      hex.withUTF8Buffer { digits in
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0xF)])
      }
    default: bytes.append(byte)
    }
  }
}
