import GRDB
import MentorPrepCore

extension SessionStore {
  /// For `search`: the answers whose text holds every phrase (accents and case ignored, words
  /// by their stems), in session then question order; only the given relationships' sessions
  /// when `relationships` is not nil; the setup's answers (names, emails) only when
  /// `includingSetup`.
  ///
  /// Each hit's snippet and text mark a match between `SearchHit.matchStart` and
  /// `SearchHit.matchEnd`.
  public func search(
    _ phrases: [String], relationships: [Int64]? = nil, includingSetup: Bool = false
  ) throws(StoreError) -> [SearchHit] {
    var arguments: StatementArguments = [SearchIndex.query(phrases)]
    var filter = includingSetup ? "" : "AND " + SearchIndex.outsideSetup
    if let relationships {
      filter += " AND session.relationship_id IN (\(relationships.map { _ in "?" }.joined(separator: ", ")))"
      _ = arguments.append(contentsOf: StatementArguments(relationships))
    }
    let frozenArguments = arguments
    let frozenFilter = filter
    return try read { db, values in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT search_text.session, search_text.key,
            snippet(search, 0, char(1), char(2), '…', 16),
            session.created_at, session.meeting_at, relationship.partner,
            highlight(search, 0, char(1), char(2))
          FROM search
          JOIN search_text ON search_text.id = search.rowid
          JOIN session ON session.number = search_text.session
          LEFT JOIN relationship ON relationship.id = session.relationship_id
          WHERE search MATCH ? \(frozenFilter)
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
            snippet: try row.decode(String.self, atIndex: 2),
            text: try row.decode(String.self, atIndex: 6)))
      }
      return hits
    }
  }
}
