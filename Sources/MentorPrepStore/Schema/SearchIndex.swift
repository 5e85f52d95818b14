import GRDB
import MentorPrepCore

/// The full-text index of what was answered (schema v4-search): the plain text of every text,
/// list and actions answer, in an FTS5 table that folds case and accents (`tomas` finds
/// "Tomás") and, since v6-search-stems, reduces words to their stems with the porter stemmer
/// (`interview` finds "interviews").
///
/// Triggers on the answer table keep it in step inside the very transaction that saves,
/// changes (`/back`, `/edit`) or removes an answer, so no save path has to remember it, a killed
/// process leaves no index behind its answers, and rows written by other tools (the benchmark's
/// seeding) are indexed too. An action's text is indexed as the answer that agreed it.
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
