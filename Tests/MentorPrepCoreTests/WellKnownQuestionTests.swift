import Testing

@testable import MentorPrepCore

/// The questions the program reads by id are one type: the built-in banks define every one, and
/// a bank of one's own that lacks one is warned of, with what goes without it.
@Suite struct WellKnownQuestionTests {
  @Test func theBuiltInBanksDefineEveryWellKnownQuestion() throws {
    let bank = try BankLoader.load(promptFiles())
    #expect(bank.missingWellKnownQuestions.isEmpty)
  }

  @Test func aBankWithoutOneIsWarnedOfWithWhatGoesWithoutIt() throws {
    let files = try promptFiles().map { file in
      var file = file
      let text = String(decoding: file.bytes, as: UTF8.self).replacing("follow_up.thanks", with: "follow_up.gratitude")
      file.bytes = Array(text.utf8)
      return file
    }
    let bank = try BankLoader.load(files)
    #expect(bank.missingWellKnownQuestions == [.thanks])
    #expect(
      WellKnownQuestion.thanks.warning(in: "mine/after.yaml")
        == "mine/after.yaml:1:1: warning: no question 'follow_up.thanks': the follow-up message leaves it out")
  }

  @Test func eachIdIsWrittenOnce() {
    let ids = WellKnownQuestion.allCases.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(SessionRecord.Key.agendaTopics == WellKnownQuestion.agendaTopics.id)
  }
}
