/// What becomes of an earlier action not yet done when the relationship closes (a separation
/// meeting): nothing is left hanging.
public enum CloseOutChoice: String, Sendable, CaseIterable, Codable {
  /// Kept, with a date it will be done by.
  case keep
  /// Handed to the other of the two.
  case handOver = "hand_over"
  case drop
}

extension CloseOutChoice {
  /// The words that say each choice at the start of a line: `hand over by friday`, `drop`.
  static let words: [(words: [String], choice: CloseOutChoice)] = [
    (["hand it over", "hand over", "handover", "hand_over"], .handOver),
    (["keep it", "keep"], .keep),
    (["drop it", "drop", "dropped"], .drop),
  ]

  /// The choice a line begins with, and the rest of the line after it; nil when it begins
  /// with none.
  public static func leading(_ line: String) -> (choice: CloseOutChoice, rest: String)? {
    let text = line.trimmingWhitespace.lowercased()
    for (words, choice) in words {
      for word in words where text == word || text.hasPrefix(word + " ") || text.hasPrefix(word + ",") {
        let rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "," }
        return (choice, String(rest))
      }
    }
    return nil
  }
}
