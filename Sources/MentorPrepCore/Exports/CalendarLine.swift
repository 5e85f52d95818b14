/// Content lines of an iCalendar file (RFC 5545 §3.1, §3.3.11): TEXT escaping and folding.
enum CalendarLine {
  /// The longest physical line, in octets, without its CRLF.
  static let octetLimit = 75

  /// A TEXT value: backslash, semicolon and comma escaped, line breaks written as `\n`, and any
  /// other control character turned into a space, so no answer can end the line early.
  static func text(_ value: String) -> String {
    var result = ""
    for line in ExportText.block(value).split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if line.offset > 0 { result += "\\n" }
      for character in line.element {
        switch character {
        case "\\": result += "\\\\"
        case ";": result += "\\;"
        case ",": result += "\\,"
        default: result.append(character)
        }
      }
    }
    return result
  }

  /// A content line folded so that no physical line passes 75 octets: continuation lines start
  /// with one space, a UTF-8 sequence is never split, nor is an escape like `\n` (some readers
  /// stumble on that, though unfolding would restore it). Every line ends in CRLF.
  static func fold(_ line: String) -> String {
    var result = ""
    var length = 0
    var scalars = line.unicodeScalars[...]
    while let first = scalars.first {
      // An escape pair goes whole; the folding never happens inside it.
      let unit = first == "\\" ? scalars.prefix(2) : scalars.prefix(1)
      let size = unit.reduce(0) { $0 + UTF8.width($1) }
      if length + size > octetLimit {
        result += "\r\n "
        length = 1
      }
      result.unicodeScalars.append(contentsOf: unit)
      length += size
      scalars = scalars.dropFirst(unit.count)
    }
    return result + "\r\n"
  }
}
