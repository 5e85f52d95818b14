import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The progress and answers saved with every answer are written without `JSONEncoder`; the
/// text must be the encoder's, byte for byte, so stores written either way read the same.
@Suite struct StoredProgressTests {
  static let values = StoredValues(path: ":memory:")

  static var progresses: [DialogueProgress] {
    var empty = DialogueProgress(position: .finished)
    var asking = DialogueProgress(position: .asking(state: "setup.who", question: "setup.partner", item: nil))
    asking.prefilled = ["setup.role", "setup.me"]
    asking.lookedUp = "mentee|sam rivera"
    asking.startPhase = .during
    asking.trail = (0..<80).map {
      switch $0 % 4 {
      case 0: .betweenPhases(next: "during.start")
      case 1: .asking(state: "during.success", question: "actions.success", item: "1.\($0)")
      case 2: .asking(state: "during.plan", question: "plan.steps", item: nil)
      default: .entering(state: "before.agenda")
      }
    }
    var editing = asking
    editing.returnTo = .asking(state: "after.feedback", question: "feedback.rating", item: nil)
    var typing = asking
    typing.draft = .list(["First", "Second"])
    var named = asking
    named.lookedUp = "mentor|zoë \"z\" o'neil \\ /"
    var controls = asking
    controls.lookedUp = "mentor|tab\there\u{1B}[31m"
    var choosing = asking
    choosing.partnerChoice = PartnerChoice(typed: "sam", candidates: ["Sam Rivera", "Sam Lee"])
    var inline = asking
    inline.answeredInline = ["review.1.1.new_due", "close.1.2"]
    var accented = asking
    accented.lookedUp = "mentee|tomás okafor"
    accented.partnerChoice = PartnerChoice(typed: "zoë", candidates: ["Zoë \"Z\" O'Neil", "Zoe/Lee"])
    empty.prefilled = []
    return [empty, asking, editing, typing, named, controls, choosing, inline, accented]
  }

  @Test(arguments: progresses.indices)
  func writtenDirectlyAsTheEncoderWrites(_ index: Int) throws {
    let progress = Self.progresses[index]
    let encoded = try Self.values.encoded(progress)
    #expect(try Self.values.json(progress: progress) == encoded)
  }

  /// Every character a text may hold is escaped as the encoder escapes it (or left as it is).
  @Test func everyCharacterIsWrittenAsTheEncoderWritesIt() throws {
    var progress = DialogueProgress(position: .finished)
    progress.lookedUp = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init))) + "é—😀\u{2028}"
    #expect(try Self.values.json(progress: progress) == Self.values.encoded(progress))
  }

  static let answers: [Answer] = [
    .text("Plain"), .text("Zoë \"Z\" O'Neil \\ / tab\there\u{1B}[31m\nnext\u{7F}"), .yesNo(true), .yesNo(false),
    .choice("cultivation"), .dateTime(LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)),
    .dateTime(LocalDateTime(year: 2026, month: 11, day: 26)), .list([]), .list(["First", "Sécond \"2\""]),
    .status(.partly), .number(-42), .number(7), .skipped,
  ]

  /// Answers too are written directly, as the encoder writes them.
  @Test(arguments: answers)
  func answerWrittenDirectlyAsTheEncoderWrites(_ answer: Answer) throws {
    #expect(try Self.values.json(answer) == Self.values.encoded(answer))
  }

  /// A partner choice pending at the partner's name is kept, so resume asks it again.
  @Test func aPendingPartnerChoiceIsKept() throws {
    let choosing = Self.progresses[6]
    let text = try Self.values.json(progress: choosing)
    let read = try JSONDecoder().decode(DialogueProgress.self, from: Data(text.utf8))
    #expect(read == choosing)
    #expect(read.partnerChoice?.candidates == ["Sam Rivera", "Sam Lee"])
  }
}
