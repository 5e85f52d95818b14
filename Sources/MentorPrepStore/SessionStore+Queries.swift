import GRDB
import GRDBSQLite
import MentorPrepCore

extension SessionStore {
  /// The stored answers and progress of a session.
  public func loadSession(_ number: Int) throws(StoreError) -> StoredSession {
    do {
      return try readSession(number)
    } catch .damagedRow(let reason) {
      throw .damagedSession(number, reason: reason)
    }
  }

  private func readSession(_ number: Int) throws(StoreError) -> StoredSession {
    return try read { db, values in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT created_at, updated_at, phase_reached, completed, progress,
              (SELECT uuid FROM relationship WHERE relationship.id = relationship_id) AS relationship_uuid
            FROM session WHERE number = ?
            """,
          arguments: [number])
      else { throw StoreError.noSuchSession(number) }
      let answers = try Self.answers(of: number, in: db, values: values)
      let reviewedRefs = Set(
        answers.keys.compactMap { AnswerKey($0).item }
      ).sorted()
      // Each reviewed action as this session found it, before its own review.
      let reviewed = try reviewedRefs.compactMap { ref in
        try Self.standing(of: ref, before: number, in: db, values: values)
      }.filter { $0.session != number }.sorted { Self.order(of: $0).lexicographicallyPrecedes(Self.order(of: $1)) }
      var statuses: [String: ActionStatus] = [:]
      var ids: [String: String] = [:]
      for action in try Self.trackedActions(
        db, values: values, where: "session = ?", arguments: [number])
      {
        statuses[action.ref] = action.status
        ids[action.ref] = action.id
      }
      let what = "session \(number)"
      return StoredSession(
        number: number,
        createdAt: try values.date(try row.decode(forColumn: "created_at"), what: what),
        updatedAt: try values.date(try row.decode(forColumn: "updated_at"), what: what),
        answers: answers,
        progress: try values.decode(
          DialogueProgress.self, try row.decode(forColumn: "progress"),
          what: "the progress of \(what)"),
        phaseReached: try values.phase(try row.decode(forColumn: "phase_reached"), what: what),
        completed: try row.decode(forColumn: "completed"),
        reviewed: reviewed, statuses: statuses, ids: ids,
        relationshipID: try row.decode(forColumn: "relationship_uuid"))
    }
  }

  /// The highest session number, nil when there is none.
  public func lastSessionNumber() throws(StoreError) -> Int? {
    try read { db, _ in try Int.fetchOne(db, sql: "SELECT max(number) FROM session") }
  }

  /// What earlier sessions with this partner left: whether there are any, the actions still
  /// open, the latest answer to each question and the answers that need not be asked again.
  ///
  /// The partner is the relationship of the same role whose name matches trimmed and
  /// case-insensitively. `excluding` is the session asking, whose own answers and actions are
  /// not memory. An action that session itself reviewed still counts as open, since it was
  /// open when the session began: resuming it then walks the same actions again.
  public func relationshipMemory(partner: String, role: Role, excluding session: Int)
    throws(StoreError) -> RelationshipMemory
  {
    let key = StoredValues.partnerKey(partner)
    guard !key.isEmpty else { return .none }
    return try read { db, values in
      guard
        let relationship = try Row.fetchOne(
          db,
          sql: """
            SELECT id, partner, partner_email, my_email,
              EXISTS (SELECT 1 FROM session WHERE relationship_id = id AND number <> ?) AS met
            FROM relationship
            WHERE role = ? AND partner_key = ?
            """,
          arguments: [session, role.rawValue, key])
      else { return .none }
      let id: Int64 = try relationship.decode(forColumn: "id")
      // A relationship the partner's record made (SPEC §7) is memory too, before any meeting
      // here: the actions it brought are reviewed, its agenda offered.
      let met: Bool = try relationship.decode(forColumn: "met")
      let received = try Self.receivedAnswers(of: id, in: db, values: values)
      let agenda = Self.agenda(in: received, partner: try relationship.decode(forColumn: "partner"))
      let hasActions =
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM action WHERE relationship_id = ? AND session IS NULL)",
          arguments: [id])
        ?? false
      guard met || agenda != nil || hasActions else { return .none }

      var reviewedHere: Set<String> = []
      for (key, answer) in try Self.answers(of: session, in: db, values: values) {
        if case .status = answer, let ref = AnswerKey(key).item { reviewedHere.insert(ref) }
      }
      let earlierActions = try Self.trackedActions(
        db, values: values, where: "relationship_id = ? AND session IS NOT ?", arguments: [id, session])
      // An action this session reviewed is shown as the session found it, before its review.
      let openActions = try earlierActions.compactMap { action in
        guard reviewedHere.contains(action.ref) else { return action.status.isOpen ? action : nil }
        return try Self.standing(of: action.ref, before: session, in: db, values: values)
      }
      // The latest earlier session's actions as they stand: re-dated, handed over, settled.
      let lastSession = earlierActions.last { $0.session != nil }?.session
      let lastAgreed = earlierActions.filter { $0.session != nil && $0.session == lastSession }

      var earlierAnswers: [String: Answer] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT answer.session, answer.key, answer.value,
            coalesce(session.meeting_at, session.created_at) AS day
          FROM session JOIN answer ON answer.session = session.number
          WHERE session.relationship_id = ? AND session.number <> ?
          ORDER BY answer.session
          """,
        arguments: [id, session])
      var answeredOn: [String: LocalDateTime] = [:]
      while let row = try rows.next() {
        let key: String = try row.decode(forColumn: "key")
        let number: Int = try row.decode(forColumn: "session")
        let answer = try values.answer(
          try row.decode(forColumn: "value"), what: "the answer to \(key) in session \(number)")
        guard answer != .skipped else { continue }
        // An answer carried on unchanged (the charter) keeps the day it was first given.
        guard earlierAnswers[key] != answer else { continue }
        earlierAnswers[key] = answer
        // A day that cannot be read leaves the answer recalled without one, not the memory lost.
        let day: String? = try row.decode(forColumn: "day")
        answeredOn[key] = day.flatMap { StoredValues.storedDate($0) ?? LocalDateTime($0) }
      }

      var prefill: [String: Answer] = met ? [SessionRecord.Key.firstSession: .yesNo(false)] : [:]
      if let email: String = try relationship.decode(forColumn: "partner_email") {
        prefill[SessionRecord.Key.partnerEmail] = .text(email)
      }
      if let email: String = try relationship.decode(forColumn: "my_email") {
        prefill[SessionRecord.Key.myEmail] = .text(email)
      }
      let settled = try Self.actionsSettledSinceLastTime(
        relationship: id, current: session, in: db, values: values)
      var memory = RelationshipMemory(
        returning: met, openActions: openActions, settledActions: settled,
        earlierAnswers: earlierAnswers, prefill: prefill)
      memory.lastAgreed = lastAgreed
      memory.partnerAgenda = agenda
      memory.partnerNextMeeting = Self.nextMeeting(in: received)
      memory.partnerTerms = received.mapValues(\.answer)
      memory.answeredOn = answeredOn
      memory.earlierMeetings = try String.fetchAll(
        db,
        sql: """
          SELECT coalesce(meeting_at, created_at) FROM session
          WHERE relationship_id = ? AND number < ? ORDER BY number
          """,
        arguments: [id, session]
      ).compactMap { StoredValues.storedDate($0) ?? LocalDateTime($0) }
      return memory
    }
  }

  /// The names of the partners met so far (every relationship with a session), in the order
  /// they were first met; `--with` looks people up among them.
  public func partnerNames() throws(StoreError) -> [String] {
    try read { db, _ in
      try String.fetchAll(
        db,
        sql: """
          SELECT partner FROM relationship
          WHERE EXISTS (SELECT 1 FROM session WHERE relationship_id = relationship.id) OR partner_uuid IS NOT NULL
          ORDER BY id
          """)
    }
  }

  /// For `list`: one row per session, newest last. A session whose row does not decode is
  /// left out and handed to `damaged` (`.damagedSession`); without `damaged`, it is thrown.
  public func sessions(damaged: ((StoreError) -> Void)? = nil) throws(StoreError) -> [SessionSummary] {
    let (summaries, damage) = try readSessions()
    try Self.report(damage, to: damaged)
    return summaries
  }

  /// Hands each damaged session to `damaged`, or throws the first where there is no one to tell.
  static func report(_ damage: [StoreError], to damaged: ((StoreError) -> Void)?) throws(StoreError) {
    guard let damaged else {
      if let first = damage.first { throw first }
      return
    }
    damage.forEach(damaged)
  }

  private func readSessions() throws(StoreError) -> ([SessionSummary], [StoreError]) {
    return try read { db, values in
      // The relationships (one per partner) are read once, not joined to every session: at
      // tens of thousands of sessions, the join and decoding the same names again showed.
      var relationships: [Int64: StoredRelationship] = [:]
      let relationshipRows = try Row.fetchCursor(db, sql: "SELECT id, partner, role, uuid FROM relationship")
      while let row = try relationshipRows.next() {
        let role = try row.decode(String?.self, atIndex: 2)
        relationships[try row.decode(Int64.self, atIndex: 0)] = StoredRelationship(
          partner: try row.decode(String.self, atIndex: 1), roleText: role, role: role.flatMap(Role.init(rawValue:)),
          id: try row.decode(String?.self, atIndex: 3))
      }
      // Read from the index that holds just these columns (schema v2), not the rows with their
      // progress.
      let statement = try db.makeStatement(
        sql: """
          SELECT number, created_at, meeting_at, phase_reached, completed, relationship_id
          FROM session ORDER BY number
          """)
      var summaries: [SessionSummary] = []
      var damage: [StoreError] = []
      // Sessions are numbered from 1: room for them all at once, rather than growing by copying
      // (which touched twice the memory, at tens of thousands of sessions).
      summaries.reserveCapacity(try Int.fetchOne(db, sql: "SELECT max(number) FROM session") ?? 0)
      let rows = try Row.fetchCursor(statement)
      let sqlite = statement.sqliteStatement
      while try rows.next() != nil {
        // The session's number is its row id, never null.
        let number = Int(sqlite3_column_int64(sqlite, 0))
        let relationship =
          sqlite3_column_type(sqlite, 5) == SQLITE_NULL ? nil : relationships[sqlite3_column_int64(sqlite, 5)]
        do throws(StoreError) {
          summaries.append(try Self.summary(in: statement, number: number, relationship: relationship, values: values))
        } catch .damagedRow(let reason) {
          damage.append(.damagedSession(number, reason: reason))
        } catch {
          throw error
        }
      }
      return (summaries, damage)
    }
  }

  /// A relationship as `list` names it, its role read once rather than for each session.
  private struct StoredRelationship {
    var partner: String
    var roleText: String?
    var role: Role?
    var id: String?
  }

  /// A session of `list` from the row `statement` is on. Its columns are read where SQLite
  /// keeps them, the dates and the phase without making strings of them: at 50,000 sessions,
  /// decoding each row through GRDB (three strings, and a look-up of a conformance for each
  /// optional value) was a third of the command's instructions (166 M of 495 M). Any other
  /// form of a value is read as before, by `StoredValues`, which names what is wrong with it.
  private static func summary(
    in statement: Statement, number: Int, relationship: StoredRelationship?, values: StoredValues
  ) throws(StoreError) -> SessionSummary {
    let sqlite = statement.sqliteStatement
    let text = statement.columnText
    // As GRDB reads a Bool: null does not decode, anything else is read as an integer.
    func completed() throws(StoreError) -> Bool {
      guard sqlite3_column_type(sqlite, 4) != SQLITE_NULL else {
        throw .damagedRow(reason: "session \(number) does not decode")
      }
      return sqlite3_column_int64(sqlite, 4) != 0
    }
    do {
      guard let createdText = text(1), let phaseText = text(3) else {
        throw StoreError.damagedRow(reason: "session \(number) does not decode")
      }
      let meetingText = text(2)
      let createdAt =
        try StoredValues.storedDate(bytes: createdText)
        ?? values.date(String(decoding: createdText, as: UTF8.self), what: "session \(number)")
      var meetingAt: LocalDateTime?
      if let meetingText {
        meetingAt =
          try StoredValues.storedDate(bytes: meetingText)
          ?? values.date(String(decoding: meetingText, as: UTF8.self), what: "session \(number)")
      }
      let phase =
        try StoredValues.phase(bytes: phaseText)
        ?? values.phase(String(decoding: phaseText, as: UTF8.self), what: "session \(number)")
      let role = try relationship?.role ?? values.role(relationship?.roleText, what: "session \(number)")
      return
        SessionSummary(
          number: number, createdAt: createdAt, partner: relationship?.partner, relationshipID: relationship?.id,
          role: role, phaseReached: phase, completed: try completed(), meetingAt: meetingAt)
    } catch let error as StoreError {
      throw error
    } catch {
      throw .damagedRow(reason: "session \(number) does not decode")
    }
  }

  /// Settles actions between meetings (`actions done|drop REF...`): every ref must exist, or
  /// nothing changes.
  public func settleActions(_ refs: [String], as status: ActionStatus) throws(StoreError) {
    let refs = refs
    let changedAt = changeClock.now
    try write { db in
      for ref in refs {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM action WHERE ref = ?", arguments: [ref]) != nil
        else { throw StoreError.noSuchAction(ref) }
        try db.execute(
          sql: """
            UPDATE action SET status = ?1,
              updated_at = CASE WHEN status IS ?1 THEN updated_at ELSE ?3 END
            WHERE ref = ?2
            """,
          arguments: [status.rawValue, ref, changedAt])
      }
    }
  }

  /// For `actions`: every action (only the open ones with `openOnly`; only those with one
  /// partner, named case-insensitively, with `partner`), in session then ref order.
  /// An action that does not decode makes its session damaged: it is left out and handed to
  /// `damaged` (`.damagedSession`), or thrown without it.
  public func actions(
    openOnly: Bool, partner: String?, damaged: ((StoreError) -> Void)? = nil
  ) throws(StoreError) -> [ActionRow] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if openOnly {
      let open = ActionStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }
      conditions.append("action.status IN (\(open.joined(separator: ", ")))")
    }
    if let partner {
      conditions.append("relationship.partner_key = ?")
      _ = arguments.append(contentsOf: [StoredValues.partnerKey(partner)])
    }
    let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    // Every open action: read in order from the index of open actions (schema v2) that holds
    // all they show. SQLite would otherwise pick the index on status, then look up each row
    // and sort them all.
    let index = openOnly && partner == nil ? "INDEXED BY action_open_listing" : ""
    let query = """
      SELECT action.ref, action.session, action.text, action.owner, action.due, action.status,
        relationship.partner, relationship.me, relationship.role, action.uuid
      FROM action \(index) LEFT JOIN relationship ON relationship.id = action.relationship_id
      \(filter)
      ORDER BY action.session IS NULL, action.session, action.position
      """
    // Without a partner, the number of rows is counted first on the small index of statuses:
    // room for them all at once, rather than growing by copying (which touched twice the memory).
    let counting =
      partner == nil
      ? "SELECT count(*) FROM action " + (openOnly ? filter : "") : nil
    let frozenArguments = arguments
    let (rows, damage) = try read { db, values in
      let rows = try Row.fetchCursor(db, sql: query, arguments: frozenArguments)
      var result: [ActionRow] = []
      var damage: [StoreError] = []
      if let counting { result.reserveCapacity(try Int.fetchOne(db, sql: counting) ?? 0) }
      while let row = try rows.next() {
        do throws(StoreError) {
          result.append(try Self.actionRow(row, values: values))
        } catch .damagedRow(let reason) {
          let session = try row.decode(Int?.self, atIndex: 1) ?? 0
          if !damage.contains(.damagedSession(session, reason: reason)) {
            damage.append(.damagedSession(session, reason: reason))
          }
        } catch {
          throw error
        }
      }
      return (result, damage)
    }
    try Self.report(damage, to: damaged)
    return rows
  }

  private static func actionRow(_ row: Row, values: StoredValues) throws(StoreError) -> ActionRow {
    do {
      let ref = try row.decode(String.self, atIndex: 0)
      let session = try row.decode(Int?.self, atIndex: 1)
      let partner = try row.decode(String?.self, atIndex: 6)
      let me = try row.decode(String?.self, atIndex: 7)
      let role = try values.role(try row.decode(String?.self, atIndex: 8), what: "action \(ref)")
      let owner = values.owner(try row.decode(String.self, atIndex: 3))
      return ActionRow(
        id: try row.decode(String.self, atIndex: 9), ref: ref, session: session,
        text: try row.decode(String.self, atIndex: 2), owner: owner,
        ownerName: MentoringPair(role: role, me: me, partner: partner).name(of: owner),
        due: try values.date(try row.decode(String?.self, atIndex: 4), what: "action \(ref)"),
        status: try values.status(
          try row.decode(String.self, atIndex: 5), what: "action \(ref)"),
        // An action with no session here came in the partner's record: the partner agreed it.
        partner: partner, agreedBy: session == nil ? partner : nil)
    } catch let error as StoreError {
      throw error
    } catch {
      throw .damagedRow(reason: "an action does not decode")
    }
  }

  // MARK: - Rows

  /// The actions matching a condition on the action table, in session then ref order.
  /// Where an action comes in the order it was agreed: `2.10` after `2.9`.
  static func order(of action: TrackedAction) -> [Int] {
    action.ref.split(separator: ".").map { Int($0) ?? 0 }
  }

  static func trackedActions(
    _ db: Database, values: StoredValues, where condition: String,
    arguments: StatementArguments
  ) throws -> [TrackedAction] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT ref, session, text, owner, due, status, uuid, agreed_by, success FROM action
        WHERE \(condition) ORDER BY session IS NULL, session, position
        """,
      arguments: arguments)
    var actions: [TrackedAction] = []
    while let row = try rows.next() {
      let ref: String = try row.decode(forColumn: "ref")
      let item = ActionItem(
        text: try row.decode(forColumn: "text"),
        owner: values.owner(try row.decode(forColumn: "owner")),
        due: try values.date(try row.decode(forColumn: "due"), what: "action \(ref)"),
        success: try row.decode(forColumn: "success"))
      actions.append(
        TrackedAction(
          ref: ref, session: try row.decode(forColumn: "session"), item: item,
          status: try values.status(try row.decode(forColumn: "status"), what: "action \(ref)"),
          id: try row.decode(forColumn: "uuid"), agreedBy: try row.decode(forColumn: "agreed_by")))
    }
    return actions
  }
}
