import GRDB
import MentorPrepCore

extension SessionStore {
  /// Brings the search index up to date with every session whose answers changed since it was
  /// last indexed (see `SearchIndex`); nothing is written when none did.
  public func indexStaleSessions() throws(StoreError) {
    let stale = try read { db, _ in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM search_stale)") ?? false }
    guard stale else { return }
    try write { db in try db.execute(sql: SearchIndex.reindexStale) }
  }

  /// For `search`: the answers whose text holds every phrase (accents and case ignored, words
  /// by their stems), in session then question order; only the given relationships' sessions
  /// when `relationships` is not nil; the setup's answers (names, emails) only when
  /// `includingSetup`.
  ///
  /// Each hit's snippet and text mark a match between `SearchHit.matchStart` and
  /// `SearchHit.matchEnd`.
  /// A hit in a session whose dates do not decode is left out and that session handed to
  /// `damaged` (`.damagedSession`), or thrown without it.
  public func search(
    _ phrases: [String], relationships: [Int64]? = nil, includingSetup: Bool = false,
    damaged: ((StoreError) -> Void)? = nil
  ) throws(StoreError) -> [SearchHit] {
    try indexStaleSessions()
    var arguments: StatementArguments = [SearchIndex.query(phrases)]
    var filter = includingSetup ? "" : "AND " + SearchIndex.outsideSetup
    if let relationships {
      filter += " AND session.relationship_id IN (\(relationships.map { _ in "?" }.joined(separator: ", ")))"
      _ = arguments.append(contentsOf: StatementArguments(relationships))
    }
    let frozenArguments = arguments
    let frozenFilter = filter
    let (hits, damage) = try read { db, values in
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
      var damage: [StoreError] = []
      while let row = try rows.next() {
        let session = try row.decode(Int.self, atIndex: 0)
        let what = "session \(session)"
        let meetingText = try row.decode(String?.self, atIndex: 4)
        let createdText = try row.decode(String.self, atIndex: 3)
        let meeting: LocalDateTime?
        let created: LocalDateTime
        do throws(StoreError) {
          meeting = try values.date(meetingText, what: what)
          created = try values.date(createdText, what: what)
        } catch .damagedRow(let reason) {
          if !damage.contains(.damagedSession(session, reason: reason)) {
            damage.append(.damagedSession(session, reason: reason))
          }
          continue
        } catch {
          throw error
        }
        hits.append(
          SearchHit(
            session: session, date: (meeting ?? created).at(hour: nil, minute: nil),
            partner: try row.decode(String?.self, atIndex: 5),
            question: try row.decode(String.self, atIndex: 1),
            snippet: try row.decode(String.self, atIndex: 2),
            text: try row.decode(String.self, atIndex: 6)))
      }
      return (hits, damage)
    }
    try Self.report(damage, to: damaged)
    return hits
  }
}
