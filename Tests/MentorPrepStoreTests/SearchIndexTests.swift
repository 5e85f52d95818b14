import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The full-text index follows every save, edit and removal of an answer in the same
/// transaction, and a database made before it is indexed when opened.
@Suite struct SearchIndexTests {
  func questions(_ hits: [SearchHit]) -> [String] {
    hits.map { "\($0.session.map(String.init) ?? "-") \($0.question)" }
  }

  @Test(arguments: StoreKind.allCases)
  func findsWhatWasSavedAndForgetsWhatWasChanged(kind: StoreKind) throws {
    try withStore(kind) { store in
      let number = try store.startSession(
        with: "Dr. Tomás Okafor",
        extra: [
          "follow_up.learnings": .list(["Don't skip the pre-read", "Book the design review"]),
          "actions.agreed": .actions([ActionItem(text: "Send the follow-up notes", owner: .role(.mentee))]),
          "setup.relationship_phase": .choice("cultivation"),
        ])
      // Names are the setup's answers: found only when asked for.
      #expect(try store.search(["tomas"]).isEmpty)
      #expect(questions(try store.search(["tomas"], includingSetup: true)) == ["1 setup.partner"])
      #expect(questions(try store.search(["OKAFOR", "dr"], includingSetup: true)) == ["1 setup.partner"])
      #expect(questions(try store.search(["don't"])) == ["1 follow_up.learnings"])
      #expect(questions(try store.search(["follow-up"])) == ["1 actions.agreed"])
      #expect(questions(try store.search(["design review"])) == ["1 follow_up.learnings"])
      // Words must stand together in a phrase, and every phrase must match.
      #expect(try store.search(["review design"]).isEmpty)
      #expect(try store.search(["design review", "tomas"], includingSetup: true).isEmpty)
      // A choice's id is not text someone typed.
      #expect(try store.search(["cultivation"]).isEmpty)
      // Query syntax in the words is only words.
      #expect(try store.search(["NEAR(design review)"]).isEmpty)
      #expect(try store.search(["pre-read\" OR \"okafor"]).isEmpty)

      // Changed, as by /back or /edit: the old words are gone, the new found.
      try store.save(
        number, ["follow_up.learnings": .list(["Bring the agenda"])], at: "after.feedback",
        now: firstMeeting)
      #expect(try store.search(["don't"]).isEmpty)
      #expect(questions(try store.search(["agenda"])) == ["1 follow_up.learnings"])
      // Skipped: nothing to find.
      try store.save(number, ["follow_up.learnings": .skipped], at: "after.feedback", now: firstMeeting)
      #expect(try store.search(["agenda"]).isEmpty)
    }
  }

  @Test func marksTheMatchInTheSnippet() throws {
    let store = try SessionStore.inMemory()
    _ = try store.startSession(
      with: "Ana", extra: ["follow_up.thanks": .text("Thanks for the design review tips.")])
    let hit = try #require(try store.search(["design review"]).first)
    #expect(hit.pieces.map(\.text) == ["Thanks for the ", "design review", " tips."])
    #expect(hit.pieces.map(\.isMatch) == [false, true, false])
    // Two words matched one by one, side by side, read as one mark.
    let words = try #require(try store.search(["review", "design"]).first)
    #expect(words.pieces.map(\.text) == ["Thanks for the ", "design review", " tips."])
    #expect(hit.partner == "Ana")
    #expect(hit.date == firstMeeting.at(hour: nil, minute: nil))
  }

