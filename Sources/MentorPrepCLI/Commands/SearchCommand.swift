import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep search WORDS...`: every answer holding all the words, as grep finds lines.
struct SearchCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find answers and actions by their words (accents and case ignored).",
    discussion: """
      Each argument is one phrase and all must match: `mentorprep search follow-up "design \
      review"`. Exits 1 when nothing matches, as grep does.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Words or phrases to find; each must match.", valueName: "words"))
  var words: [String]

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp("Only the sessions with this partner.", valueName: "name"))
  var partner: String?

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func validate() throws {
    guard words.contains(where: { $0.contains(where: { $0.isLetter || $0.isNumber }) }) else {
      throw ValidationError("Give search at least one word to find.")
    }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let relationships = try partner.map { name throws(MentorPrepError) in
      try workspace.relationships(named: name).map(\.id)
    }
    // A phrase with no letters or digits (a lone `-`) matches nothing and would make FTS5 fail.
    let phrases = words.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    let hits = try fromStore { () throws(StoreError) in
      try workspace.store.search(phrases, relationships: relationships)
    }
    if json {
      Output.json(hits.map(Found.init))
    } else {
      let bold = global.colorAllowed
      var lines: [TerminalText] = []
      for hit in hits {
        let heading = [
          "session \(hit.session)", hit.date.iso8601, hit.partner ?? "-", hit.question,
        ].map(TerminalText.init(escaping:))
        lines += [TerminalText.joined(heading, separator: "  "), "    " + Self.marked(hit, bold: bold)]
      }
      Output.document(TerminalText.joined(lines + [""]))
    }
    return hits.isEmpty ? 1 : 0
  }

  /// The snippet on one line, each match in bold at a terminal, else in `[…]`.
  static func marked(_ hit: SearchHit, bold: Bool) -> TerminalText {
    let pieces = hit.pieces.map { piece -> TerminalText in
      let text = TerminalText(escaping: piece.text.replacingOccurrences(of: "\n", with: " / "))
      guard piece.isMatch else { return text }
      return bold ? "\u{1B}[1m\(text)\u{1B}[22m" : "[\(text)]"
    }
    return TerminalText.joined(pieces, separator: "")
  }

  /// A hit as JSON: the snippet's matches in `[…]`.
  struct Found: Encodable {
    var session: Int
    var date: LocalDateTime
    var partner: String?
    var question: String
    var snippet: String

    init(_ hit: SearchHit) {
      session = hit.session
      date = hit.date
      partner = hit.partner
      question = hit.question
      snippet = hit.pieces.map { $0.isMatch ? "[" + $0.text + "]" : $0.text }.joined()
    }
  }
}
