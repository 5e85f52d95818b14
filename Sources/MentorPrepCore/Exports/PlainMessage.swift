/// A message to paste into an email: a subject and a body of plain text lines.
///
/// The follow-up, the agenda and the introduction are all written as one of these; the `eml`
/// export wraps the follow-up's in a mail header.
struct PlainMessage: Sendable, Equatable {
  /// One line, already cleaned of control characters.
  var subject: String
  /// Lines separated by `\n`, ending with one.
  var body: String

  /// `Subject: …`, a blank line, then the body: the form of the text exports.
  var text: String { "Subject: \(subject)\n\n\(body)" }

  /// Builds a body paragraph by paragraph; empty paragraphs are left out.
  struct Body {
    private var paragraphs: [String] = []

    mutating func add(_ paragraph: String?) {
      guard let paragraph, !paragraph.isEmpty else { return }
      paragraphs.append(paragraph)
    }

    /// A heading line followed by bullets, or nothing when there are no items.
    mutating func add(_ heading: String, bullets items: [String]) {
      let items = items.map(ExportText.block).filter { !$0.isEmpty }
      guard !items.isEmpty else { return }
      add(([heading] + items.map(Self.bullet)).joined(separator: "\n"))
    }

    /// A heading line followed by numbered items.
    mutating func add(_ heading: String, numbered items: [String]) {
      let items = items.map(ExportText.block).filter { !$0.isEmpty }
      guard !items.isEmpty else { return }
      let lines = items.enumerated().map { Self.item("\($0.offset + 1). ", $0.element) }
      add(([heading] + lines).joined(separator: "\n"))
    }

    /// `- text`, with the lines of a multi-line item indented under the first.
    static func bullet(_ text: String) -> String { item("- ", text) }

    static func item(_ marker: String, _ text: String) -> String {
      let indent = String(repeating: " ", count: marker.count)
      return marker + text.replacing("\n", with: "\n" + indent)
    }

    var text: String { paragraphs.joined(separator: "\n\n") + "\n" }
  }
}
