import Testing

@testable import MentorPrepCore

/// A place saved before places kept their item (a migrated record) names no item: in a state
/// that walks a list it resumes at the first item the question has no answer for.
@Suite struct DialogueItemlessPlaceTests {
  @Test func resumesAtTheFirstItemNotYetAnswered() throws {
    var context = DialogueContext(now: SmallBank.now, sessionNumber: 2, startPhase: .during)
    context.memory = RelationshipMemory(returning: true, openActions: [SmallBank.sendCV, SmallBank.bookRoom])
    var progress = DialogueProgress(position: .asking(state: "during.review", question: "review.status", item: nil))
    progress.trail = [.asking(state: "during.review", question: "review.status", item: nil)]
    var dialogue = try Dialogue(
      bank: try SmallBank.bank(), context: context,
      answers: ["setup.role": .choice("mentee"), "review.status#1.1": .status(.done)], progress: progress)
    let effects = dialogue.handle(.start)
    #expect(dialogue.askedKey == "review.status#1.2")
    #expect(effects.contains(.say("Action 2 of 2 (1.2)", .recall)))
    // The trail's place without its item is not one to go back to.
    #expect(dialogue.progress.trail.isEmpty)
  }
}
