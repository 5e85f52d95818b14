import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// Stored answers in the forms the store writes for a text, a choice, a date, a status, a yes or
/// no and a skip are read from their bytes, not by `JSONDecoder` (45,000 instructions an answer:
/// 22 M of `due` at 50,000 sessions). Both readers must agree on every stored text, and the
/// plain forms must not go back to the decoder.
@Suite struct PlainAnswerTests {
  static let values = StoredValues(path: ":memory:")

  static let answers: [Answer] = [
    .text("Ana Lopez"), .text(""), .text("Zoë, “quoted” — and } braces {"), .text("a \"quote\""),
    .text("back\\slash"), .text("two\nlines"), .text("tab\there"), .choice("mentee"),
    .dateTime(LocalDateTime(year: 2026, month: 11, day: 20, hour: 15, minute: 0)),
    .dateTime(LocalDateTime(year: 2026, month: 12, day: 1)), .yesNo(true), .yesNo(false), .skipped,
    .status(.done), .status(.notYet), .number(3), .list(["one", "two"]),
    .actions([ActionItem(text: "Draft", owner: .role(.mentee))]),
  ]

  @Test(arguments: answers)
  func whatTheStoreWritesIsReadBackTheSameByBothReaders(answer: Answer) throws {
    let text = try Self.values.json(answer)
    let decoded = try JSONDecoder().decode(Answer.self, from: Data(text.utf8))
    #expect(decoded == answer)
    #expect(try Self.values.answer(text, what: "it") == answer)
    if let plain = StoredValues.plainAnswer(text) { #expect(plain == answer) }
  }

  /// The forms read from their bytes; a regression to the decoder for them fails here.
  @Test(arguments: [
    #"{"kind":"text","value":"Ana Lopez"}"#, #"{"kind":"choice","value":"mentee"}"#,
    #"{"kind":"datetime","value":"2026-11-20T15:00"}"#, #"{"kind":"status","value":"done"}"#,
    #"{"kind":"yesno","value":true}"#, #"{"kind":"yesno","value":false}"#,
    #"{"kind":"skipped","value":null}"#, #"{"kind":"text","value":"Zoë, “quoted”"}"#,
  ])
  func thePlainFormsAreReadWithoutTheDecoder(text: String) throws {
    let plain = try #require(StoredValues.plainAnswer(text))
    #expect(plain == (try JSONDecoder().decode(Answer.self, from: Data(text.utf8))))
  }

  /// Anything else is the decoder's: it reads what it can and names what it cannot.
  @Test(arguments: [
    #"{"kind":"text","value":"a \"b\""}"#, #"{"value":"Ana","kind":"text"}"#, #"{"kind": "text","value":"Ana"}"#,
    #"{"kind":"text","value":"Ana","extra":1}"#, #"{"kind":"text","value":"a","x":"b"}"#,
    #"{"kind":"datetime","value":"soon"}"#, #"{"kind":"status","value":"maybe"}"#,
    #"{"kind":"yesno","value":"yes"}"#, #"{"kind":"number","value":3}"#, #"{"kind":"nonsense","value":"x"}"#,
    #"{"kind":"skipped","value":1}"#, #"{"kind":"text","value":"#, #"{"kind":"text""#, "",
  ])
  func everyOtherFormIsLeftToTheDecoder(text: String) {
    #expect(StoredValues.plainAnswer(text) == nil)
    let decoded = try? JSONDecoder().decode(Answer.self, from: Data(text.utf8))
    #expect((try? Self.values.answer(text, what: "it")) == decoded)
  }
}
