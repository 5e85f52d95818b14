import GRDB
import MentorPrepCore

/// The full-text index of what was answered (schema v4-search): the plain text of every text,
/// list and actions answer, in an FTS5 table that folds case and accents (`tomas` finds
/// "Tomás") and, since v6-search-stems, reduces words to their stems with the porter stemmer
/// (`interview` finds "interviews").
///
/// Since v8-search-later the index is brought up to date a session at a time, not an answer at
/// a time: triggers on the answer table mark a session whose answers were saved, changed
/// (`/back`, `/edit`) or removed as stale (`search_stale`), in the very transaction that does
/// it, and `SessionStore.indexStaleSessions()` indexes the stale ones again in one transaction
/// — at the end of every conversation and before every search. A killed process leaves its
/// session marked, so the next search indexes it; rows written by other tools (the
/// benchmark's seeding) are marked too. Indexed with each answer, the index wrote a segment of
/// its own per commit: a sixth of a whole conversation's time. An action's text is indexed as
/// the answer that agreed it.
enum SearchIndex {
  /// The plain text of the stored answer JSON `value` (`{"kind": …, "value": …}`): a text as
  /// it is, a list's items and an action's texts each on a line of their own; NULL for every
  /// other kind (choices, dates, yes/no and statuses are not words a person types).
  static func plainText(of value: String) -> String {
    """
    CASE json_extract(\(value), '$.kind')
      WHEN 'text' THEN json_extract(\(value), '$.value')
      WHEN 'list' THEN (SELECT group_concat(value, char(10)) FROM json_each(\(value), '$.value'))
      WHEN 'actions' THEN (SELECT group_concat(json_extract(value, '$.text'), char(10))
        FROM json_each(\(value), '$.value'))
    END
    """
  }

  /// Creates the tables and triggers and indexes every answer already stored.
  static func create(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE search_text (
          id INTEGER PRIMARY KEY,
          session INTEGER NOT NULL REFERENCES session (number) ON DELETE CASCADE,
          key TEXT NOT NULL,
          text TEXT NOT NULL,
          UNIQUE (session, key)
        );
        CREATE VIRTUAL TABLE search USING fts5 (
          text, content = 'search_text', content_rowid = 'id',
          tokenize = "unicode61 remove_diacritics 2"
        );
        CREATE TRIGGER search_text_inserted AFTER INSERT ON search_text BEGIN
          INSERT INTO search (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER search_text_deleted AFTER DELETE ON search_text BEGIN
          INSERT INTO search (search, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TRIGGER answer_inserted_search AFTER INSERT ON answer BEGIN
          INSERT INTO search_text (session, key, text)
          SELECT new.session, new.key, plain
          FROM (SELECT \(plainText(of: "new.value")) AS plain) WHERE plain <> '';
        END;
        CREATE TRIGGER answer_updated_search AFTER UPDATE OF value ON answer BEGIN
          DELETE FROM search_text WHERE session = old.session AND key = old.key;
          INSERT INTO search_text (session, key, text)
          SELECT new.session, new.key, plain
          FROM (SELECT \(plainText(of: "new.value")) AS plain) WHERE plain <> '';
        END;
        CREATE TRIGGER answer_deleted_search AFTER DELETE ON answer BEGIN
          DELETE FROM search_text WHERE session = old.session AND key = old.key;
        END;

        INSERT INTO search_text (session, key, text)
        SELECT session, key, plain
        FROM (SELECT session, key, \(plainText(of: "stored.value")) AS plain FROM answer AS stored)
        WHERE plain <> '';
        """)
  }

  /// The tokenizer of the index: English stems over Unicode words with their accents removed.
  static let tokenizer = "porter unicode61 remove_diacritics 2"

  /// Remakes the index with stems (schema v6-search-stems) and fills it again from the text
  /// already stored. The triggers name the index by its name only, so they write to the new one.
  static func indexStems(in db: Database) throws {
    try db.execute(
      sql: """
        DROP TABLE search;
        CREATE VIRTUAL TABLE search USING fts5 (
          text, content = 'search_text', content_rowid = 'id', tokenize = "\(tokenizer)"
        );
        INSERT INTO search (search) VALUES ('rebuild');
        """)
  }

  /// Marks sessions stale instead of indexing each answer as it is saved (schema
  /// v8-search-later). Not `INSERT OR IGNORE`: a trigger takes the conflict rule of the
  /// statement that fired it, and the answer's upsert would make a second mark an error.
  static func indexLater(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE search_stale (session INTEGER PRIMARY KEY);
        DROP TRIGGER answer_inserted_search;
        DROP TRIGGER answer_updated_search;
        DROP TRIGGER answer_deleted_search;
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
        """)
  }

  /// Indexes the stale sessions again, from their answers as they now are, and marks them
  /// indexed: one transaction's work, whatever the number of answers.
  static let reindexStale = """
    DELETE FROM search_text WHERE session IN (SELECT session FROM search_stale);
    INSERT INTO search_text (session, key, text)
    SELECT session, key, plain
    FROM (
      SELECT session, key, \(plainText(of: "stored.value")) AS plain FROM answer AS stored
      WHERE session IN (SELECT session FROM search_stale)
    )
    WHERE plain <> '';
    DELETE FROM search_stale;
    """

  /// The condition that leaves out the setup's answers (names and emails), in SQL on
  /// `search_text`: they are found only when asked for.
  static let outsideSetup = "search_text.key NOT LIKE '\(Phase.setup.rawValue).%'"

  /// An FTS5 query in which every word the user gave is one phrase and all must match:
  /// `follow-up`, `don't` and `"design review"` are phrases, never query syntax.
  static func query(_ phrases: [String]) -> String {
    phrases.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
      .joined(separator: " ")
  }
}
