import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueCommandSuggestionTests {
  @Test func aMistypedCommandGetsADidYouMean() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/hlep").errors == [
        "Unknown command '/hlep'; did you mean /help? (Type // to start an answer with /.)"
      ])
    #expect(dialogue.type("/revew").errors.first?.contains("did you mean /review?") == true)
    #expect(dialogue.askedKey == "setup.role")
  }
}
