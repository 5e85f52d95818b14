import Testing

@testable import MentorPrepCore

/// A bank edited between two runs does not shift a saved conversation: the pending question is
/// found again by its id.
@Suite struct DialogueRelocationTests {
  /// Stands at `goals.note`, having answered `goals.main`.
  static func atNote() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type("Lead a team")
    try #require(dialogue.askedKey == "goals.note")
    return dialogue
  }

  /// `saved` restored with the small bank as `edit` changes each of its files.
  static func restored(_ saved: Dialogue, editing edit: (String) -> String) throws -> Dialogue {
    let files = [
      ("setup", SmallBank.setup), ("before", SmallBank.before), ("during", SmallBank.during),
      ("after", SmallBank.after),
    ]
    let bank = try BankLoader.load(files.map { BankFile(name: "small/\($0.0).yaml", text: edit($0.1)) })
    return try Dialogue(bank: bank, context: saved.context, answers: saved.answers, progress: saved.progress)
  }

  static let inserted = """
          - id: goals.why
            ask: "Why this goal?"
          - id: goals.note
    """

  @Test func theSavedPlaceNamesItsQuestion() throws {
    let dialogue = try Self.atNote()
    #expect(dialogue.progress.position == .asking(state: "before.goals", question: "goals.note", item: nil))
    #expect(dialogue.progress.trail.last == .asking(state: "before.goals", question: "goals.main", item: nil))
  }

  @Test func aQuestionInsertedBeforeThePendingOneDoesNotShiftIt() throws {
    var dialogue = try Self.restored(try Self.atNote()) {
      $0.replacingOccurrences(of: "      - id: goals.note", with: Self.inserted)
    }
    let effects = dialogue.handle(.start)
    #expect(effects.contains(.say("Anything else Alex Chen should know? [optional]", .question)))
    #expect(dialogue.askedKey == "goals.note")
    // Going back still reaches the question answered before, now one index further on.
    dialogue.type("/back")
    #expect(dialogue.askedKey == "goals.main")
    dialogue.type("Lead a bigger team")
    #expect(dialogue.askedKey == "goals.why")
  }

  @Test func editStillReturnsToThePendingQuestion() throws {
    var dialogue = try Self.restored(try Self.atNote()) {
      $0.replacingOccurrences(of: "      - id: goals.note", with: Self.inserted)
    }
    _ = dialogue.handle(.start)
    dialogue.type("/edit setup.me")
    #expect(dialogue.askedKey == "setup.me")
    dialogue.type("Sam R.")
    #expect(dialogue.askedKey == "goals.note")
    #expect(dialogue.answers["setup.me"] == .text("Sam R."))
  }

  @Test func aPendingQuestionThatIsGoneGoesOnWithTheNextAndSaysSo() throws {
    var dialogue = try Self.restored(try Self.atNote()) { text in
      text.replacingOccurrences(
        of: """
                - id: goals.note
                  optional: true
                  ask: "Anything else {partner} should know?"

          """, with: "")
    }
    let effects = dialogue.handle(.start)
    #expect(
      effects.first
        == .say("The question you were at (goals.note) is no longer in the bank; going on with the next one.", .note))
    // goals.offer is for mentors only, so a mentee goes on with the size of the step.
    #expect(dialogue.askedKey == "goals.size")
    dialogue.type("/back")
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func aPendingStateThatIsGoneIsRefused() throws {
    let saved = try Self.atNote()
    #expect(throws: DialogueError.unknownID("before.goals")) {
      try Self.restored(saved) { $0.replacingOccurrences(of: "before.goals", with: "before.aims") }
    }
  }
}
