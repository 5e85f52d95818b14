import GRDB
import MentorPrepCore

extension SessionStore {
  /// Every relationship with a session, for matching `--with` and listing partners.
  public func knownPartners() throws(StoreError) -> [KnownPartner] {
    return try read { db, values in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, partner, role FROM relationship
          WHERE EXISTS (SELECT 1 FROM session WHERE relationship_id = relationship.id) OR partner_uuid IS NOT NULL
          ORDER BY id
          """)
      return try Self.knownPartners(rows, values: values)
    }
  }

  /// The relationships with a session other than `excluding`, the one met most recently first,
  /// then those a partner's record made (SPEC §7): what the partner's name question matches,
  /// completes and offers as its default.
  public func recentPartners(excluding session: Int? = nil) throws(StoreError) -> [KnownPartner] {
    return try read { db, values in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT relationship.id, relationship.partner, relationship.role, max(session.number) AS latest
          FROM relationship LEFT JOIN session
            ON session.relationship_id = relationship.id AND session.number IS NOT ?
          WHERE session.number IS NOT NULL OR relationship.partner_uuid IS NOT NULL
          GROUP BY relationship.id ORDER BY latest IS NULL, latest DESC, relationship.id DESC
          """,
        arguments: [session])
      return try Self.knownPartners(rows, values: values)
    }
  }

  /// Your own name as the latest session that gave one has it, else as a partner's record
  /// named you, so that a new session need not ask it again; nil before any.
  public func ownName() throws(StoreError) -> String? {
    try read { db, _ in
      try String.fetchOne(
        db,
        sql: """
          SELECT relationship.me FROM relationship JOIN session ON session.relationship_id = relationship.id
          WHERE relationship.me IS NOT NULL AND relationship.me <> ''
          ORDER BY session.number DESC LIMIT 1
          """)
        ?? String.fetchOne(
          db,
          sql: """
            SELECT me FROM relationship WHERE partner_uuid IS NOT NULL AND me IS NOT NULL AND me <> ''
            ORDER BY id DESC LIMIT 1
            """)
    }
  }

  /// The partners of rows with a relationship's `id`, `partner` and `role`.
  private static func knownPartners(_ rows: RowCursor, values: StoredValues) throws -> [KnownPartner] {
    var partners: [KnownPartner] = []
    while let row = try rows.next() {
      let id: Int64 = try row.decode(forColumn: "id")
      partners.append(
        KnownPartner(
          id: id, partner: try row.decode(forColumn: "partner"),
          role: try values.role(try row.decode(forColumn: "role"), what: "partner \(id)")))
    }
    return partners
  }

  /// For `progress` without `--with`: each partner's sessions, last and next meeting and
  /// action counts, in order of the first session. Counted from the indexes on sessions and
  /// actions by relationship, then two sessions and an answer read per partner.
  public func partnerSummaries() throws(StoreError) -> [PartnerSummary] {
    return try read { db, values in
      var counts: [Int64: ActionCounts] = [:]
      let statusRows = try Row.fetchCursor(
        db,
        sql: """
          SELECT relationship_id, status, count(*) AS count FROM action
          WHERE relationship_id IS NOT NULL GROUP BY relationship_id, status
          """)
      while let row = try statusRows.next() {
        let id: Int64 = try row.decode(forColumn: "relationship_id")
        let status = try values.status(try row.decode(forColumn: "status"), what: "an action")
        counts[id, default: ActionCounts()].add(status, count: try row.decode(forColumn: "count"))
      }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT relationship.id, relationship.partner, relationship.role, held.count,
            coalesce(first.meeting_at, first.created_at) AS first_day,
            coalesce(last.meeting_at, last.created_at) AS last_day, answer.value AS next_meeting
          FROM (SELECT relationship_id, count(*) AS count, min(number) AS first,
              max(number) AS last
            FROM session WHERE relationship_id IS NOT NULL GROUP BY relationship_id) AS held
          JOIN relationship ON relationship.id = held.relationship_id
          JOIN session AS first ON first.number = held.first
          JOIN session AS last ON last.number = held.last
          LEFT JOIN answer ON answer.session = held.last AND answer.key = ?
          ORDER BY held.first
          """,
        arguments: [SessionRecord.Key.nextMeetingAt])
      return try rows.map { row in
        let id: Int64 = try row.decode(forColumn: "id")
        let what = "partner \(id)"
        var next: LocalDateTime?
        if let json: String = try row.decode(forColumn: "next_meeting"),
          case .dateTime(let date) = try values.answer(json, what: "the next meeting of \(what)")
        {
          next = date
        }
        return PartnerSummary(
          id: id, partner: try row.decode(forColumn: "partner"),
          role: try values.role(try row.decode(forColumn: "role"), what: what),
          sessions: try row.decode(forColumn: "count"),
          firstDate: try values.date(try row.decode(String.self, forColumn: "first_day"), what: what),
          lastDate: try values.date(try row.decode(String.self, forColumn: "last_day"), what: what),
          nextMeeting: next, actions: counts[id] ?? ActionCounts())
      }
    }
  }

  /// The figures of the relationship with this partner (same role, name as the dialogue looks
  /// it up) before session `excluding`; nil for a partner not met before.
  public func progress(partner: String, role: Role, excluding session: Int) throws(StoreError)
    -> RelationshipProgress?
  {
    let key = StoredValues.partnerKey(partner)
    return try read { db, values in
      guard
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM relationship WHERE role = ? AND partner_key = ?",
          arguments: [role.rawValue, key])
      else { return nil }
      var history = try Self.history(
        of: KnownPartner(id: id, partner: partner, role: role), in: db, values: values)
      history.sessions.removeAll { $0.number == session }
      history.actions.removeAll { $0.session == session }
      return history.sessions.isEmpty ? nil : RelationshipProgress(history)
    }
  }

  /// For `progress --with`: the sessions of one relationship with the answers the figures
  /// read, and its actions.
  public func history(of partner: KnownPartner) throws(StoreError) -> RelationshipHistory {
    return try read { db, values in try Self.history(of: partner, in: db, values: values) }
  }

  private static func history(of partner: KnownPartner, in db: Database, values: StoredValues)
    throws -> RelationshipHistory
  {
    let keys = RelationshipHistory.keys
    var meetings: [RelationshipHistory.Meeting] = []
    let sessions = try Row.fetchCursor(
      db,
      sql: """
        SELECT number, meeting_at, created_at, completed FROM session
        WHERE relationship_id = ? ORDER BY number
        """,
      arguments: [partner.id])
    while let row = try sessions.next() {
      let number = try row.decode(Int.self, atIndex: 0)
      meetings.append(
        RelationshipHistory.Meeting(
          number: number,
          date: try values.date(
            try row.decode(String?.self, atIndex: 1) ?? row.decode(String.self, atIndex: 2),
            what: "session \(number)"),
          completed: try row.decode(Bool.self, atIndex: 3), answers: [:]))
    }
    let placeholders = keys.indices.map { "?\($0 + 3)" }.joined(separator: ", ")
    // The milestones' ratings (`milestones.rating#m1` …): a range of the primary key.
    let prefix = RelationshipHistory.milestoneRatingPrefix
    let answers = try db.cachedStatement(
      sql: """
        SELECT key, value FROM answer
        WHERE session = ?1 AND (key IN (\(placeholders)) OR (key > ?2 AND key < ?2 || char(127)))
        """)
    for index in meetings.indices {
      let number = meetings[index].number
      let rows = try Row.fetchCursor(
        answers,
        arguments: StatementArguments(
          [number, prefix] + keys.map { $0 as any DatabaseValueConvertible }))
      while let row = try rows.next() {
        let key = try row.decode(String.self, atIndex: 0)
        meetings[index].answers[key] = try values.answer(
          try row.decode(String.self, atIndex: 1), what: "the answer to \(key) in session \(number)")
      }
    }
    return RelationshipHistory(
      partner: partner.partner, role: partner.role, sessions: meetings,
      actions: try Self.trackedActions(
        db, values: values, where: "relationship_id = ?", arguments: [partner.id]))
  }
}
