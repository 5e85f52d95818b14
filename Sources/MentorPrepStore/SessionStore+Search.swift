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
            snippet(search, 0, char(1), char(2), '…', 16) AS snippet,
            session.created_at, session.meeting_at, relationship.partner,
            highlight(search, 0, char(1), char(2)) AS text
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
        let session: Int = try row.decode(forColumn: "session")
        let what = "session \(session)"
        let meetingText: String? = try row.decode(forColumn: "meeting_at")
        let createdText: String = try row.decode(forColumn: "created_at")
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
            partner: try row.decode(forColumn: "partner"),
            question: try row.decode(forColumn: "key"),
            snippet: try row.decode(forColumn: "snippet"),
            text: try row.decode(forColumn: "text")))
      }
      return (
        hits + (try Self.receivedActions(matching: frozenArguments, relationships: relationships, in: db)), damage
      )
    }
    try Self.report(damage, to: damaged)
    return hits
  }

  /// The actions partners' records brought whose text holds every phrase (SPEC §7), in ref
  /// order; `arguments` starts with the search query, then the relationships' ids, if any.
  private static func receivedActions(
    matching arguments: StatementArguments, relationships: [Int64]?, in db: Database
  ) throws -> [SearchHit] {
    // Opening the second index costs a search instructions it need not spend without any
    // action a record brought (found through the index of actions by session).
    guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM action WHERE session IS NULL)") == true else {
      return []
    }
    let filter =
      relationships.map { ids in
        " AND action.relationship_id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
      } ?? ""
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT received_search.ref, action.updated_at, relationship.partner,
          snippet(received_search, 0, char(1), char(2), '…', 16) AS snippet,
          highlight(received_search, 0, char(1), char(2)) AS text
        FROM received_search
        JOIN action ON action.ref = received_search.ref
        LEFT JOIN relationship ON relationship.id = action.relationship_id
        WHERE received_search MATCH ?\(filter)
        ORDER BY CAST(substr(received_search.ref, 2) AS INTEGER)
        """,
      arguments: arguments)
    var hits: [SearchHit] = []
    while let row = try rows.next() {
      let ref: String = try row.decode(forColumn: "ref")
      let changed: String? = try row.decode(forColumn: "updated_at")
      let day = changed.flatMap { LocalDateTime(String($0.prefix(10))) } ?? LocalDateTime(year: 1970, month: 1, day: 1)
      hits.append(
        SearchHit(
          session: nil, date: day, partner: try row.decode(forColumn: "partner"), question: "action " + ref,
          snippet: try row.decode(forColumn: "snippet"), text: try row.decode(forColumn: "text"),
          ref: ref))
    }
    return hits
  }
}
