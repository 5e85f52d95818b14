import Foundation
import Testing

@testable import MentorPrepCore

/// The text, agenda and intro exports: what they say, and when they refuse.
@Suite struct ExportPlainMessageTests {
  func export(_ format: ExportFormat, _ answers: [String: Answer]) throws -> String {
    let record = ExportFixture.record(
      number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20", answers: answers)
    return try Exporter.render(
      record, bank: ExportFixture.bank, as: format, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
  }

  /// Only the mail messages and the calendar file carry the moment of export: the others never
  /// ask for the time zone (read from the system and ICU's data, a million instructions of the
  /// follow-up shown at the end of every conversation) or the clock.
  @Test(arguments: ExportFormat.allCases)
  func onlyTheFormatsThatCarryTheMomentAskForIt(format: ExportFormat) throws {
    let record = ExportFixture.record(
      number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20", answers: ExportFixture.firstMeetingAnswers)
    var asked: [String] = []
    func zone() -> TimeZone {
      asked.append("time zone")
      return ExportFixture.utc
    }
    func now() -> Date {
      asked.append("now")
      return ExportFixture.now
    }
    _ = try? Exporter.render(record, bank: ExportFixture.bank, as: format, now: now(), timeZone: zone())
    let carriesTheMoment: Set<ExportFormat> = [.eml, .agendaEml, .ics]
    #expect(asked.isEmpty != carriesTheMoment.contains(format), "\(format): \(asked)")
  }

  static let bare: [String: Answer] = [
    "setup.role": .choice("mentee"), "setup.me": .text("Ana Lopez"),
    "setup.partner": .text("Sam O'Neil"),
  ]

  @Test func theFollowUpIsAddressedAndSigned() throws {
    let text = try export(.text, ExportFixture.firstMeetingAnswers)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("Subject: "))
    #expect(lines[1].isEmpty)
    #expect(lines[2] == "Hi Sam,")
    #expect(text.contains("Thank you for making time in a busy week"))
    #expect(text.contains("- Draft the one-page project pitch (me, by Friday 27 November 2026)"))
    #expect(text.contains("  Success looks like: The pitch fits on one page"))
    #expect(text.contains("- Send Ana the negotiation guide (you)"))
    #expect(text.contains("Thursday 3 December 2026, 15:00"))
    #expect(text.hasSuffix("Best wishes,\nAna Lopez\n"))
  }

  @Test func aReturningFollowUpSaysWhereLastTimesActionsStandAndWhatIsStillOpen() throws {
    var record = ExportFixture.returning
    let earlier = ExportFixture.earlierActions[0]
    func reviewed(_ ref: String, _ text: String, _ status: ActionStatus, to newDue: String? = nil) -> ActionReview {
      var action = earlier
      action.ref = ref
      action.item.text = text
      return ActionReview(action: action, status: status, learned: nil, newDue: newDue.map(ExportFixture.day))
    }
    record.reviews = [
      reviewed("2.1", "Draft the pitch", .done), reviewed("2.2", "Book the room", .partly, to: "2026-12-09"),
      reviewed("2.3", "Ask for feedback", .notYet), reviewed("2.4", "Learn SQL", .dropped),
    ]
    let text = try Exporter.render(
      record, bank: ExportFixture.bank, as: .text, now: ExportFixture.laterNow, timeZone: ExportFixture.utc)
    #expect(
      text.contains(
        """
        Where last time's actions stand:
        - Draft the pitch (you): done
        - Learn SQL (you): dropped

        Still open, carried forward:
        - Book the room (you, partly done, now by Wednesday 9 December 2026)
        - Ask for feedback (you, not done yet, by Friday 27 November 2026)

        What we agreed:
        """))
    // A first session has no earlier actions, and says nothing of them.
    #expect(!(try export(.text, ExportFixture.firstMeetingAnswers)).contains("last time"))
  }

  @Test func greetingsUseTheFirstNameOrTitleAndSurname() {
    #expect(ExportText.firstName("Sam O'Neil") == "Sam")
    #expect(ExportText.firstName("Dr. Sam O'Neil") == "Dr. O'Neil")
    #expect(ExportText.firstName("李小龙") == "李小龙")
    #expect(ExportText.firstName("  Ana\nLopez ") == "Ana")
  }

  @Test func aMentorsFollowUpOffersResourcesAndKeepsTheJournalPrivate() throws {
    let text = try Exporter.render(
      ExportFixture.returning, bank: ExportFixture.bank, as: .text, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
    #expect(text.contains("Hi Ana,"))
    #expect(text.contains("Thanks for coming so well prepared, again."))
    #expect(text.contains("- https://example.org/guides/difficult_conversations"))
    #expect(text.contains("The points from today I hope you will keep:\n- Ana works best"))
    #expect(!text.contains("What I'm taking away"), "a mentor's points are not under the mentee's heading")
    #expect(text.contains("(Priya Shah, by Tuesday 8 December 2026, 17:00)"))
    #expect(
      !text.contains("What I can offer you"), "the offer of an introduction repeats the action 'Introduce Ana to Priya'"
    )
    #expect(!text.contains("PRIVATE"), "a mentor's journal is private")
    var answers = ExportFixture.returningAnswers
    answers["purpose.offer"] = .text("A frank read of the pitch before it goes out")
    let offered = try Exporter.render(
      ExportFixture.record(number: 3, created: "2026-12-03 14:45", updated: "2026-12-03 16:10", answers: answers),
      bank: ExportFixture.bank, as: .text, now: ExportFixture.now, timeZone: ExportFixture.utc)
    #expect(offered.contains("What I can offer you: A frank read of the pitch before it goes out."))
    #expect(text.hasSuffix("Sam O'Neil\n"))
  }

  @Test func aSessionWithoutTheMeetingHasNoFollowUp() {
    #expect(throws: ExportError.nothingToFollowUp) { try export(.text, Self.bare) }
    #expect(throws: ExportError.nothingToFollowUp) { try export(.eml, Self.bare) }
  }

  @Test func theAgendaNeedsTopics() throws {
    #expect(throws: ExportError.noAgendaTopics) { try export(.agenda, Self.bare) }
    var answers = Self.bare
    answers["agenda.topics"] = .list(["Promotion review", "Stretch project"])
    let text = try export(.agenda, answers)
    #expect(text.hasPrefix("Subject: Agenda for our mentoring meeting\n\nHi Sam,\n"))
    #expect(text.contains("1. Promotion review\n2. Stretch project"))
    #expect(text.contains("Let me know before we meet"))
  }

  @Test func theIntroductionNeedsAFirstSessionsAnswers() throws {
    #expect(throws: ExportError.noIntroduction(.mentee)) { try export(.intro, Self.bare) }
    let text = try export(.intro, ExportFixture.firstMeetingAnswers)
    #expect(text.hasPrefix("Subject: Introduction from Ana Lopez ahead of our first mentoring meeting\n"))
    #expect(text.contains("My CV: https://example.com/cv/ana_lopez.pdf"))
    #expect(text.contains("I'd suggest we meet on Thursday 19 November 2026, 14:00."))
  }

  @Test func errorsSayWhatToDo() {
    let errors: [ExportError] = [
      .nothingToFollowUp, .noAgendaTopics, .noIntroduction(.mentee), .noIntroduction(.mentor),
      .nothingToSchedule, .unusableEmail("a\u{1B}b", key: "setup.my_email"), .encoding("x"),
    ]
    for error in errors {
      #expect(error.message.hasSuffix("."))
      #expect(!error.message.contains("\u{1B}"))
      #expect(!error.message.contains("\n"))
    }
    #expect(ExportError.noIntroduction(.mentee).message.hasPrefix("The intro export is for a first session"))
  }

  @Test func controlCharactersNeverReachTheText() throws {
    var answers = ExportFixture.firstMeetingAnswers
    answers["follow_up.thanks"] = .text("your time\u{1B}]0;pwned\u{7}\r\nand patience\u{85}")
    answers["setup.partner"] = .text("Sam\u{1B}[2J")
    for format in [ExportFormat.text, .agenda, .intro, .markdown] {
      let text = try export(format, answers)
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format)")
      #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) }, "\(format)")
    }
  }
}
