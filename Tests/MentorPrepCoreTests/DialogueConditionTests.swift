import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueConditionTests {
  /// The question keys asked from setup's end to the first gate.
  static func beforeKeys(role: String, first: String) throws -> [String] {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(role: role, first: first)
    var keys: [String] = []
    while let key = dialogue.askedKey, key != "gate", keys.count < 20 {
      keys.append(key)
      let question = try #require(dialogue.location(dialogue.progress.position)).1
      switch question.kind {
      case .list, .actions: dialogue.type(["an item", ""])
      case .choice: _ = dialogue.type("1")
      default: _ = dialogue.type("an answer")
      }
    }
    return keys
  }

  @Test func aMenteesFirstSessionHasTheIntroductionAndNoMentorQuestions() throws {
    #expect(
      try Self.beforeKeys(role: "mentee", first: "y") == [
        "intro.about", "goals.main", "goals.note", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  @Test func aLaterSessionHasNoIntroduction() throws {
    #expect(
      try Self.beforeKeys(role: "mentee", first: "n") == [
        "goals.main", "goals.note", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  /// The introduction state has only a mentee question, so a mentor passes it by entirely.
  @Test func aMentorSkipsMenteeQuestionsAndGetsTheirOwn() throws {
    #expect(
      try Self.beforeKeys(role: "mentor", first: "y") == [
        "goals.main", "goals.note", "goals.offer", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  @Test func theFirstStateAfterSetupIsIntroducedWithItsHeading() throws {
    var dialogue = try SmallBank.dialogue()
    #expect(
      try dialogue.setUp() == [
        .record(key: "setup.first_session", answer: .yesNo(true)),
        .say("", .lead),
        .say("Introduction — before the meeting, step 1 of 2", .heading),
        .say("Who are you, in a sentence?", .question),
        .ask(.answer),
      ])
  }

  @Test func openActionsAreReviewedOneByOne() throws {
    var dialogue = try SmallBank.dialogue(session: 2, startPhase: .during)
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera"])
    #expect(
      dialogue.type("Alex Chen") == [
        .record(key: "setup.partner", answer: .text("Alex Chen")),
        .lookUpRelationship(partner: "Alex Chen", role: .mentee),
      ])
    let memory = RelationshipMemory(returning: true, openActions: [SmallBank.sendCV, SmallBank.bookRoom])
    let welcome = dialogue.handle(.relationship(memory))
    #expect(welcome.first == .say("Welcome back: this continues your sessions with Alex Chen.", .note))
    #expect(dialogue.askedKey == "setup.first_session")
    dialogue.type(["n", ""])  // first session, during.mood
    #expect(dialogue.askedKey == "review.status#1.1")
    #expect(dialogue.progress.position == .asking(state: "during.review", question: "review.status", item: "1.1"))

    // The state is entered once; each action is introduced before its questions.
    let intoSecond = dialogue.type("partly")
    #expect(intoSecond.first == .record(key: "review.status#1.1", answer: .status(.partly)))
    #expect(dialogue.askedKey == "review.learned#1.1")
    let second = dialogue.type("Half the CV is done")
    #expect(
      second == [
        .record(key: "review.learned#1.1", answer: .text("Half the CV is done")),
        .say("Action 2 of 2 (1.2)", .recall),
        .say("Book a room (Alex Chen, no date): where does it stand? [1-4]", .question),
        .say("  1. done", .option),
        .say("  2. partly done", .option),
        .say("  3. not yet", .option),
        .say("  4. dropped", .option),
        .ask(.answer),
      ])
    #expect(dialogue.askedKey == "review.status#1.2")
    #expect(dialogue.type("done").first == .record(key: "review.status#1.2", answer: .status(.done)))
    #expect(dialogue.type("").first == .record(key: "review.learned#1.2", answer: .skipped))
    #expect(dialogue.askedKey == "actions.agreed")
    let reviewKeys = dialogue.answers.keys.filter { $0.hasPrefix("review.") }.sorted()
    #expect(reviewKeys == ["review.learned#1.1", "review.learned#1.2", "review.status#1.1", "review.status#1.2"])
  }

  @Test func theFirstReviewQuestionNamesTheActionOwnerAndDate() throws {
    var dialogue = try SmallBank.dialogue(session: 2, startPhase: .during)
    try dialogue.setUp(first: "n", memory: RelationshipMemory(returning: true, openActions: [SmallBank.sendCV]))
    #expect(
      dialogue.type("") == [
        .record(key: "during.mood", answer: .skipped),
        .say("", .lead),
        .say("Review — during the meeting, step 2 of 3", .heading),
        .say("Action 1 of 1 (1.1)", .recall),
        .say("Send the CV (Sam Rivera, Wednesday 18 November 2026): where does it stand? [1-4]", .question),
        .say("  1. done", .option),
        .say("  2. partly done", .option),
        .say("  3. not yet", .option),
        .say("  4. dropped", .option),
        .ask(.answer),
      ])
  }

  @Test func withoutOpenActionsTheReviewIsPassedBy() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .during)
    try dialogue.setUp(first: "n", memory: RelationshipMemory(returning: true))
    _ = dialogue.type("")
    #expect(dialogue.askedKey == "actions.agreed")
    #expect(!dialogue.answers.keys.contains { $0.hasPrefix("review.") })
  }

  @Test func theRelationshipCanAnswerQuestionsInAdvance() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    dialogue.type(["mentor", "Sam Rivera"])
    _ = dialogue.type("Alex Chen")
    let memory = RelationshipMemory(
      returning: true, prefill: ["setup.first_session": .yesNo(false), "no.such": .text("x")])
    let effects = dialogue.handle(.relationship(memory))
    #expect(effects.first == .record(key: "setup.first_session", answer: .yesNo(false)))
    #expect(effects.records.count == 1)
    #expect(dialogue.progress.prefilled == ["setup.first_session"])
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func optionsGivenInAdvanceAreRecordedAndNotAsked() throws {
    var dialogue = Dialogue(
      bank: try SmallBank.bank(), context: DialogueContext(now: SmallBank.now, sessionNumber: 1),
      prefill: ["setup.role": .choice("mentor"), "setup.me": .text("Sam"), "setup.partner": .text("Alex")])
    #expect(
      dialogue.handle(.start) == [
        .record(key: "setup.me", answer: .text("Sam")),
        .record(key: "setup.partner", answer: .text("Alex")),
        .record(key: "setup.role", answer: .choice("mentor")),
        .lookUpRelationship(partner: "Alex", role: .mentor),
      ])
    let effects = dialogue.handle(.relationship(.none))
    #expect(dialogue.askedKey == "setup.first_session")
    #expect(effects.last == .ask(.answer))
    // Nothing was shown yet, so the first question comes with its state's heading.
    #expect(effects.contains(.say("Who — setup, step 1 of 1", .heading)))
  }
}
