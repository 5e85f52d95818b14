#if canImport(Glibc)
  import Glibc
#endif

/// A line too long for the terminal, broken at spaces (SPEC §2): never inside a word, a word
/// longer than the width (a link) kept whole on a line of its own, and the lines after the
/// first indented under the text, past a list's `- ` or `2. `.
enum LineWrap {
  static func lines(_ line: String, width: Int) -> [String] {
    guard width >= 20, line.count > width else { return [line] }
    let indent = line.prefix { $0 == " " }
    let text = line.dropFirst(indent.count)
    let continuation = String(repeating: " ", count: indent.count + marker(of: text).count)
    var lines: [String] = []
    var current = String(indent)
    var lineHasWord = false
    // Runs of spaces inside the text are kept: they come back as empty words.
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if lineHasWord, current.count + 1 + word.count > width {
        lines.append(current)
        current = continuation + word
      } else {
        current += (lineHasWord ? " " : "") + word
      }
      lineHasWord = true
    }
    return lines + [current]
  }

  /// A list item's marker, which the lines after its first are indented past: `- `, `→ `, `12. `.
  private static func marker(of text: Substring) -> Substring {
    for bullet in ["- ", "→ "] where text.hasPrefix(bullet) { return text.prefix(bullet.count) }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") else { return "" }
    return text.prefix(digits.count + 2)
  }

  /// The width of the terminal on stdout, asked afresh each time so a resize is followed;
  /// nil when stdout is not a terminal (a pipe gets its lines whole).
  static func terminalWidth() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
