import Foundation
import GRDB
import MentorPrepCore

extension SessionStore {
  /// The partner whose record carries this relationship id (learned on first contact), nil
  /// while it is not known here.
  public func partner(linkedTo exchangeID: String) throws(StoreError) -> String? {
    try read { db, _ in
      try String.fetchOne(db, sql: "SELECT partner FROM relationship WHERE partner_uuid = ?", arguments: [exchangeID])
    }
  }

  /// The partner of the relationship here whose own id this is: a record this home sent, not
  /// one from a partner; nil when it is not one of this home's ids.
  public func partner(ownRelationship exchangeID: String) throws(StoreError) -> String? {
    try read { db, _ in
      try String.fetchOne(db, sql: "SELECT partner FROM relationship WHERE uuid = ?", arguments: [exchangeID])
    }
  }

  /// The partners met here in `role` (the side I am on), for a record's sender to be matched
  /// against; every relationship counts, a record's too.
  public func partners(asThe role: Role) throws(StoreError) -> [String] {
    try read { db, _ in
      try String.fetchAll(
        db, sql: "SELECT partner FROM relationship WHERE role = ? ORDER BY id", arguments: [role.rawValue])
    }
  }

  /// Merges partners' records in one transaction (SPEC §7), oldest sent first, and returns what
  /// changed; `dryRun` works it all out and writes nothing. A record whose relationship is not
  /// known needs its `link`; one that cannot be merged (an action of another relationship, a
  /// record for the other side) is refused whole, and nothing is written.
  public func importExchanges(_ imports: [ExchangeImport], dryRun: Bool) throws(StoreError) -> [ImportedChange] {
    let values = values
    let ordered = imports.sorted { $0.record.sentAt < $1.record.sentAt }
    do {
      var changes: [ImportedChange] = []
      try database.writeWithoutTransaction { db in
        try db.inTransaction {
          for item in ordered {
            changes += try Self.merge(item, in: db, values: values)
          }
          return dryRun ? .rollback : .commit
        }
      }
      return changes
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  private static func merge(_ item: ExchangeImport, in db: Database, values: StoredValues) throws -> [ImportedChange] {
    let record = item.record
    var changes: [ImportChange] = []
    let (relationship, linked) = try relationshipID(for: item, in: db)
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT role, partner, me FROM relationship WHERE id = ?", arguments: [relationship])
    else { throw StoreError.exchangeRefused("its relationship is gone") }
    let partner: String = row["partner"]
    let myRole = try values.role(row["role"], what: "the relationship with \(partner)") ?? .mentee
    guard record.recipient.role == myRole, record.sender.role == myRole.partner else {
      throw StoreError.exchangeRefused(
        "it was sent to the \(record.recipient.role.rawValue), and you are the \(myRole.rawValue) with \(partner)")
    }
    let me: String? = row["me"]
    let names = ExchangeNames(myRole: myRole, pair: MentoringPair(role: myRole, me: me, partner: partner))
    if let linked { changes.append(ImportChange(.linked(newRelationship: linked), from: partner, at: record.sentAt)) }
    try db.execute(
      sql: "UPDATE relationship SET partner_email = coalesce(partner_email, ?), me = coalesce(me, ?) WHERE id = ?",
      arguments: [record.sender.email, record.recipient.name, relationship])

    // An action the record names that belongs to another relationship here refuses it.
    for action in record.actions {
      guard
        let owner = try Int64?.fetchOne(
          db, sql: "SELECT relationship_id FROM action WHERE uuid = ?", arguments: [action.id])
      else { continue }
      guard owner == relationship else {
        throw StoreError.exchangeRefused("its action \(action.id) belongs to another relationship here")
      }
    }
    // The relationship's actions as they stand here, each with when it last changed.
    let instants = ISO8601DateFormatter()
    var changedAt: [String: Date] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT ref, updated_at FROM action WHERE relationship_id = ?", arguments: [relationship])
    {
      changedAt[row["ref"]] = (row["updated_at"] as String?).flatMap(instants.date(from:))
    }
    let actions = try trackedActions(db, values: values, where: "relationship_id = ?", arguments: [relationship]).map {
      ExchangedAction(action: $0, updatedAt: changedAt[$0.ref] ?? .distantPast)
    }
    for change in ExchangeMerge.actionChanges(of: record, actions: actions, from: partner) {
      changes.append(try apply(change, relationship: relationship, in: db))
    }

    let kept = try receivedAnswers(of: relationship, in: db, values: values).mapValues { ($0.answer, $0.sentAt) }
    for change in ExchangeMerge.answerChanges(of: record, kept: kept, from: partner) {
      guard case .shared(let key, let answer) = change.what else { continue }
      try db.execute(
        sql: """
          INSERT INTO received_answer (relationship_id, key, value, session, meeting_at, sent_at)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (relationship_id, key) DO UPDATE SET
            value = excluded.value, session = excluded.session, meeting_at = excluded.meeting_at,
            sent_at = excluded.sent_at
          """,
        arguments: [
          relationship, key, try values.json(answer), record.sessionNumber, record.meetingAt?.iso8601,
          ExchangeRecord.utc(record.sentAt),
        ])
      // Kept, but not reported, when it says what this record says already: the partner's
      // agenda that took up one's own topics is no news.
      let mine = try String.fetchOne(
        db,
        sql: """
          SELECT answer.value FROM answer JOIN session ON session.number = answer.session
          WHERE session.relationship_id = ? AND answer.key = ? ORDER BY answer.session DESC LIMIT 1
          """,
        arguments: [relationship, key])
      if let mine, try values.answer(mine, what: "the answer to \(key)").summary == answer.summary { continue }
      changes.append(change)
    }
    return changes.map { ImportedChange(change: $0, names: names) }
  }

  /// The relationship the record joins, and whether it was linked now (true: made new).
  private static func relationshipID(for item: ExchangeImport, in db: Database) throws -> (Int64, Bool?) {
    let record = item.record
    if let id = try Int64.fetchOne(
      db, sql: "SELECT id FROM relationship WHERE partner_uuid = ?", arguments: [record.relationshipID])
    {
      return (id, nil)
    }
    if try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM relationship WHERE uuid = ?)", arguments: [record.relationshipID]) == true
    {
      throw StoreError.exchangeRefused("it carries the id of a relationship of this record, not of a partner's")
    }
    let role = record.recipient.role.rawValue
    switch item.link {
    case nil:
      throw StoreError.exchangeRefused("its relationship is not linked to a partner here")
    case .partner(let name):
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, partner_uuid FROM relationship WHERE role = ? AND partner_key = ?",
          arguments: [role, StoredValues.partnerKey(name)])
      else { throw StoreError.exchangeRefused("\(name) is not a partner here") }
      guard (row["partner_uuid"] as String?) == nil else {
        throw StoreError.exchangeRefused("\(name) is linked to another record's relationship already")
      }
      let id: Int64 = row["id"]
      try db.execute(
        sql: "UPDATE relationship SET partner_uuid = ? WHERE id = ?", arguments: [record.relationshipID, id])
      return (id, false)
    case .newRelationship:
      guard let sender = record.sender.name else {
        throw StoreError.exchangeRefused("it does not name its sender")
      }
      let key = StoredValues.partnerKey(sender)
      if try Int64.fetchOne(
        db, sql: "SELECT id FROM relationship WHERE role = ? AND partner_key = ?", arguments: [role, key]) != nil
      {
        return try relationshipID(for: ExchangeImport(record: record, link: .partner(sender)), in: db)
      }
      try db.execute(
        sql: """
          INSERT INTO relationship (role, partner, partner_key, me, partner_email, my_email, uuid, partner_uuid)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          role, PersonName.stored(sender), key, record.recipient.name, record.sender.email, record.recipient.email,
          RandomID.make(), record.relationshipID,
        ])
      return (db.lastInsertedRowID, true)
    }
  }

  /// Writes one action's change; an added action gets the next `rN` ref.
  private static func apply(_ change: ImportChange, relationship: Int64, in db: Database) throws -> ImportChange {
    let updatedAt = ExchangeRecord.utc(change.at)
    switch change.what {
    case .added(var action):
      let number =
        (try Int.fetchOne(
          db, sql: "SELECT max(CAST(substr(ref, 2) AS INTEGER)) FROM action WHERE session IS NULL") ?? 0) + 1
      action.ref = "r\(number)"
      try db.execute(
        sql: """
          INSERT INTO action (
            ref, session, relationship_id, position, text, owner, due, status, agreed_owner, agreed_due, uuid,
            updated_at, agreed_by, success)
          VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          action.ref, relationship, number, action.item.text, action.item.owner.description,
          action.item.due?.iso8601, action.status.rawValue, action.item.owner.description, action.item.due?.iso8601,
          action.id, updatedAt, action.agreedBy, action.item.success,
        ])
      try indexForSearch(action, in: db)
      return ImportChange(.added(action), from: change.from, at: change.at)
    case .changed(_, let after):
      try db.execute(
        sql: """
          UPDATE action SET status = ?, owner = ?, due = ?, text = ?, success = ?, updated_at = ?, uuid = ?
          WHERE ref = ?
          """,
        arguments: [
          after.status.rawValue, after.item.owner.description, after.item.due?.iso8601, after.item.text,
          after.item.success, updatedAt, after.id, after.ref,
        ])
      if after.session == nil { try indexForSearch(after, in: db) }
      return change
    case .linked, .shared:
      return change
    }
  }

  /// An action a record brought, in the search index of such actions by its text.
  private static func indexForSearch(_ action: TrackedAction, in db: Database) throws {
    try db.execute(sql: "DELETE FROM received_search WHERE ref = ?", arguments: [action.ref])
    let text = [action.item.text, action.item.success].compactMap { $0 }.joined(separator: "\n")
    try db.execute(sql: "INSERT INTO received_search (text, ref) VALUES (?, ?)", arguments: [text, action.ref])
  }

  /// The answers partners' records shared, by question id, each with its record's meeting and
  /// when that record was sent: one read, from which the memory's agenda, terms and next
  /// meeting and the merge's comparison are all taken.
  static func receivedAnswers(of relationship: Int64, in db: Database, values: StoredValues) throws
    -> [String: ReceivedAnswer]
  {
    let instants = ISO8601DateFormatter()
    var received: [String: ReceivedAnswer] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT key, value, meeting_at, sent_at FROM received_answer WHERE relationship_id = ?",
      arguments: [relationship])
    {
      let key: String = try row.decode(forColumn: "key")
      received[key] = ReceivedAnswer(
        answer: try values.answer(try row.decode(forColumn: "value"), what: "the partner's \(key)"),
        meetingAt: try row.decode(String?.self, forColumn: "meeting_at").flatMap(LocalDateTime.init),
        sentAt: instants.date(from: try row.decode(forColumn: "sent_at")) ?? .distantPast)
    }
    return received
  }

  /// The next meeting as the partner's records have it: the later of the next meeting their
  /// latest follow-up agreed and the meeting their latest agenda was for; nil when none did.
  static func nextMeeting(in received: [String: ReceivedAnswer]) -> LocalDateTime? {
    [SessionRecord.Key.nextMeetingAt, SessionRecord.Key.meetingAt].compactMap { key -> LocalDateTime? in
      guard case .dateTime(let date)? = received[key]?.answer else { return nil }
      return date
    }.max { $0.minuteNumber < $1.minuteNumber }
  }

  /// The agenda the partner's latest record brought, if any.
  static func agenda(in received: [String: ReceivedAnswer], partner: String) -> PartnerAgenda? {
    guard let shared = received[SessionRecord.Key.agendaTopics], case .list(let topics) = shared.answer,
      !topics.isEmpty
    else { return nil }
    return PartnerAgenda(partner: partner, topics: topics, meetingAt: shared.meetingAt)
  }
}
