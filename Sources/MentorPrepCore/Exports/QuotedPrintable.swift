/// Quoted-printable body encoding (RFC 2045 §6.7), which keeps any UTF-8 text within 7-bit
/// lines of at most 76 characters.
///
/// Besides the rules, a line never starts with `.` (a lone dot ends the message for `sendmail`
/// without `-i`, and SMTP treats it specially) or with `From ` (mbox files quote it): both are
/// encoded where they would fall at the start of a line.
enum QuotedPrintable {
  /// The longest encoded line, without its CRLF.
  static let lineLimit = 76

  /// The text (lines separated by `\n`) encoded, with CRLF line ends and soft line breaks.
  static func encode(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines.flatMap { encode(line: Array($0.utf8)) }.map { $0 + "\r\n" }.joined()
  }

  /// One line of text as encoded lines; all but the last end in a soft break `=`.
  static func encode(line bytes: [UInt8]) -> [String] {
    var lines: [String] = []
    var current = ""
    for index in bytes.indices {
      let last = index == bytes.index(before: bytes.endIndex)
      var token = self.token(bytes, at: index, lineStart: current.isEmpty)
      // Room is left for the `=` of a soft break unless this is the line's last character.
      if current.utf8.count + token.utf8.count > lineLimit - (last ? 0 : 1) {
        lines.append(current + "=")
        current = ""
        token = self.token(bytes, at: index, lineStart: true)
      }
      current += token
    }
    lines.append(current)
    return lines
  }

  private static let from = Array("From ".utf8)

  private static func token(_ bytes: [UInt8], at index: Int, lineStart: Bool) -> String {
    let byte = bytes[index]
    let last = index == bytes.index(before: bytes.endIndex)
    if lineStart && (byte == UInt8(ascii: ".") || bytes[index...].starts(with: from)) {
      return hex(byte)
    }
    switch byte {
    case 0x20, 0x09: return last ? hex(byte) : String(UnicodeScalar(byte))
    case 33...60, 62...126: return String(UnicodeScalar(byte))
    default: return hex(byte)
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }
}
