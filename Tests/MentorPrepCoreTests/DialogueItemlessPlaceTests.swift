import Testing

@testable import MentorPrepCore

/// A restored place in a walk through actions whose action is not named (a migrated record) or
/// no longer open (settled between two runs) goes on where an uninterrupted run would stand:
/// the first question that applies and has no answer.
@Suite struct DialogueItemlessPlaceTests {
  static let bookTheVenue = TrackedAction(
    ref: "1.3", session: 1, item: ActionItem(text: "Book the venue", owner: .role(.mentee)), status: .open)

  static func restored(
    at position: Position, answers: [String: Answer], openActions: [TrackedAction]
  ) throws -> (Dialogue, [DialogueEffect]) {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 2, startPhase: .during)
    context.memory = RelationshipMemory(returning: true, openActions: openActions)
    var progress = DialogueProgress(position: position)
    progress.trail = [.asking(state: "during.review", question: "review.status", item: nil)]
    var dialogue = try Dialogue(
      bank: try SmallBank.bank(), context: context,
      answers: answers.merging(["setup.role": .choice("mentee")]) { first, _ in first }, progress: progress)
    let effects = dialogue.handle(.start)
    return (dialogue, effects)
  }

  @Test func aPlaceWithoutItsActionResumesAtTheFirstNotYetAnswered() throws {
    let (dialogue, effects) = try Self.restored(
      at: .asking(state: "during.review", question: "review.status", item: nil),
      answers: ["review.status#1.1": .status(.done), "review.learned#1.1": .skipped],
      openActions: [SmallBank.sendCV, SmallBank.bookRoom])
    #expect(dialogue.askedKey == "review.status#1.2")
    #expect(effects.contains(.say("Action 2 of 2 (1.2)", .recall)))
    // The trail's place without its action is not one to go back to.
    #expect(dialogue.progress.trail.isEmpty)
  }

  @Test func aPlaceWithoutItsActionSkipsQuestionsThatDoNotApply() throws {
    let (dialogue, _) = try Self.restored(
      at: .asking(state: "during.review", question: "review.learned", item: nil),
      answers: [
        "review.status#1.1": .status(.notYet), "review.learned#1.1": .skipped, "review.status#1.2": .status(.done),
      ],
      openActions: [SmallBank.sendCV, SmallBank.bookRoom])
    #expect(dialogue.askedKey == "review.learned#1.2")
  }

  @Test func anActionSettledBetweenTwoRunsGoesOnWithTheNextAndSaysSo() throws {
    // Paused at 1.2, which `actions done 1.2` then settled: 1.1 stays answered, 1.3 comes next.
    let (dialogue, effects) = try Self.restored(
      at: .asking(state: "during.review", question: "review.status", item: "1.2"),
      answers: ["review.status#1.1": .status(.done), "review.learned#1.1": .text("It went well")],
      openActions: [SmallBank.sendCV, Self.bookTheVenue])
    #expect(effects.first == .say("The action you were at (1.2) is no longer open; going on with the next one.", .note))
    #expect(dialogue.askedKey == "review.status#1.3")
    #expect(dialogue.answers["review.learned#1.1"] == .text("It went well"))
  }

  @Test func whenEveryOpenActionIsReviewedTheWalkIsLeft() throws {
    let (dialogue, _) = try Self.restored(
      at: .asking(state: "during.review", question: "review.status", item: "1.2"),
      answers: ["review.status#1.1": .status(.notYet), "review.learned#1.1": .skipped],
      openActions: [SmallBank.sendCV])
    #expect(dialogue.askedKey == "actions.agreed")
  }

  @Test func aPhaseAskedForReplacesWhereARestoreWouldGoOn() throws {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    context.memory = .none
    let progress = DialogueProgress(position: .asking(state: "before.goals", question: "goals.gone", item: nil))
    var dialogue = try Dialogue(
      bank: try SmallBank.bank(), context: context, answers: ["setup.role": .choice("mentee")], progress: progress)
    let moved = dialogue.go(to: .after)
    #expect(moved)
    let effects = dialogue.handle(.start)
    #expect(dialogue.askedKey == "thanks.note")
    #expect(!effects.lines.contains { $0.contains("no longer in the bank") })
    // The gone place is not one to go back to.
    #expect(dialogue.progress.trail.isEmpty)
  }
}
