import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct ExportSessionJSONTests {
  func json(_ record: SessionRecord) throws -> [String: Any] {
    let text = try Exporter.render(
      record, bank: ExportFixture.bank, as: .json, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func theRecordIsVersionedWithAnswersByQuestionID() throws {
    let json = try json(ExportFixture.firstMeeting)
    #expect(json["schema"] as? Int == 2)
    #expect(json["session"] as? Int == 1)
    #expect(json["role"] as? String == "mentee")
    #expect(json["phase_reached"] as? String == "after")
    #expect(json["completed"] as? Bool == true)
    #expect(json["created_at"] as? String == "2026-11-19T13:50")
    let answers = try #require(json["answers"] as? [String: Any])
    #expect(Set(answers.keys) == Set(ExportFixture.firstMeetingAnswers.keys))
    #expect(answers["setup.role"] as? String == "mentee")
    #expect(answers["setup.first_session"] as? Bool == true)
    #expect(answers["setup.meeting_at"] as? String == "2026-11-19T14:00")
    #expect(answers["agenda.topics"] as? [String] == ExportFixture.firstMeeting.list("agenda.topics"))
    #expect(answers["feedback.improve"] is NSNull)
    #expect(answers["actions.success#1.1"] as? String != nil)
    let agreed = try #require(answers["actions.agreed"] as? [[String: Any]])
    #expect(agreed.first?["owner"] as? String == "mentee")
    #expect(agreed.first?["due"] as? String == "2026-11-27")
    #expect(agreed.last?["due"] is NSNull)
    let actions = try #require(json["actions"] as? [[String: Any]])
    #expect(actions.map { $0["ref"] as? String } == ["1.1", "1.2"])
    #expect(actions.last?["owner_name"] as? String == "Sam O'Neil")
    #expect(actions.last?["status"] as? String == "open")
    let partner = try #require(json["partner"] as? [String: Any])
    #expect(partner["email"] as? String == "sam.oneil@example.org")
  }

  @Test func reviewsCarryTheirSessionAndWhatWasLearned() throws {
    let json = try json(ExportFixture.returning)
    let reviews = try #require(json["reviews"] as? [[String: Any]])
    #expect(reviews.map { $0["ref"] as? String } == ["2.1", "2.2", "2.3"])
    #expect(reviews[1]["carried_to"] as? String == "2026-12-17")
    #expect(reviews[2]["carried_to"] is NSNull)
    #expect(reviews[2]["close_out"] is NSNull)
    #expect(reviews.first?["session"] as? Int == 2)
    #expect(reviews.first?["status"] as? String == "done")
    #expect((reviews.first?["learned"] as? String)?.hasPrefix("Her manager") == true)
    #expect((json["answers"] as? [String: Any])?["review.status#2.1"] as? String == "done")
    #expect((json["me"] as? [String: Any])?["email"] as? String == "sam.oneil@example.org")
    #expect((json["partner"] as? [String: Any])?["email"] is NSNull)
    #expect(json["completed"] as? Bool == false)
  }

  @Test func answersAreKeptExactlyEvenWithControlCharacters() throws {
    let odd = "line one\r\nline two \u{1B}[31m \"quoted\" / back\\slash"
    var answers = ExportFixture.firstMeetingAnswers
    answers["purpose.why"] = .text(odd)
    let record = ExportFixture.record(
      number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20", answers: answers)
    let json = try json(record)
    #expect((json["answers"] as? [String: Any])?["purpose.why"] as? String == odd)
  }

  @Test func theOutputIsStable() throws {
    let first = try Exporter.render(
      ExportFixture.firstMeeting, bank: ExportFixture.bank, as: .json, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
    for _ in 0..<5 {
      #expect(
        try Exporter.render(
          ExportFixture.firstMeeting, bank: ExportFixture.bank, as: .json,
          now: ExportFixture.laterNow, timeZone: ExportFixture.plusOne) == first)
    }
  }
}
