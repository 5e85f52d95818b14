/// The key an answer is stored under: its question's id, and for a question asked once per
/// action or milestone, that item's ref after a `#` (`review.status#1.2`).
///
/// Answers are kept by the key's text, as the record and the database write it; this type is
/// the one place that text is built or taken apart.
public struct AnswerKey: Sendable, Hashable, CustomStringConvertible {
  public var question: String
  public var item: String?

  public init(question: String, item: String? = nil) {
    self.question = question
    self.item = item
  }

  /// Reads a key's text: everything after the first `#` is the item's ref.
  public init(_ text: some StringProtocol) {
    if let hash = text.firstIndex(of: "#") {
      question = String(text[..<hash])
      item = String(text[text.index(after: hash)...])
    } else {
      question = String(text)
      item = nil
    }
  }

  /// The key as stored: `question` or `question#item`.
  public var text: String { item.map { question + Self.suffix(ofItem: $0) } ?? question }

  public var description: String { text }

  /// How every key of a question about item `ref` ends (for finding them in a query).
  public static func suffix(ofItem ref: String) -> String { "#" + ref }

  /// Whether `text` is the key of `question` for some item.
  public static func isItem(_ text: String, of question: String) -> Bool {
    text.count > question.count && text.hasPrefix(question) && text.dropFirst(question.count).first == "#"
  }
}
