import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// A database written before positions carried ids (schema v2) is migrated to name each saved
/// question by id, and its conversations resume where they stood.
///
/// The fixture was made by the binary of that time: session 1 paused inside a list (two goals
/// typed), session 2 paused at the question between before and during, session 3 completed.
/// The built-in banks have been rewritten since, so they resume with that time's banks, kept
/// beside it (as a person would with `resume --bank`).
@Suite struct StoreMigrationTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let fixture = fixtures.appendingPathComponent("v2-three-sessions.sqlite")

  /// The built-in banks as they were when the fixture was written.
  static func banksOfThatTime() throws -> QuestionBank {
    let folder = fixtures.appendingPathComponent("v2-banks")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
      .sorted()
    return try BankLoader.load(
      try names.map { name in
        BankFile(name: name, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))))
      })
  }

  /// A store opened on a copy of the fixture, which migrates it.
  static func migratedStore(_ body: (SessionStore) throws -> Void) throws {
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: fixture.path, toPath: (home as NSString).appendingPathComponent(HomeFolder.databaseName))
    try body(try SessionStore(home: home))
  }

  static func resumed(_ stored: StoredSession, session: Int) throws -> (Dialogue, [DialogueEffect]) {
    let context = DialogueContext(
      now: LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0), sessionNumber: session)
    var dialogue = try Dialogue(
      bank: try banksOfThatTime(), context: context, answers: stored.answers, progress: stored.progress)
    let effects = dialogue.handle(.start)
    return (dialogue, effects)
  }

  @Test func everySavedQuestionIsNamedByIdAfterMigrating() throws {
    let bank = try Self.banksOfThatTime()
    try Self.migratedStore { store in
      for number in 1...3 {
        let progress = try store.loadSession(number).progress
        for place in [progress.position, progress.returnTo].compactMap({ $0 }) + progress.trail {
          guard case .asking(let state, let question, _) = place else { continue }
          let questions = try #require(bank.state(state)?.questions)
          #expect(questions.contains { $0.id == question }, "session \(number): \(place)")
        }
      }
    }
  }

  @Test func aListPausedBeforeMigratingResumesWithItsItemsSoFar() throws {
    try Self.migratedStore { store in
      let (dialogue, effects) = try Self.resumed(try store.loadSession(1), session: 1)
      #expect(
        effects.contains(
          .say("So far: Become a tech lead within eighteen months; Speak up more in design reviews", .recall)))
      #expect(dialogue.progress.position.state == "before.agenda")
    }
  }

  @Test func theQuestionBetweenPhasesIsAskedAgainAfterMigrating() throws {
    try Self.migratedStore { store in
      let (dialogue, effects) = try Self.resumed(try store.loadSession(2), session: 2)
      #expect(dialogue.progress.position == .betweenPhases(next: "during.catch_up"))
      #expect(effects.contains(.say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question)))
    }
  }

  @Test func aCompletedSessionStaysCompletedAfterMigrating() throws {
    try Self.migratedStore { store in
      // Its answers name questions of that time's banks, so it is checked as stored.
      let stored = try store.loadSession(3)
      #expect(stored.progress.isFinished)
      #expect(stored.completed)
    }
  }

  /// SPEC §7: the relationships and actions kept before ids existed each get one (v10-ids),
  /// which later saves keep.
  @Test func everyRelationshipAndActionHasItsOwnIdAfterMigrating() throws {
    try Self.migratedStore { store in
      let relationships = try (1...3).map { try store.loadSession($0).relationshipID }
      #expect(relationships.allSatisfy(TravellingIDTests.isRandomID))
      #expect(Set(relationships).count == 3)
      let actions = try store.actions(openOnly: false, partner: nil)
      #expect(actions.map(\.ref) == ["3.1", "3.2", "3.3", "3.4", "3.5"])
      #expect(actions.map(\.id).allSatisfy(TravellingIDTests.isRandomID))
      #expect(Set(actions.map(\.id)).count == 5)

      let stored = try store.loadSession(3)
      try store.save(
        session: 3,
        SessionSnapshot(
          session: 3, answers: stored.answers, changes: [], progress: stored.progress, phase: .after,
          bank: try Self.banksOfThatTime(), at: firstMeeting))
      #expect(try store.actions(openOnly: false, partner: nil).map(\.id) == actions.map(\.id))
      #expect(try store.loadSession(3).relationshipID == relationships[2])
    }
  }

  @Test func theFrozenQuestionsAreThoseOfTheBanksOfThatTime() throws {
    let bank = try Self.banksOfThatTime()
    #expect(SchemaV2Questions.ids.count == bank.states.count)
    for state in bank.states {
      #expect(SchemaV2Questions.ids[state.id] == state.questions.map(\.id), "\(state.id)")
    }
  }

  @Test func anIndexTheBankDoesNotHaveBecomesItsStatesFirstQuestion() throws {
    let bank = try Self.banksOfThatTime()
    let saved = """
      {"cursor":{"gate":false,"item":0,"question":999,"state":"before.agenda"},"prefilled":[],\
      "trail":[{"gate":false,"item":0,"question":1,"state":"setup.who"},\
      {"gate":true,"item":0,"question":0,"state":"during.catch_up"}]}
      """
    let progress = try #require(StoreSchema.positioned(saved))
    let first = try #require(bank.state("before.agenda")?.questions.first?.id)
    let second = try #require(bank.state("setup.who")?.questions[1].id)
    #expect(progress.position == .asking(state: "before.agenda", question: first, item: nil))
    #expect(
      progress.trail == [
        .asking(state: "setup.who", question: second, item: nil), .betweenPhases(next: "during.catch_up"),
      ])
  }

  /// Schema v3 wrote each place's ids beside its indexes: the ids are kept, the indexes dropped.
  @Test func placesWithTheirIdsBesideTheIndexesKeepTheIds() throws {
    let saved = """
      {"cursor":{"gate":false,"item":1,"itemRef":"1.2","question":0,"questionID":"review.status",\
      "state":"during.review_actions"},"draft":{"kind":"list","value":["a"]},"lookedUp":"mentee|ana","prefilled":["setup.role"],\
      "returnTo":{"gate":false,"item":0,"question":-1,"state":"during.focus"},"startPhase":"during","trail":[]}
      """
    let progress = try #require(StoreSchema.positioned(saved))
    #expect(progress.position == .asking(state: "during.review_actions", question: "review.status", item: "1.2"))
    #expect(progress.returnTo == .entering(state: "during.focus"))
    #expect(progress.prefilled == ["setup.role"] && progress.lookedUp == "mentee|ana" && progress.startPhase == .during)
    #expect(progress.draft == .list(["a"]))
    // A row already by id is left as it is.
    let current = try StoredValues(path: ":memory:").json(progress: progress)
    #expect(StoreSchema.positioned(current) == nil)
  }
}
