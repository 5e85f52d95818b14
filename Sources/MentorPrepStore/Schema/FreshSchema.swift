import GRDB

/// The schema the migrations leave, written at once into a new database: one transaction,
/// instead of eight migrations that each make SQLite parse the growing schema again (and
/// create the search index twice). `FreshSchemaTests` keeps it equal, statement for statement,
/// to what `StoreSchema.migrator` writes, and prints the new text when a migration is added.
enum FreshSchema {
  /// The migrations whose result this is, in order.
  static let migrations = [
    "v1", "v2", "v3", "v4-search", "v4-due", "v5-positions", "v6-search-stems", "v7-partner-keys", "v8-search-later",
    "v9-carried-forward", "v10-ids", "v11-action-updated", "v12-exchange",
  ]

  /// Every table, index and trigger, as the migrations create them (SQLite's own copy of each
  /// statement, in the order it keeps them; the search index's shadow tables come with it).
  static let sql = """
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    CREATE TABLE relationship (
      id INTEGER PRIMARY KEY,
      role TEXT NOT NULL,
      partner TEXT NOT NULL,
      partner_key TEXT NOT NULL,
      me TEXT,
      partner_email TEXT,
      my_email TEXT,
      phase TEXT, uuid TEXT, partner_uuid TEXT,
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
    CREATE INDEX session_listing
      ON session (number, created_at, meeting_at, phase_reached, completed, relationship_id);
    CREATE TABLE search_text (
      id INTEGER PRIMARY KEY,
      session INTEGER NOT NULL REFERENCES session (number) ON DELETE CASCADE,
      key TEXT NOT NULL,
      text TEXT NOT NULL,
      UNIQUE (session, key)
    );
    CREATE TRIGGER search_text_inserted AFTER INSERT ON search_text BEGIN
      INSERT INTO search (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER search_text_deleted AFTER DELETE ON search_text BEGIN
      INSERT INTO search (search, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE INDEX session_unfinished ON session (meeting_at) WHERE completed = 0;
    CREATE VIRTUAL TABLE search USING fts5 (
      text, content = 'search_text', content_rowid = 'id', tokenize = "porter unicode61 remove_diacritics 2"
    );
    CREATE TABLE search_stale (session INTEGER PRIMARY KEY);
    CREATE TRIGGER answer_inserted_search AFTER INSERT ON answer BEGIN
      INSERT INTO search_stale (session) SELECT new.session
        WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE session = new.session);
    END;
    CREATE TRIGGER answer_updated_search AFTER UPDATE OF value ON answer BEGIN
      INSERT INTO search_stale (session) SELECT new.session
        WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE session = new.session);
    END;
    CREATE TRIGGER answer_deleted_search AFTER DELETE ON answer BEGIN
      INSERT INTO search_stale (session) SELECT old.session
        WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE session = old.session);
    END;
    CREATE UNIQUE INDEX relationship_uuid ON relationship (uuid);
    CREATE TABLE "action" (
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
    CREATE INDEX action_status ON action (status);
    CREATE INDEX action_relationship_status ON action (relationship_id, status);
    CREATE INDEX action_session ON action (session, position);
    CREATE UNIQUE INDEX action_uuid ON action (uuid);
    CREATE INDEX action_open_listing
      ON action (session, position, ref, text, owner, due, status, relationship_id, uuid)
      WHERE status IN ('open', 'partly', 'not_yet');
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
    """

  /// Writes the schema into `db`, an empty database, and records its migrations as applied:
  /// false (nothing written) when the migrations have moved on, so they run instead.
  static func write(in db: Database) throws -> Bool {
    guard StoreSchema.migrator.migrations == migrations else { return false }
    try db.execute(sql: sql)
    for migration in migrations {
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration])
    }
    return true
  }
}
