import GRDB
import MentorPrepCore

extension SessionStore {
  var values: StoredValues { StoredValues(path: path) }

  /// Starts session N+1 (numbers 1, 2, 3 … per home) and returns its number.
  public func createSession(at now: LocalDateTime, progress: DialogueProgress) throws(StoreError)
    -> Int
  {
    let progressJSON = try values.json(progress: progress)
    let phase: Phase = progress.isFinished ? .after : .setup
    return try write { db in
      try Self.insertSession(
        number: nil, at: now.iso8601, phase: phase, completed: progress.isFinished, progress: progressJSON, in: db)
    }
  }

  /// The session's row, numbered `number` (N+1 when nil); its number.
  private static func insertSession(
    number: Int?, at now: String, phase: Phase, completed: Bool, progress: String, in db: Database
  ) throws -> Int {
    try db.execute(
      sql: """
        INSERT INTO session (number, created_at, updated_at, phase_reached, completed, progress)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
      arguments: [number, now, now, phase.rawValue, completed, progress])
    return Int(db.lastInsertedRowID)
  }

  /// Stores a snapshot of a session in one transaction: the answers that changed, the
  /// progress, and what the core derived from all the answers — the relationship, the phase
  /// reached, whether the session is complete, its agreed actions and the statuses of the
  /// earlier actions it reviewed. `creating` makes the session's row in the same transaction
  /// (numbered `session`, reserved by its lock), so a new session exists from its first answer.
  public func save(session: Int, _ snapshot: SessionSnapshot, creating: Bool = false) throws(StoreError) {
    let values = values
    var changedValues: [(key: String, json: String)] = []
    for (key, answer) in snapshot.changes {
      changedValues.append((key, try values.json(answer)))
    }
    let progressJSON = try values.json(progress: snapshot.progress)
    let frozenChanges = changedValues
    let now = snapshot.now.iso8601
    let finished = snapshot.progress.isFinished
    let known = savedRows.rows(of: session)
    let changedAt = changeClock.now
    // Statements come from the connection's cache: a conversation saves every answer with the
    // same dozen, and preparing them again each time was a fifth of its instructions.
    let rows = try write { db in
      if creating {
        _ = try Self.insertSession(
          number: session, at: now, phase: .setup, completed: false, progress: progressJSON, in: db)
      }
      guard
        let previous = try Row.fetchOne(
          db.cachedStatement(
            sql: "SELECT relationship_id, meeting_at, phase_reached, completed FROM session WHERE number = ?"),
          arguments: [session])
      else { throw StoreError.noSuchSession(session) }
      let previousRelationship: Int64? = try previous.decode(forColumn: "relationship_id")

      for change in frozenChanges {
        try db.cachedStatement(
          sql: """
            INSERT INTO answer (session, key, value) VALUES (?, ?, ?)
            ON CONFLICT (session, key) DO UPDATE SET value = excluded.value
            """
        ).execute(arguments: [session, change.key, change.json])
      }
      // The relationship and the actions are written when they changed since this process last
      // saved them (SavedRows).
      let relationship: Int64?
      if let known, known.relationship == snapshot.relationship, known.relationshipID == previousRelationship {
        relationship = previousRelationship
      } else {
        relationship = try snapshot.relationship.flatMap { fields in try Self.relationship(fields, in: db) }
      }
      // A completed session stays completed: `resume --phase` to mend an answer reopens the
      // dialogue, not the meeting. The columns the listings' indexes hold are written only when
      // they change, which most saves (an answer and the session's place) do not.
      let wasCompleted = try previous.decode(Bool.self, forColumn: "completed")
      let completed = wasCompleted || finished
      let meetingAt: String? = try previous.decode(forColumn: "meeting_at")
      let phaseReached: String = try previous.decode(forColumn: "phase_reached")
      if relationship == previousRelationship, meetingAt == snapshot.meetingAt?.iso8601,
        phaseReached == snapshot.phase.rawValue, wasCompleted == completed
      {
        try db.cachedStatement(sql: "UPDATE session SET updated_at = ?, progress = ? WHERE number = ?")
          .execute(arguments: [now, progressJSON, session])
      } else {
        try db.cachedStatement(
          sql: """
            UPDATE session SET relationship_id = ?, updated_at = ?, meeting_at = ?,
              phase_reached = ?, completed = ?, progress = ?
            WHERE number = ?
            """
        ).execute(arguments: [
          relationship, now, snapshot.meetingAt?.iso8601, snapshot.phase.rawValue, completed, progressJSON, session,
        ])
      }
      if known?.actions != snapshot.agreedActions || known?.relationshipID != relationship || !snapshot.rechosen.isEmpty
      {
        try Self.replaceActions(
          of: session, with: snapshot.agreedActions, rechosen: snapshot.rechosen, relationship: relationship,
          changedAt: changedAt, in: db)
      }
      for ref in snapshot.reviewed.sorted() {
        try Self.refreshStatus(of: ref, reviewedIn: session, changedAt: changedAt, in: db, values: values)
      }

      if let previousRelationship, previousRelationship != relationship {
        // The partner's name was corrected: forget a relationship no session belongs to, so
        // that its emails are not offered to a stranger of the old name.
        try db.cachedStatement(
          sql: """
            DELETE FROM relationship WHERE id = ?1
              AND NOT EXISTS (SELECT 1 FROM session WHERE relationship_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM action WHERE relationship_id = ?1)
            """
        ).execute(arguments: [previousRelationship])
      }
      return SavedRows.Rows(
        relationship: snapshot.relationship, relationshipID: relationship, actions: snapshot.agreedActions)
    }
    savedRows.remember(rows, of: session)
  }

  // MARK: - Derived rows

  /// Every stored answer of a session, by key.
  static func answers(of session: Int, in db: Database, values: StoredValues) throws
    -> [String: Answer]
  {
    var answers: [String: Answer] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(sql: "SELECT key, value FROM answer WHERE session = ?"), arguments: [session])
    while let row = try rows.next() {
      let key: String = try row.decode(forColumn: "key")
      answers[key] = try values.answer(
        try row.decode(forColumn: "value"), what: "the answer to \(key) in session \(session)")
    }
    return answers
  }

  /// Finds or creates the relationship the answers name (role and partner), bringing its
  /// names, emails and phase up to date; nil for a partner's name of spaces only.
  private static func relationship(_ fields: SessionSnapshot.Relationship, in db: Database) throws -> Int64? {
    let key = StoredValues.partnerKey(fields.partner)
    guard !key.isEmpty else { return nil }
    let role = fields.role
    // The name first stored stays: a later spelling never renames the earlier sessions. So
    // does the id, made when the relationship is first saved.
    try db.cachedStatement(
      sql: """
        INSERT INTO relationship (role, partner, partner_key, uuid) VALUES (?, ?, ?, ?)
        ON CONFLICT (role, partner_key) DO NOTHING
        """
    ).execute(arguments: [role.rawValue, PersonName.stored(fields.partner), key, RandomID.make()])
    guard
      let id = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM relationship WHERE role = ? AND partner_key = ?"),
        arguments: [role.rawValue, key])
    else { return nil }
    // Only what this session answered overwrites what the relationship knew.
    try db.cachedStatement(
      sql: """
        UPDATE relationship SET me = coalesce(?, me), partner_email = coalesce(?, partner_email),
          my_email = coalesce(?, my_email), phase = coalesce(?, phase)
        WHERE id = ?
        """
    ).execute(arguments: [fields.me, fields.partnerEmail, fields.myEmail, fields.phase, id])
    return id
  }

  /// Replaces a session's actions with those its answers now agree, keeping the status that
  /// later reviews gave each ref, unless the after phase dropped the action, or took back a
  /// drop (`rechosen`: the refs whose choice this save answered); an owner or date a later
  /// review carried it forward with is kept too, and so is each ref's id, made when the action
  /// was first saved.
  private static func replaceActions(
    of session: Int, with actions: [TrackedAction], rechosen: Set<String>, relationship: Int64?, changedAt: String,
    in db: Database
  ) throws {
    // Each ref's row as it was: its status, owner and date where a later review changed them,
    // its id, and what it last changed to and when.
    var stored:
      [String: (status: String, owner: String?, due: String?, id: String?, was: [String?], updatedAt: String?)] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT ref, status, owner, agreed_owner, due, agreed_due, uuid, text, updated_at
          FROM action WHERE session = ?
          """),
      arguments: [session])
    while let row = try rows.next() {
      let owner: String = try row.decode(forColumn: "owner")
      let due: String? = try row.decode(forColumn: "due")
      stored[try row.decode(forColumn: "ref")] = (
        try row.decode(forColumn: "status"),
        owner == (try row.decode(forColumn: "agreed_owner")) ? nil : owner,
        due == (try row.decode(forColumn: "agreed_due")) ? nil : due,
        try row.decode(forColumn: "uuid"), [try row.decode(forColumn: "text"), owner, due],
        try row.decode(forColumn: "updated_at")
      )
    }
    try db.cachedStatement(sql: "DELETE FROM action WHERE session = ?").execute(arguments: [session])
    for (position, action) in actions.enumerated() {
      let agreedOwner = action.item.owner.description
      let agreedDue = action.item.due?.iso8601
      let carried = stored[action.ref]
      let status = Self.status(of: action, stored: carried?.status, rechosen: rechosen.contains(action.ref))
      let owner = carried?.owner ?? agreedOwner
      let due = carried?.due ?? agreedDue
      // An action written again as it was keeps the time it last changed.
      let unchanged = carried.map { $0.was == [action.item.text, owner, due] && $0.status == status } ?? false
      try db.cachedStatement(
        sql: """
          INSERT INTO action (
            ref, session, relationship_id, position, text, owner, due, status, agreed_owner, agreed_due, uuid,
            updated_at, success)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        action.ref, session, relationship, position, action.item.text,
        owner, due, status,
        agreedOwner, agreedDue, carried?.id ?? RandomID.make(), (unchanged ? carried?.updatedAt : nil) ?? changedAt,
        action.item.success,
      ])
    }
  }

  /// The status an action is saved with: dropped after the meeting, open again when that drop
  /// was taken back, else what reviews or `actions done|drop` made it.
  private static func status(of action: TrackedAction, stored: String?, rechosen: Bool) -> String {
    if action.status == .dropped { return action.status.rawValue }
    if rechosen, stored == ActionStatus.dropped.rawValue { return action.status.rawValue }
    return stored ?? action.status.rawValue
  }

  /// Sets an earlier action's status, owner and date to what its reviews say, each applied in
  /// turn to what its own session agreed (open when no review is left), so that resuming or
  /// editing an older session cannot undo a newer review.
  private static func refreshStatus(
    of ref: String, reviewedIn current: Int, changedAt: String, in db: Database, values: StoredValues
  ) throws {
    guard let action = try standing(of: ref, alsoReviewedIn: current, in: db, values: values),
      action.session != current
    else { return }
    try db.execute(
      sql: """
        UPDATE action SET status = ?1, owner = ?2, due = ?3,
          updated_at = CASE WHEN status IS ?1 AND owner IS ?2 AND due IS ?3 THEN updated_at ELSE ?5 END
        WHERE ref = ?4
        """,
      arguments: [action.status.rawValue, action.item.owner.description, action.item.due?.iso8601, ref, changedAt])
  }

  /// An action as its reviews leave it: what its own session agreed, then the review of each
  /// later session of its relationship applied in turn — only those before `before` when it is
  /// given (the action as that session found it) — and of `current`, the session being saved.
  ///
  /// The reviews are looked for in a handful of sessions, each read by its primary key.
  static func standing(
    of ref: String, before: Int? = nil, alsoReviewedIn current: Int? = nil, in db: Database,
    values: StoredValues
  ) throws -> TrackedAction? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT action.session, action.relationship_id, action.text, action.uuid, action.agreed_by,
              coalesce(action.agreed_owner, action.owner) AS agreed_owner,
              coalesce(action.agreed_due, action.due) AS agreed_due, relationship.role
            FROM action LEFT JOIN relationship ON relationship.id = action.relationship_id
            WHERE action.ref = ?
            """),
        arguments: [ref])
    else { return nil }
    // An action the partner's record brought has no session: every review here is later.
    let actionSession: Int? = try row.decode(forColumn: "session")
    let relationship: Int64? = try row.decode(forColumn: "relationship_id")
    let role = try row.decode(String?.self, forColumn: "role").flatMap(Role.init(rawValue:)) ?? .mentee
    var action = TrackedAction(
      ref: ref, session: actionSession,
      item: ActionItem(
        text: try row.decode(forColumn: "text"),
        owner: values.owner(try row.decode(forColumn: "agreed_owner")),
        due: try values.date(try row.decode(forColumn: "agreed_due"), what: "action \(ref)")),
      status: .open, id: try row.decode(forColumn: "uuid"), agreedBy: try row.decode(forColumn: "agreed_by"))

    let suffix = AnswerKey.suffix(ofItem: ref)
    // Both statements from the connection's cache: a save reviewing actions runs them for each.
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT session, key, value FROM answer
          WHERE session > ? AND session < ?
            AND session IN (SELECT number FROM session WHERE relationship_id = ? UNION SELECT ?)
            AND substr(key, -length(?)) = ?
          ORDER BY session
          """),
      arguments: [actionSession ?? 0, before ?? Int.max, relationship, current, suffix, suffix])
    var reviewing: (session: Int, answers: [String: Answer])?
    func applyReview() {
      guard let answers = reviewing?.answers, let review = ActionReview.reviews(in: answers, of: [action]).first
      else { return }
      action = review.outcome(for: role)
    }
    while let row = try rows.next() {
      let key: String = try row.decode(forColumn: "key")
      let session: Int = try row.decode(forColumn: "session")
      let answer = try values.answer(
        try row.decode(forColumn: "value"), what: "the answer to \(key) in session \(session)")
      if reviewing?.session != session {
        applyReview()
        reviewing = (session, [:])
      }
      reviewing?.answers[key] = answer
    }
    applyReview()
    return action
  }
}
