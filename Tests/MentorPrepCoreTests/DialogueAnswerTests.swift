import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueAnswerTests {
  @Test func startShowsTheFirstStateAndItsFirstQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    #expect(
      dialogue.handle(.start) == [
        .say("", .lead),
        .say("Who — setup, step 1 of 1", .heading),
        .say("Which side are you on? [1-2]", .question),
        .say("  1. mentee", .option),
        .say("  2. mentor", .option),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.role", item: nil))
    #expect(dialogue.answers.isEmpty)
    #expect(!dialogue.isFinished)
  }

  @Test func aWrongAnswerGetsOneReasonAndTheSameQuestionWithNothingStored() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    for wrong in ["3", "boss", "0"] {
      #expect(
        dialogue.type(wrong) == [
          .say("Choose a number from 1 to 2, or type an option's name.", .error),
          .say("Which side are you on? [1-2]", .question),
          .say("  1. mentee", .option),
          .say("  2. mentor", .option),
          .ask(.answer),
        ])
      #expect(dialogue.answers.isEmpty)
      #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.role", item: nil))
      #expect(dialogue.progress.trail.isEmpty)
    }
  }

  @Test func aRightAnswerIsRecordedAndTheNextQuestionAsked() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("2") == [
        .record(key: "setup.role", answer: .choice("mentor")),
        .say("What is your name?", .question),
        .ask(.answer),
      ])
    #expect(dialogue.answers == ["setup.role": .choice("mentor")])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(dialogue.role == .mentor)
  }

  @Test func anEmptyAnswerToARequiredQuestionIsAskedAgain() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    _ = dialogue.type("mentee")
    for empty in ["", "   ", "\t"] {
      #expect(
        dialogue.type(empty) == [
          .say("An answer is needed here; type /help if you are unsure.", .error),
          .say("What is your name?", .question),
          .ask(.answer),
        ])
    }
    #expect(dialogue.answers == ["setup.role": .choice("mentee")])
    #expect(dialogue.askedKey == "setup.me")
  }

  @Test func anEmptyAnswerToAnOptionalQuestionIsRecordedAsSkipped() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    _ = dialogue.type("Lead a team")
    #expect(dialogue.askedKey == "goals.note")
    let effects = dialogue.type("")
    #expect(effects.first == .record(key: "goals.note", answer: .skipped))
    #expect(effects.errors.isEmpty)
    #expect(dialogue.answers["goals.note"] == .skipped)
    #expect(dialogue.askedKey == "goals.size")
  }

  @Test func theOptionalHintAndPlaceholdersAreShown() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    #expect(
      dialogue.type("Lead a team") == [
        .record(key: "goals.main", answer: .text("Lead a team")),
        .say("Anything else Alex Chen should know? [optional]", .question),
        .ask(.answer),
      ])
  }

  /// A name is put into a question once, as typed: braces in it are not read as placeholders.
  @Test func aNameWithBracesIsShownAsTyped() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(me: "{partner}", partner: "Alex {me} Chen", first: "n")
    #expect(
      dialogue.type("Lead a team") == [
        .record(key: "goals.main", answer: .text("Lead a team")),
        .say("Anything else Alex {me} Chen should know? [optional]", .question),
        .ask(.answer),
      ])
  }

  @Test func skipRefusesARequiredQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/skip") == [
        .say("This question needs an answer, so it cannot be skipped.", .error),
        .ask(.answer),
      ])
    #expect(dialogue.answers.isEmpty)
    #expect(dialogue.askedKey == "setup.role")
  }

  @Test func skipPassesOverAnOptionalQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    _ = dialogue.type("Lead a team")
    let effects = dialogue.type("/skip")
    #expect(effects.first == .record(key: "goals.note", answer: .skipped))
    #expect(dialogue.askedKey == "goals.size")
  }

  @Test func aDoubleSlashStartsAnAnswerWithASlash() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    _ = dialogue.type("mentee")
    let effects = dialogue.type("//answer")
    #expect(effects.first == .record(key: "setup.me", answer: .text("/answer")))
    #expect(dialogue.answers["setup.me"] == .text("/answer"))
    #expect(dialogue.askedKey == "setup.partner")
  }

  @Test func aChoiceIsTakenByNameAndUniquePrefix() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    _ = dialogue.type(["Lead a team", ""])
    #expect(dialogue.askedKey == "goals.size")
    #expect(dialogue.type("a").errors == ["Choose a number from 1 to 2, or type an option's name."])
    #expect(dialogue.type("a big").first == .record(key: "goals.size", answer: .choice("big_leap")))
  }
}
