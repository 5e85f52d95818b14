import GRDB
import MentorPrepCore

/// The queries `due` runs, each reading an index of just what it needs, so that it stays quick
/// enough for a login script however many sessions there are: the open actions (schema v2),
/// the sessions whose after phase is not finished (schema v4-due), and the latest session of
/// each partner.
///
/// The open actions are not indexed by date as well: that index, kept up to date as every save
/// rewrites its session's actions, cost a conversation a twentieth of its instructions, and
/// the open actions are few.
enum DueQueries {
  /// The statuses of an action still to be done, as SQL, as the partial index of open actions
  /// names them (a query must repeat them exactly for SQLite to use it).
  static let openStatuses = "('open', 'partly', 'not_yet')"

  static func createIndexes(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX session_unfinished ON session (meeting_at) WHERE completed = 0;
        """)
  }

  /// Open actions due before `before` (a date, `YYYY-MM-DD`; a time that day sorts after it).
  static let actions = """
    SELECT action.ref, action.session, action.text, action.owner, action.due, action.status,
      action.relationship_id, action.uuid
    FROM action INDEXED BY action_open_listing
    WHERE action.status IN \(openStatuses) AND action.due IS NOT NULL AND action.due < ?
    ORDER BY action.due, action.session, action.position
    """

  /// Sessions whose meeting has begun (at or before `?`) and whose after phase is not finished.
  static let followUps = """
    SELECT session.number, session.meeting_at, relationship.partner
    FROM session INDEXED BY session_unfinished
    LEFT JOIN relationship ON relationship.id = session.relationship_id
    WHERE session.completed = 0 AND session.meeting_at <= ?
    ORDER BY session.meeting_at, session.number
    """

  /// The latest session with each partner, with the next meeting it agreed: one look-up in
  /// the index of sessions by relationship for each partner, not a pass over every session.
  static let latestSessions = """
    SELECT session.number, session.meeting_at, session.completed, answer.value,
      relationship.partner
    FROM relationship
    JOIN session ON session.number =
      (SELECT max(number) FROM session WHERE relationship_id = relationship.id)
    LEFT JOIN answer ON answer.session = session.number AND answer.key = ?
    ORDER BY session.number
    """
}
