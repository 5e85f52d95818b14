import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialoguePhaseTests {
  /// Stands at the gate between before and during.
  static func atGate() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", "", ""])
    try #require(dialogue.askedKey == "gate")
    return dialogue
  }

  @Test func theGateBetweenBeforeAndDuringAsksWhetherToGoOn() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", ""])
    #expect(
      dialogue.type("") == [
        .record(key: "goals.ideas", answer: .skipped),
        .say("", .lead),
        .say("During the meeting comes next.", .heading),
        .say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .betweenPhases(next: "during.start"))
    #expect(dialogue.phase == .during)
  }

  @Test func noAtTheGatePauses() throws {
    var dialogue = try Self.atGate()
    let answers = dialogue.answers
    #expect(
      dialogue.type("n") == [
        .say("Saved. Run `mentorprep resume` when the meeting begins.", .note), .pause,
      ])
    #expect(dialogue.answers == answers)
    // The place to resume is the next phase's first question, not the question at the gate.
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
    #expect(!dialogue.isFinished)
  }

  @Test func aGateLeftUnansweredIsAskedAgainOnResume() throws {
    let dialogue = try Self.atGate()
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    let effects = resumed.handle(.start)
    #expect(effects.contains(.say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question)))
    #expect(resumed.askedKey == "gate")
    #expect(resumed.type("y").contains(.say("How are you both? [optional]", .question)))
  }

  @Test func yesAtTheGateGoesOn() throws {
    var dialogue = try Self.atGate()
    #expect(
      dialogue.type("y") == [
        .say("", .lead),
        .say("Start — during the meeting, step 1 of 2", .heading),
        .say("How are you both? [optional]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
  }

  @Test func nothingIsSkippedAtTheGate() throws {
    var dialogue = try Self.atGate()
    #expect(dialogue.type("/skip") == [.say("There is nothing to skip here.", .error), .ask(.answer)])
    #expect(dialogue.askedKey == "gate")
  }

  @Test func theGateBetweenDuringAndAfterToo() throws {
    var dialogue = try DialogueListTests.atActions()
    dialogue.type(["Draft the pitch", "", "in 2 weeks 10:00"])
    #expect(dialogue.askedKey == "actions.success#1.1")
    let effects = dialogue.type("It is sent")
    #expect(effects.contains(.say("After the meeting comes next.", .heading)))
    #expect(dialogue.progress.position == .betweenPhases(next: "after.thanks"))
    #expect(
      dialogue.type("n") == [
        .say("Saved. Run `mentorprep resume` after the meeting, to follow it up.", .note), .pause,
      ])
    #expect(dialogue.progress.position == .asking(state: "after.thanks", question: "thanks.note", item: nil))
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    #expect(resumed.handle(.start).contains(.say("What do you thank Alex Chen for?", .question)))
  }

  @Test func aWrongAnswerAtTheGateIsAskedAgain() throws {
    var dialogue = try Self.atGate()
    let effects = dialogue.type("perhaps")
    #expect(effects.errors == ["Answer y or n."])
    #expect(effects.first == .say("Answer y or n.", .error))
    #expect(effects.last == .ask(.answer))
    #expect(dialogue.askedKey == "gate")
  }

  /// SPEC §3: the `[y/n]` hint ends the question line, and a wrong answer gets the same
  /// question again.
  @Test func theGateIsAskedAgainInTheSameWords() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", ""])
    let first = dialogue.type("")
    let asked = Array(first.drop { $0 != .say("During the meeting comes next.", .heading) }.dropFirst())
    let again = Array(dialogue.type("perhaps").dropFirst())
    #expect(again == asked)
    #expect(asked.lines.first?.hasSuffix("[y/n]") == true)
  }

  @Test func resumingAPausedConversationGoesIntoTheNextPhase() throws {
    var dialogue = try Self.atGate()
    _ = dialogue.type("n")
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    let effects = resumed.handle(.start)
    #expect(effects.last == .ask(.answer))
    #expect(effects.contains(.say("How are you both? [optional]", .question)))
    #expect(resumed.askedKey == "during.mood")
  }

  @Test func startingInTheDuringPhaseGoesFromSetupStraightThere() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .during)
    #expect(
      try dialogue.setUp() == [
        .record(key: "setup.first_session", answer: .yesNo(true)),
        .say("", .lead),
        .say("Start — during the meeting, step 1 of 2", .heading),
        .say("How are you both? [optional]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
    #expect(!dialogue.answers.keys.contains { $0.hasPrefix("goals.") || $0.hasPrefix("intro.") })
  }

  @Test func startingInTheAfterPhaseGoesFromSetupStraightThere() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .after)
    try dialogue.setUp(first: "n")
    #expect(dialogue.askedKey == "thanks.note")
  }

  @Test func theLastAnswerFinishesTheConversation() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .after)
    try dialogue.setUp(first: "n")
    #expect(
      dialogue.type("Your time") == [
        .record(key: "thanks.note", answer: .text("Your time")),
        .say("That is the whole conversation. Everything you said is saved.", .note),
        .finish,
      ])
    #expect(dialogue.isFinished)
    #expect(dialogue.progress.position == .finished)
    #expect(dialogue.type("more") == [.say("This conversation is complete.", .note), .finish])
    #expect(dialogue.handle(.start) == [.say("This conversation is complete.", .note), .finish])
    #expect(dialogue.answers["thanks.note"] == .text("Your time"))
  }
}
