import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The progress saved with every answer is written without `JSONEncoder` when it can be; the
/// text must be the encoder's, byte for byte, so stores written either way read the same.
@Suite struct StoredProgressTests {
  static let values = StoredValues(path: ":memory:")

  static var progresses: [DialogueProgress] {
    var empty = DialogueProgress(cursor: nil)
    var asking = DialogueProgress(cursor: Cursor(state: "setup.who", question: 2))
    asking.prefilled = ["setup.role", "setup.me"]
    asking.lookedUp = "mentee|sam rivera"
    asking.startPhase = .during
    asking.trail = (0..<80).map {
      Cursor(state: "during.success", item: $0 % 5, question: $0, gate: $0 % 7 == 0)
    }
    var editing = asking
    editing.returnTo = Cursor(state: "after.feedback", item: 3, question: 1, gate: true)
    var typing = asking
    typing.draft = .list(["First", "Second"])
    var named = asking
    named.lookedUp = "mentor|zoë \"z\" o'neil \\ /"
    var controls = asking
    controls.lookedUp = "mentor|tab\there\u{1B}[31m"
    empty.prefilled = []
    return [empty, asking, editing, typing, named, controls]
  }

  @Test(arguments: progresses.indices)
  func writtenDirectlyAsTheEncoderWrites(_ index: Int) throws {
    let progress = Self.progresses[index]
    let encoded = try Self.values.json(progress)
    #expect(try Self.values.json(progress: progress) == encoded)
    let draft = try progress.draft.map { try Self.values.json($0) }
    if let direct = StoredValues.plainJSON(progress, draft: draft) {
      #expect(direct == encoded)
    }
  }

  @Test func plainProgressIsWrittenDirectly() throws {
    #expect(StoredValues.plainJSON(Self.progresses[1], draft: nil) != nil)
    let typing = Self.progresses[3]
    #expect(StoredValues.plainJSON(typing, draft: try Self.values.json(typing.draft!)) != nil)
    #expect(StoredValues.plainJSON(Self.progresses[4], draft: nil) == nil)
  }
}