  @Test func findsOtherFormsOfAWordAndWordsWithoutTheirAccents() throws {
    let store = try SessionStore.inMemory()
    _ = try store.startSession(
      with: "Ana",
      extra: [
        "follow_up.thanks": .text("Two mock interviews at the café, then design reviews."),
        "setup.partner_email": .text("ana.interviews@example.org"),
      ])
    #expect(questions(try store.search(["interview"])) == ["1 follow_up.thanks"])
    #expect(questions(try store.search(["interviewing"])) == ["1 follow_up.thanks"])
    #expect(questions(try store.search(["cafe", "design review"])) == ["1 follow_up.thanks"])
    // The whole text comes back with each match marked, the stemmed form included.
    let hit = try #require(try store.search(["interview", "CAFE"]).first)
    #expect(hit.textPieces.filter(\.isMatch).map(\.text) == ["interviews", "café"])
    #expect(hit.textPieces.map(\.text).joined() == "Two mock interviews at the café, then design reviews.")
    // An email given at the setup is found with the setup's answers only.
    #expect(
      questions(try store.search(["interview"], includingSetup: true))
        == ["1 follow_up.thanks", "1 setup.partner_email"])
  }

  /// The older database the migration tests open, written before the index had stems, finds a
  /// word's other forms once opened: the index is rebuilt from what it held.
  @Test func rebuildsAnOlderIndexWithStems() throws {
    try StoreMigrationTests.migratedStore { store in
      // "Running design reviews": only the stem of "reviews" is "review".
      #expect(questions(try store.search(["design review"])).contains("2 agenda.topics"))
      #expect(questions(try store.search(["payment"])).contains("1 backgrounds.mine"))
      let tokenizer = try store.database.read {
        try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'search'")
      }
      #expect(tokenizer?.contains("porter unicode61 remove_diacritics 2") == true)
    }
  }

  @Test func filtersByRelationship() throws {
    let store = try SessionStore.inMemory()
    _ = try store.startSession(with: "Ana", extra: ["follow_up.thanks": .text("the agenda")])
    _ = try store.startSession(with: "Tomás", extra: ["follow_up.thanks": .text("the agenda")])
    let tomas = try #require(try store.knownPartners().first { $0.partner == "Tomás" })
    #expect(questions(try store.search(["agenda"])) == ["1 follow_up.thanks", "2 follow_up.thanks"])
    #expect(questions(try store.search(["agenda"], relationships: [tomas.id])) == ["2 follow_up.thanks"])
  }

  /// A database written before the index existed (schema v2) is indexed when opened, with the
  /// same text the triggers give a new answer.
  @Test func indexesADatabaseMadeBeforeIt() throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    let answers: [String: Answer] = [
      "setup.partner": .text("Dr. Tomás Okafor"),
      "follow_up.learnings": .list(["Don't skip the pre-read", "Book the design review"]),
      "actions.agreed": .actions([ActionItem(text: "Send the follow-up notes", owner: .role(.mentee))]),
      "setup.first_session": .yesNo(true),
    ]
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let values = StoredValues(path: "old")
    do {
      let old = try DatabaseQueue(path: home + "/" + HomeFolder.databaseName)
      try StoreSchema.migrator.migrate(old, upTo: "v2")
      try old.write { db in
        try db.execute(
          sql: """
            INSERT INTO session (number, created_at, updated_at, phase_reached, progress)
            VALUES (1, '2026-11-26', '2026-11-26', 'after', '{}')
            """)
        for (key, answer) in answers {
          try db.execute(
            sql: "INSERT INTO answer (session, key, value) VALUES (1, ?, ?)",
            arguments: [key, try values.json(answer)])
        }
      }
    }
    let migrated = try SessionStore(home: home)
    #expect(questions(try migrated.search(["tomas"], includingSetup: true)) == ["1 setup.partner"])
    #expect(questions(try migrated.search(["follow-up"])) == ["1 actions.agreed"])
    let oldText = try migrated.database.read {
      try [String: String](
        uniqueKeysWithValues: Row.fetchAll($0, sql: "SELECT key, text FROM search_text").map {
          ($0["key"], $0["text"])
        })
    }
    // The same answers saved now, and their session indexed, give the same text.
    let fresh = try SessionStore.inMemory()
    let number = try fresh.createSession(at: firstMeeting, progress: DialogueProgress(position: .finished))
    try fresh.save(number, answers, at: nil, now: firstMeeting)
    try fresh.indexStaleSessions()
    let newText = try fresh.database.read {
      try [String: String](
        uniqueKeysWithValues: Row.fetchAll($0, sql: "SELECT key, text FROM search_text").map {
          ($0["key"], $0["text"])
        })
    }
    #expect(oldText == newText)
    #expect(oldText["follow_up.learnings"] == "Don't skip the pre-read\nBook the design review")
    #expect(oldText["setup.first_session"] == nil)
  }

  /// A save marks its session stale and leaves the index as it was; the next search (or the
  /// end of a conversation) indexes the session again, with what its answers now say.
  @Test func aSavedSessionIsIndexedBeforeTheNextSearch() throws {
    let store = try SessionStore.inMemory()
    let stale = { try store.database.read { try Int.fetchAll($0, sql: "SELECT session FROM search_stale") } }
    let indexed = {
      try store.database.read { try String.fetchAll($0, sql: "SELECT text FROM search_text ORDER BY key") }
    }
    let session = try store.startSession(with: "Sam Rivera", extra: ["purpose.goal": .text("Rehearse the interviews")])
    #expect(try stale() == [session])
    #expect(try indexed().isEmpty)
    #expect(try store.search(["interview"]).map(\.question) == ["purpose.goal"])
    #expect(try stale().isEmpty)
    #expect(try indexed().contains("Rehearse the interviews"))
    // Changed: the old words are gone from the index, the new ones found.
    try store.save(session, ["purpose.goal": .text("Prepare the salary talk")], at: "during.actions", now: firstMeeting)
    #expect(try stale() == [session])
    #expect(try store.search(["interview"]).isEmpty)
    #expect(try store.search(["salary"]).map(\.question) == ["purpose.goal"])
    #expect(try !indexed().contains("Rehearse the interviews"))
    // Nothing stale: indexing writes nothing.
    try store.indexStaleSessions()
    #expect(try stale().isEmpty)
  }

  @Test func theSystemSQLiteHasFTS5() throws {
    let store = try SessionStore.inMemory()
    let options = try store.database.read { try String.fetchAll($0, sql: "PRAGMA compile_options") }
    #expect(options.contains("ENABLE_FTS5"))
  }
}
