import Foundation
import GRDB
import MentorPrepCore

/// The database's tables, as a list of versioned migrations.
///
/// A migration, once released, keeps its name and place: a new version of the schema is a new
/// migration. One was emptied when a later one came to do its work (v3, see below).
enum StoreSchema {
  /// Every migration runs with foreign keys checked as it goes (none rebuilds a table), which
  /// spares GRDB's default of turning them off and checking every table after each migration:
  /// that was half the instructions of writing a fresh home's schema.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          CREATE TABLE relationship (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL,
            partner TEXT NOT NULL,
            partner_key TEXT NOT NULL,
            me TEXT,
            partner_email TEXT,
            my_email TEXT,
            phase TEXT,
            UNIQUE (role, partner_key)
          );
          CREATE INDEX relationship_partner_key ON relationship (partner_key);

          CREATE TABLE session (
            number INTEGER PRIMARY KEY,
            relationship_id INTEGER REFERENCES relationship (id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            meeting_at TEXT,
            phase_reached TEXT NOT NULL,
            completed INTEGER NOT NULL DEFAULT 0,
            progress TEXT NOT NULL
          );
          CREATE INDEX session_relationship ON session (relationship_id);

          CREATE TABLE answer (
            session INTEGER NOT NULL REFERENCES session (number) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session, key)
          ) WITHOUT ROWID;

          CREATE TABLE action (
            ref TEXT PRIMARY KEY,
            session INTEGER NOT NULL REFERENCES session (number) ON DELETE CASCADE,
            relationship_id INTEGER REFERENCES relationship (id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due TEXT,
            status TEXT NOT NULL
          );
          CREATE INDEX action_status ON action (status);
          CREATE INDEX action_relationship_status ON action (relationship_id, status);
          CREATE INDEX action_session ON action (session, position);
          """)
    }
    // `list` and `actions --open` read every session or open action. A session row carries its
    // progress (kilobytes of JSON), so scanning the table read tens of megabytes at 50,000
    // sessions; and the open actions were sorted after reading. These indexes hold just what
    // the two commands show (a few megabytes), in the order they show it.
    migrator.registerMigration("v2", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          CREATE INDEX session_listing
            ON session (number, created_at, meeting_at, phase_reached, completed, relationship_id);
          CREATE INDEX action_open_listing
            ON action (session, position, ref, text, owner, due, status, relationship_id)
            WHERE status IN ('open', 'partly', 'not_yet');
          """)
    }
    // v3 once wrote each saved place's question id beside its index, in a form no longer
    // read. v5-positions converts that form and the older one alike, so v3 is kept in its
    // place, empty, rather than writing a form that is converted straight after.
    migrator.registerMigration("v3", foreignKeyChecks: .immediate) { _ in }
    migrator.registerMigration("v4-search", foreignKeyChecks: .immediate, migrate: SearchIndex.create)
    migrator.registerMigration("v4-due", foreignKeyChecks: .immediate, migrate: DueQueries.createIndexes)
    // A saved place named its question by index, which a bank edited between two runs shifts;
    // it now names it by id. The stored rows do not say which bank wrote them, and a bank of
    // one's own is given afresh with each run, so indexes are read with the built-in bank of
    // that time (frozen in `SchemaV2Questions`: the built-in banks have been rewritten since),
    // which wrote nearly every record.
    migrator.registerMigration("v5-positions", foreignKeyChecks: .immediate, migrate: placesByID)
    // `interview` should find "interviews": the index is remade with the porter stemmer.
    migrator.registerMigration("v6-search-stems", foreignKeyChecks: .immediate, migrate: SearchIndex.indexStems)
    migrator.registerMigration("v7-partner-keys", foreignKeyChecks: .immediate, migrate: partnerKeysByStoredName)
    // Sessions are indexed for search a session at a time (SearchIndex).
    migrator.registerMigration("v8-search-later", foreignKeyChecks: .immediate, migrate: SearchIndex.indexLater)
    // An earlier action not yet done is carried forward: a later review may give it a new date
    // or hand it over. `owner` and `due` say how it stands now; the `agreed_` columns keep what
    // its own session agreed, which a review is applied to afresh.
    migrator.registerMigration("v9-carried-forward", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          ALTER TABLE action ADD COLUMN agreed_owner TEXT;
          ALTER TABLE action ADD COLUMN agreed_due TEXT;
          UPDATE action SET agreed_owner = owner, agreed_due = due;
          """)
    }
    // Two people's records meet through the files they send each other (SPEC §7): every
    // relationship and every action gets a random id, the rows already kept one each here.
    // `actions --open` shows the id, so the index it reads from (v2) holds it too.
    migrator.registerMigration("v10-ids", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          ALTER TABLE relationship ADD COLUMN uuid TEXT;
          ALTER TABLE action ADD COLUMN uuid TEXT;
          """)
      try RandomID.fill("relationship", in: db)
      try RandomID.fill("action", in: db)
      try db.execute(
        sql: """
          CREATE UNIQUE INDEX relationship_uuid ON relationship (uuid);
          CREATE UNIQUE INDEX action_uuid ON action (uuid);
          DROP INDEX action_open_listing;
          CREATE INDEX action_open_listing
            ON action (session, position, ref, text, owner, due, status, relationship_id, uuid)
            WHERE status IN ('open', 'partly', 'not_yet');
          """)
    }
    // When an action last changed, in UTC to the second, so that two partners' records merge
    // by the later change (SPEC §7). The rows kept before are dated by their session's last
    // save, whose local time is read as UTC: the zone it was saved in is not kept.
    migrator.registerMigration("v11-action-updated", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          ALTER TABLE action ADD COLUMN updated_at TEXT;
          UPDATE action SET updated_at =
            (SELECT substr(updated_at, 1, 16) || ':00Z' FROM session WHERE number = action.session);
          """)
    }
    // What a partner's record brings (SPEC §7). An action agreed at the partner's meeting has
    // no session here, so `action.session` may now be empty, which SQLite changes only by
    // making the table again; `agreed_by` names who agreed it, `success` is what they said
    // success looks like. A relationship learns the partner's id, and keeps the answers the
    // partner shares (their agenda's topics, the charter's terms) apart from its sessions'.
    // The actions a record brought are searched by their text as answers are (`search`).
    migrator.registerMigration("v12-exchange", foreignKeyChecks: .immediate) { db in
      try db.execute(
        sql: """
          CREATE TABLE action_received (
            ref TEXT PRIMARY KEY,
            session INTEGER REFERENCES session (number) ON DELETE CASCADE,
            relationship_id INTEGER REFERENCES relationship (id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due TEXT,
            status TEXT NOT NULL,
            agreed_owner TEXT,
            agreed_due TEXT,
            uuid TEXT,
            updated_at TEXT,
            agreed_by TEXT,
            success TEXT
          );
          INSERT INTO action_received (
            ref, session, relationship_id, position, text, owner, due, status, agreed_owner, agreed_due, uuid,
            updated_at)
          SELECT ref, session, relationship_id, position, text, owner, due, status, agreed_owner, agreed_due, uuid,
            updated_at
          FROM action;
          DROP TABLE action;
          ALTER TABLE action_received RENAME TO action;
          CREATE INDEX action_status ON action (status);
          CREATE INDEX action_relationship_status ON action (relationship_id, status);
          CREATE INDEX action_session ON action (session, position);
          CREATE UNIQUE INDEX action_uuid ON action (uuid);
          CREATE INDEX action_open_listing
            ON action (session, position, ref, text, owner, due, status, relationship_id, uuid)
            WHERE status IN ('open', 'partly', 'not_yet');

          ALTER TABLE relationship ADD COLUMN partner_uuid TEXT;
          CREATE UNIQUE INDEX relationship_partner_uuid ON relationship (partner_uuid);
          CREATE TABLE received_answer (
            relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            session INTEGER NOT NULL,
            meeting_at TEXT,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (relationship_id, key)
          ) WITHOUT ROWID;
          CREATE VIRTUAL TABLE received_search USING fts5 (
            text, ref UNINDEXED, tokenize = "porter unicode61 remove_diacritics 2"
          );
          """)
    }
    return migrator
  }

  /// Partners' names and keys in the stored form (NFC, one space between words), so a name
  /// typed once in another Unicode form, or with two spaces, meets its relationship again. Where
  /// two relationships would then share a key, the later keeps its own: nothing is merged.
  static func partnerKeysByStoredName(_ db: Database) throws {
    // Frozen here as this migration first wrote it, whatever `PersonName.stored` becomes.
    func stored(_ name: String) -> String {
      name.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    for row in try Row.fetchAll(db, sql: "SELECT id, role, partner FROM relationship ORDER BY id") {
      let id: Int64 = row["id"]
      let role: String = row["role"]
      let name = stored(row["partner"])
      let key = name.lowercased()
      let taken =
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS (SELECT 1 FROM relationship WHERE role = ? AND partner_key = ? AND id != ?)",
          arguments: [role, key, id]) ?? false
      guard !taken else { continue }
      try db.execute(
        sql: "UPDATE relationship SET partner = ?, partner_key = ? WHERE id = ?", arguments: [name, key, id])
    }
  }

  /// Every session's progress with its places by id.
  static func placesByID(_ db: Database) throws {
    let values = StoredValues(path: db.description)
    let rows = try Row.fetchAll(db, sql: "SELECT number, progress FROM session")
    for row in rows {
      let number: Int = row["number"]
      let text: String = row["progress"]
      guard let converted = positioned(text) else { continue }
      try db.execute(
        sql: "UPDATE session SET progress = ? WHERE number = ?",
        arguments: [try values.json(progress: converted), number])
    }
  }

  /// `text` read as progress saved by index, with its places by id; nil when it is not that.
  static func positioned(_ text: String) -> DialogueProgress? {
    let data = Data(text.utf8)
    if (try? JSONDecoder().decode(DialogueProgress.self, from: data)) != nil { return nil }
    guard let indexed = try? JSONDecoder().decode(IndexedProgress.self, from: data) else { return nil }
    return indexed.positioned(questions: SchemaV2Questions.ids)
  }
}
