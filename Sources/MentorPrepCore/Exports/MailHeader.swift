import Foundation

/// One header field of a mail message, written so that nothing in it can break the header:
/// control characters become spaces, non-ASCII words become RFC 2047 encoded-words (`=?UTF-8?B?
/// …?=`, at most 75 characters each), and the field is folded so no line passes 78 characters.
struct MailHeader: Sendable, Equatable {
  var name: String
  var pieces: [Piece]

  /// The longest line RFC 5322 recommends, without its CRLF.
  static let lineLimit = 78
  /// The longest encoded-word RFC 2047 allows.
  static let encodedWordLimit = 75

  /// A part of a field value, separated from the next by folding white space.
  enum Piece: Sendable, Equatable {
    /// ASCII text that is written as it is and never split.
    case literal(String)
    /// Text written as one or more encoded-words; white space inside is kept in the encoding.
    case encoded(String)
  }

  /// A field whose value is ASCII the program made, such as a date or a message id.
  init(_ name: String, plain value: String) {
    self.name = name
    pieces = value.split(separator: " ").map { .literal(String($0)) }
  }

  init(_ name: String, pieces: [Piece]) {
    self.name = name
    self.pieces = pieces
  }

  /// An unstructured field such as `Subject`: ASCII words as they are, runs of other words encoded.
  static func unstructured(_ name: String, _ text: String) -> MailHeader {
    MailHeader(
      name,
      pieces: runs(ExportText.line(text)) { word in
        !word.allSatisfy(\.isASCII) || word.contains("=?") || word.count > 70
      })
  }

  /// A display name as a phrase: atoms as they are, a quoted string when it holds specials, and
  /// encoded-words for anything that is not plain ASCII.
  static func phrase(_ name: String) -> [Piece] {
    let name = ExportText.line(name)
    let words = name.split(separator: " ")
    let ascii = name.allSatisfy(\.isASCII) && words.allSatisfy { $0.count <= 60 && !$0.contains("=?") }
    if ascii && words.allSatisfy({ $0.allSatisfy(isAtomText) }) {
      return words.map { .literal(String($0)) }
    }
    if ascii {
      let quoted = words.map { word in
        word.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
      }
      return quoted.indices.map { index in
        let open = index == quoted.startIndex ? "\"" : ""
        let close = index == quoted.index(before: quoted.endIndex) ? "\"" : ""
        return .literal(open + quoted[index] + close)
      }
    }
    return runs(name) { word in
      !word.allSatisfy(isAtomText) || word.contains("=?") || word.count > 60
    }
  }

  /// Words split at spaces; each maximal run of words that `needsEncoding` becomes one encoded
  /// piece (with its inner spaces), since white space between encoded-words is not displayed.
  private static func runs(_ text: String, needsEncoding: (Substring) -> Bool) -> [Piece] {
    var pieces: [Piece] = []
    var run: [Substring] = []
    for word in text.split(separator: " ") {
      if needsEncoding(word) {
        run.append(word)
        continue
      }
      if !run.isEmpty { pieces.append(.encoded(run.joined(separator: " "))) }
      run = []
      pieces.append(.literal(String(word)))
    }
    if !run.isEmpty { pieces.append(.encoded(run.joined(separator: " "))) }
    return pieces
  }

  /// RFC 5322 atext: the characters a word may hold without quotes.
  static func isAtomText(_ character: Character) -> Bool { EmailAddress.isAtomText(character) }

  /// The field as folded lines, each ending in CRLF.
  var text: String {
    var lines: [String] = []
    var line = name + ":"
    func place(_ word: String) {
      if line.utf8.count + 1 + word.utf8.count > Self.lineLimit && line != name + ":" {
        lines.append(line)
        line = ""
      }
      line += " " + word
    }
    for piece in pieces {
      switch piece {
      case .literal(let word): place(word)
      case .encoded(let text):
        var rest = Substring(text).unicodeScalars
        while !rest.isEmpty {
          let room = Self.lineLimit - line.utf8.count - 1
          var chunk = Self.chunk(of: rest, fitting: min(room, Self.encodedWordLimit))
          // A word is split across encoded-words only when it is too long for a line of its own.
          let splitsWord = chunk.endIndex != rest.endIndex && chunk.last != " "
          if (room < 20 || splitsWord) && line != name + ":" && !line.isEmpty {
            lines.append(line)
            line = ""
            chunk = Self.chunk(of: rest, fitting: min(Self.lineLimit - 1, Self.encodedWordLimit))
          }
          line += " " + Self.encodedWord(chunk)
          rest = rest[chunk.endIndex...]
        }
      }
    }
    lines.append(line)
    return lines.map { $0 + "\r\n" }.joined()
  }

  /// The longest start of `text` whose encoded-word is at most `width` characters long. It
  /// holds whole code points, as RFC 2047 demands, and never less than one.
  static func chunk(
    of text: Substring.UnicodeScalarView, fitting width: Int
  ) -> Substring.UnicodeScalarView {
    let room = max(4, (width - 12) / 4 * 4) / 4 * 3
    var bytes = 0
    var end = text.startIndex
    var afterSpace: Substring.UnicodeScalarView.Index?
    for scalar in text {
      let size = UTF8.width(scalar)
      if bytes + size > room && end != text.startIndex {
        // Where the text goes on, end the word after a space when there is one: decoders that
        // wrongly keep the white space between encoded-words then show a space where one was.
        return text[..<(afterSpace ?? end)]
      }
      bytes += size
      end = text.index(after: end)
      if scalar == " " { afterSpace = end }
    }
    return text[..<end]
  }

  /// `=?UTF-8?B?…?=`.
  static func encodedWord(_ scalars: Substring.UnicodeScalarView) -> String {
    "=?UTF-8?B?" + Data(Substring(scalars).utf8).base64EncodedString() + "?="
  }
}
