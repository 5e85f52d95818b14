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
      review"`. Words are matched by their stems (interview finds interviews). Names and \
      emails given at the setup are searched only with --all. Exits 1 when nothing matches, as \
      grep does.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Words or phrases to find; each must match.", valueName: "words"))
  var words: [String]

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp("Only the sessions with this partner.", valueName: "name"),
    completion: StoreCompletion.partners)
  var partner: String?

  @Flag(help: "Search the setup's answers too (names, emails).")
  var all = false

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
      try workspace.store.search(
        phrases, relationships: relationships, includingSetup: all, damaged: { MentorPrepError.store($0).report() })
    }
    if json {
      Output.json(hits.map(Found.init))
    } else {
      let bold = global.colorAllowed
      var lines: [TerminalText] = []
      for hit in hits {
        // An action a partner's record brought belongs to no session here: who agreed it, instead.
        let heading = [
          hit.session.map { "session \($0)" } ?? "agreed by \(hit.partner ?? "your partner")", hit.date.iso8601,
          hit.partner ?? "-", hit.question,
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

  /// A hit as JSON: the answer's whole plain text, and where each match lies in it.
  struct Found: Encodable {
    var session: Int?
    /// The ref of an action a partner's record brought (`r1`), and who agreed it.
    var ref: String?
    var agreedBy: String?
    var date: LocalDateTime
    var partner: String?
    var question: String
    var text: String
    var matches: [Match]

    /// A match's place in `text`, counted in Unicode scalars (code points), as Python and jq
    /// count a string's characters.
    struct Match: Encodable, Equatable {
      var start: Int
      var length: Int
    }

    init(_ hit: SearchHit) {
      session = hit.session
      ref = hit.ref
      agreedBy = hit.ref == nil ? nil : hit.partner
      date = hit.date
      partner = hit.partner
      question = hit.question
      text = ""
      matches = []
      var offset = 0
      for piece in hit.textPieces {
        let length = piece.text.unicodeScalars.count
        if piece.isMatch { matches.append(Match(start: offset, length: length)) }
        text += piece.text
        offset += length
      }
    }
  }
}
