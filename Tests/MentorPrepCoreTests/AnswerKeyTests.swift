import MentorPrepCore
import Testing

/// The one place an answer's key is built and taken apart.
@Suite struct AnswerKeyTests {
  @Test func aKeyIsItsQuestionAndItsItemAfterTheFirstHash() {
    #expect(AnswerKey("review.status#1.2") == AnswerKey(question: "review.status", item: "1.2"))
    #expect(AnswerKey("purpose.why") == AnswerKey(question: "purpose.why"))
    #expect(AnswerKey("commitment.choice#2.1#x").item == "2.1#x")
    #expect(AnswerKey(question: "review.status", item: "1.2").text == "review.status#1.2")
    #expect(AnswerKey(question: "purpose.why").text == "purpose.why")
  }

  @Test func anItemsKeyBelongsToItsQuestionOnly() {
    #expect(AnswerKey.isItem("review.status#1.2", of: "review.status"))
    #expect(!AnswerKey.isItem("review.status", of: "review.status"))
    #expect(!AnswerKey.isItem("review.statuses#1.2", of: "review.status"))
    #expect("review.learned#1.2".hasSuffix(AnswerKey.suffix(ofItem: "1.2")))
  }
}
