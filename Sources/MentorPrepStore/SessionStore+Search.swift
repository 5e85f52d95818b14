import GRDB
import MentorPrepCore

extension SessionStore {
  /// For `search`: the answers whose text holds every phrase (accents and case ignored), in
  /// session then question order; only the given relationships' sessions when `relationships`
  /// is not nil.
  ///
  /// Each hit's snippet marks a match between `SearchHit.matchStart` and `SearchHit.matchEnd`.
  public func search(_ phrases: [String], relationships: [Int64]? = nil) throws(StoreError)
    -> [SearchHit]
  {
    let values = values
    var arguments: StatementArguments = [SearchIndex.query(phrases)]
    let filter = relationships.map { ids in
      "AND session.relationship_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
    }
    if let relationships { _ = arguments.append(contentsOf: StatementArguments(relationships)) }
    let frozenArguments = arguments
    return try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT search_text.session, search_text.key,
            snippet(search, 0, char(1), char(2), '…', 16),
            session.created_at, session.meeting_at, relationship.partner
          FROM search
          JOIN search_text ON search_text.id = search.rowid
          JOIN session ON session.number = search_text.session
          LEFT JOIN relationship ON relationship.id = session.relationship_id
          WHERE search MATCH ? \(filter ?? "")
          ORDER BY search_text.session, search_text.key
          """,
        arguments: frozenArguments)
      var hits: [SearchHit] = []
      while let row = try rows.next() {
        let session = try row.decode(Int.self, atIndex: 0)
        let what = "session \(session)"
        let meeting = try values.date(try row.decode(String?.self, atIndex: 4), what: what)
        let created = try values.date(try row.decode(String.self, atIndex: 3), what: what)
        hits.append(
          SearchHit(
            session: session, date: (meeting ?? created).at(hour: nil, minute: nil),
            partner: try row.decode(String?.self, atIndex: 5),
            question: try row.decode(String.self, atIndex: 1),
            snippet: try row.decode(String.self, atIndex: 2)))
      }
      return hits
    }
  }
}

/// One answer `search` found: where it was said, and the words around the match.
public struct SearchHit: Sendable, Equatable {
  /// Marks the start of a match in `snippet`.
  public static let matchStart: Character = "\u{1}"
  /// Marks the end of a match in `snippet`.
  public static let matchEnd: Character = "\u{2}"

  public var session: Int
  /// The day of the meeting (of the session's creation when no meeting was set).
  public var date: LocalDateTime
  public var partner: String?
  /// The id of the question answered (`follow_up.learnings`).
  public var question: String
  /// The answer's words around the match, each match between `matchStart` and `matchEnd`.
  public var snippet: String

  public init(session: Int, date: LocalDateTime, partner: String?, question: String, snippet: String) {
    self.session = session
    self.date = date
    self.partner = partner
    self.question = question
    self.snippet = snippet
  }

  /// The snippet cut into plain and matched pieces, in order.
  public var pieces: [(text: String, isMatch: Bool)] {
    var pieces: [(text: String, isMatch: Bool)] = []
    var current = ""
    var inMatch = false
    for character in snippet {
      if character == Self.matchStart || character == Self.matchEnd {
        if !current.isEmpty { pieces.append((current, inMatch)) }
        current = ""
        inMatch = character == Self.matchStart
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { pieces.append((current, inMatch)) }
    // Words of one phrase are marked one by one: `[design] [review]` reads as `[design review]`.
    var merged: [(text: String, isMatch: Bool)] = []
    for piece in pieces {
      if piece.isMatch, merged.count >= 2, merged[merged.count - 2].isMatch,
        let gap = merged.last, !gap.isMatch, gap.text.allSatisfy(\.isWhitespace)
      {
        merged.removeLast()
        merged[merged.count - 1].text += gap.text + piece.text
      } else {
        merged.append(piece)
      }
    }
    return merged
  }
}
