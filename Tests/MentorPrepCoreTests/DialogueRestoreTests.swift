import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueRestoreTests {
  @Test func aRestoredDialogueContinuesAtTheSameQuestion() throws {
    var original = try SmallBank.dialogue()
    try original.setUp(first: "n")
    _ = original.type("Lead a team")
    #expect(original.askedKey == "goals.note")

    var restored = try Dialogue(
      bank: original.bank, context: original.context, answers: original.answers, progress: original.progress)
    #expect(restored.progress == original.progress)
    #expect(
      restored.handle(.start) == [
        .say("", .lead),
        .say("Goals — before the meeting, step 1 of 1", .heading),
        .say("Anything else Alex Chen should know? [optional]", .question),
        .ask(.answer),
      ])
    #expect(restored.type("Nothing").first == .record(key: "goals.note", answer: .text("Nothing")))
    #expect(restored.askedKey == "goals.size")
    // Going back still works after a restore: the trail was saved.
    #expect(restored.type("/back").last == .ask(Prompt(marker: "> ", prefill: "Nothing")))
  }

  @Test func aProgressNamingAStateTheBankLacksIsRefused() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    #expect(throws: DialogueError.unknownID("before.gone")) {
      _ = try Dialogue(
        bank: bank, context: context, answers: [:],
        progress: DialogueProgress(position: .entering(state: "before.gone")))
    }
    var trail = DialogueProgress(position: .asking(state: "setup.who", question: "setup.me", item: nil))
    trail.trail = [.asking(state: "setup.old", question: "setup.name", item: nil)]
    #expect(throws: DialogueError.unknownID("setup.old")) {
      _ = try Dialogue(bank: bank, context: context, answers: [:], progress: trail)
    }
  }

  @Test func answersToQuestionsTheBankLacksAreRefused() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    let progress = DialogueProgress(position: .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(throws: DialogueError.unknownID("goals.gone")) {
      _ = try Dialogue(
        bank: bank, context: context, answers: ["setup.role": .choice("mentee"), "goals.gone#1.1": .text("x")],
        progress: progress)
    }
    // An item's key names its question before the `#`.
    #expect(throws: Never.self) {
      _ = try Dialogue(bank: bank, context: context, answers: ["review.status#1.1": .status(.done)], progress: progress)
    }
  }

  /// A pending question the bank no longer has, with nothing answered before it in its state,
  /// goes on from the state's first question, and says so.
  @Test func aPendingQuestionGoneFromItsStateGoesOnFromTheStatesStart() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    let progress = DialogueProgress(position: .asking(state: "after.thanks", question: "thanks.gone", item: nil))
    var dialogue = try Dialogue(bank: bank, context: context, answers: [:], progress: progress)
    let effects = dialogue.handle(.start)
    #expect(
      effects.first
        == .say("The question you were at (thanks.gone) is no longer in the bank; going on with the next one.", .note))
    #expect(dialogue.askedKey == "thanks.note")
  }

  @Test func progressSurvivesJSON() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career"])
    let data = try JSONEncoder().encode(dialogue.progress)
    #expect(try JSONDecoder().decode(DialogueProgress.self, from: data) == dialogue.progress)
    let answers = try JSONDecoder().decode([String: Answer].self, from: try JSONEncoder().encode(dialogue.answers))
    #expect(answers == dialogue.answers)
  }
}
