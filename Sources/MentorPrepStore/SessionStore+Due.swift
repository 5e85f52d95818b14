import GRDB
import MentorPrepCore

extension SessionStore {
  /// For `due`: what needs doing as of `now`, looking `days` days ahead. Reads three indexed
  /// queries (schema v4-due): the open actions dated up to the window's end, the unfinished
  /// sessions whose meeting has begun, and the latest session with each partner.
  /// What counts as overdue, coming and ahead is the core's `DuePolicy`.
  public func due(now: LocalDateTime, within days: Int) throws(StoreError) -> DueList {
    let policy = DuePolicy(now: now, within: days)
    return try read { db, values in
      var list = DueList()
      // The relationships (one per partner) are read once, not joined to every action: at
      // thousands of actions, decoding the same names again showed.
      var relationships: [Int64: (partner: String, me: String?, role: Role?)] = [:]
      let relationshipRows = try Row.fetchCursor(db, sql: "SELECT id, partner, me, role FROM relationship")
      while let row = try relationshipRows.next() {
        let id = try row.decode(Int64.self, atIndex: 0)
        relationships[id] = (
          try row.decode(String.self, atIndex: 1), try row.decode(String?.self, atIndex: 2),
          try values.role(try row.decode(String?.self, atIndex: 3), what: "partner \(id)")
        )
      }
      let actionStatement = try db.makeStatement(sql: DueQueries.actions)
      let actionRows = try Row.fetchCursor(actionStatement, arguments: [policy.end.iso8601])
      while let row = try actionRows.next() {
        let ref = try row.decode(String.self, atIndex: 0)
        let relationship = try row.decode(Int64?.self, atIndex: 6).flatMap { relationships[$0] }
        let role = relationship?.role
        let partner = relationship?.partner
        let me = relationship?.me
        let owner = values.owner(try row.decode(String.self, atIndex: 3))
        // The date and the status are read from their bytes, as SQLite keeps them: making a
        // string of each and reading it was a tenth of `due` at 50,000 sessions.
        guard let dueText = actionStatement.columnText(4) else { continue }
        let due =
          try StoredValues.storedDate(bytes: dueText)
          ?? values.date(String(decoding: dueText, as: UTF8.self), what: "action \(ref)")
        let statusText = actionStatement.columnText(5)
        let status =
          try statusText.flatMap(StoredValues.status(bytes:))
          ?? values.status(try row.decode(String.self, atIndex: 5), what: "action \(ref)")
        // An action with no session here came in the partner's record: the partner agreed it.
        let session = try row.decode(Int?.self, atIndex: 1)
        let action = ActionRow(
          id: try row.decode(String.self, atIndex: 7), ref: ref, session: session,
          text: try row.decode(String.self, atIndex: 2), owner: owner,
          ownerName: MentoringPair(role: role, me: me, partner: partner).name(of: owner), due: due,
          status: status,
          partner: partner, agreedBy: session == nil ? partner : nil)
        let item = DueAction(action: action, isMine: role.map { owner == .role($0) } ?? false)
        if policy.isOverdue(due) { list.overdue.append(item) } else { list.soon.append(item) }
      }
      list.overdue = DuePolicy.mineFirst(list.overdue, isMine: \.isMine)

      let followUps = try Row.fetchCursor(db, sql: DueQueries.followUps, arguments: [now.iso8601])
      while let row = try followUps.next() {
        let session = try row.decode(Int.self, atIndex: 0)
        guard
          let meeting = try values.date(
            try row.decode(String?.self, atIndex: 1), what: "session \(session)")
        else { continue }
        let followUp = policy.followUp(after: meeting)
        guard followUp.isDue else { continue }
        list.followUps.append(
          DueFollowUp(
            session: session, partner: try row.decode(String?.self, atIndex: 2),
            meetingAt: meeting, isOverdue: followUp.isOverdue))
      }

      let latest = try Row.fetchCursor(
        db, sql: DueQueries.latestSessions, arguments: [SessionRecord.Key.nextMeetingAt])
      while let row = try latest.next() {
        let session = try row.decode(Int.self, atIndex: 0)
        let partner = try row.decode(String.self, atIndex: 4)
        let completed = try row.decode(Bool.self, atIndex: 2)
        let meeting = try values.date(try row.decode(String?.self, atIndex: 1), what: "session \(session)")
        var next: LocalDateTime?
        if let json = try row.decode(String?.self, atIndex: 3),
          case .dateTime(let date) = try values.answer(json, what: "the next meeting of session \(session)")
        {
          next = date
        }
        let upcoming: DueMeeting? =
          if let next {
            DueMeeting(partner: partner, at: next, preparedIn: nil, agreedIn: session)
          } else if !completed, let meeting {
            DueMeeting(partner: partner, at: meeting, preparedIn: session, agreedIn: nil)
          } else {
            nil
          }
        guard let upcoming, policy.isAhead(upcoming.at) else { continue }
        list.meetings.append(upcoming)
      }
      // A meeting a partner's record dates later than any here (an agenda before the first
      // meeting, a follow-up's next date): one per partner (SPEC §7).
      let received = try Row.fetchCursor(
        db,
        sql: """
          SELECT relationship.partner, received_answer.value FROM received_answer
          JOIN relationship ON relationship.id = received_answer.relationship_id
          WHERE received_answer.key IN (?, ?)
          """,
        arguments: [SessionRecord.Key.meetingAt, SessionRecord.Key.nextMeetingAt])
      var proposed: [String: LocalDateTime] = [:]
      while let row = try received.next() {
        let partner: String = try row.decode(forColumn: "partner")
        guard
          case .dateTime(let date) = try values.answer(try row.decode(forColumn: "value"), what: "\(partner)'s meeting"),
          policy.isAhead(date)
        else { continue }
        proposed[partner] = max(proposed[partner] ?? date, date)
      }
      for (partner, date) in proposed.sorted(by: { $0.key < $1.key })
      where !list.meetings.contains(where: { $0.partner == partner && $0.at >= date }) {
        list.meetings.removeAll { $0.partner == partner }
        list.meetings.append(DueMeeting(partner: partner, at: date, preparedIn: nil, agreedIn: nil))
      }
      list.meetings.sort { ($0.at, $0.partner) < ($1.at, $1.partner) }
      return list
    }
  }
}
