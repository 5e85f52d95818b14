import Foundation
import MentorPrepBuiltInBanks
import Testing

@testable import MentorPrepCore

/// Every format of two fixed sessions against golden files in `Golden/`.
///
/// To re-record after an intended change: `MENTORPREP_RECORD=1 swift test --filter Export`,
/// read the diff, then run again without the variable. A recording run fails on purpose, so a
/// re-recording is never accepted unseen.
@Suite struct ExportGoldenTests {
  @Test(arguments: ExportFormat.allCases)
  func firstMeetingOfAMentee(format: ExportFormat) throws {
    let text = try Exporter.render(
      ExportFixture.firstMeeting, bank: ExportFixture.bank, as: format, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
    Golden.check(text, against: "followup.\(format.fileExtension)")
  }

  @Test(arguments: ExportFormat.allCases)
  func returningSessionOfAMentor(format: ExportFormat) throws {
    let export = {
      try Exporter.render(
        ExportFixture.returning, bank: ExportFixture.bank, as: format, now: ExportFixture.laterNow,
        timeZone: ExportFixture.plusOne)
    }
    if format == .intro {
      #expect(throws: ExportError.noIntroduction(.mentor)) { try export() }
      return
    }
    Golden.check(try export(), against: "returning.\(format.fileExtension)")
  }

  @Test(arguments: ExportFormat.allCases)
  func lineEndsSuitTheFormat(format: ExportFormat) throws {
    let text = try Exporter.render(
      ExportFixture.firstMeeting, bank: ExportFixture.bank, as: format, now: ExportFixture.now,
      timeZone: ExportFixture.utc)
    let bytes = Array(text.utf8)
    let crlf = zip(bytes, bytes.dropFirst()).filter { $0 == (13, 10) }.count
    let lf = bytes.filter { $0 == 10 }.count
    #expect(bytes.last == 10, "the output ends with a line break")
    if format.usesCRLF {
      #expect(crlf == lf, "every line of \(format) must end in CRLF")
      #expect(bytes.filter { $0 == 13 }.count == crlf, "no bare CR in \(format)")
    } else {
      #expect(!bytes.contains(13), "\(format) uses plain LF line ends")
    }
  }
}

/// Comparison with golden files, found relative to this source file.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var recording: Bool { ProcessInfo.processInfo.environment["MENTORPREP_RECORD"] == "1" }

  static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name)
    if recording {
      do {
        try Data(text.utf8).write(to: url)
        Issue.record(
          "re-recorded Golden/\(name); review the change, then run again without MENTORPREP_RECORD",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not write Golden/\(name): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = try? Data(contentsOf: url) else {
      Issue.record(
        "Golden/\(name) is missing; record it with MENTORPREP_RECORD=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
    let want = line < a.count ? String(a[line]).debugDescription : "(end)"
    let got = line < b.count ? String(b[line]).debugDescription : "(end)"
    Issue.record(
      "Golden/\(name) differs at line \(line + 1):\n  expected \(want)\n  actual   \(got)",
      sourceLocation: sourceLocation)
  }
}

/// The sessions the export tests are built on.
enum ExportFixture {
  /// The built-in bank, which a test keeps equal to what prompts/ loads as.
  static let bank = BuiltInBanks.bank

  static let utc = TimeZone(secondsFromGMT: 0)!
  static let plusOne = TimeZone(secondsFromGMT: 3600)!
  /// 2026-11-20 09:00 UTC, the morning after the first meeting.
  static let now = Date(timeIntervalSince1970: 1_795_165_200)
  /// 2026-12-03 17:30 UTC, after the third.
  static let laterNow = Date(timeIntervalSince1970: 1_796_319_000)

  static func day(_ text: String) -> LocalDateTime { LocalDateTime(text)! }

  static func record(
    number: Int, created: String, updated: String, answers: [String: Answer],
    finished: Bool = true, reviewed: [TrackedAction] = []
  ) -> SessionRecord {
    SessionRecord(
      number: number, createdAt: day(created), updatedAt: day(updated), bank: bank,
      answers: answers,
      progress: DialogueProgress(position: finished ? .finished : .entering(state: "after.boundaries")),
      reviewed: reviewed)
  }

  /// Ana Lopez, a mentee, after a first meeting with her mentor Sam O'Neil.
  static let firstMeetingAnswers: [String: Answer] = [
    "setup.role": .choice("mentee"),
    "setup.me": .text("Ana Lopez"),
    "setup.partner": .text("Sam O'Neil"),
    "setup.partner_email": .text("sam.oneil@example.org"),
    "setup.my_email": .text("ana.lopez@example.com"),
    "setup.first_session": .yesNo(true),
    "setup.meeting_at": .dateTime(day("2026-11-19 14:00")),
    "backgrounds.partner": .text(
      "Twenty years in logistics; now runs operations at a regional carrier"),
    "backgrounds.mine": .skipped,
    "intro.background": .text(
      "I'm a data analyst at a logistics firm, three years in after switching from teaching."
        + " I like turning messy data into decisions, and I want to grow into leading a small"
        + " analytics team."),
    "intro.cv_link": .text("https://example.com/cv/ana_lopez.pdf"),
    "intro.hopes": .text(
      "getting ready to lead a team within a year, and making my case to senior managers"),
    "agenda.topics": .list([
      "Preparing for the promotion review in January", "How to ask for a stretch project",
      "Building a network outside my team",
    ]),
    "purpose.success": .text("I would walk into the review with three examples and a clear ask"),
    "prep.questions": .list(["How did you prepare for your first management role?"]),
    "purpose.why": .text("To work out a plan for the promotion review"),
    "prep.want": .text("Two or three options, and a way to choose between them"),
    "catch_up.notes": .text("Sam is just back from a conference in Lisbon"),
    "charter.objectives": .list([
      "Me: a clear plan for the next role", "Sam: a fresh view of how analysts see operations",
    ]),
    "charter.cadence": .text("Every two weeks"),
    "charter.length": .text("45 minutes"),
    "charter.confidentiality": .text("Everything stays between us unless we both agree"),
    "milestones.list": .list(["Lead the Q1 reporting project by March"]),
    "milestones.steps": .skipped,
    "focus.topic": .text("Preparing for the promotion review in January"),
    "solutions.options": .list([
      "Ask for the Q1 reporting project", "Shadow a team lead for a month",
    ]),
    "solutions.plan": .text("Draft a one-page pitch for the reporting project and test it on Sam"),
    "actions.agreed": .actions([
      ActionItem(text: "Draft the one-page project pitch", owner: .role(.mentee), due: day("2026-11-27")),
      ActionItem(text: "Send Ana the negotiation guide", owner: .role(.mentor)),
    ]),
    "actions.success#1.1": .text("The pitch fits on one page and my manager agrees to discuss it"),
    "actions.success#1.2": .skipped,
    "next.meeting_at": .dateTime(day("2026-12-03 15:00")),
    "next.goal": .text("Review the pitch draft and plan the talk with my manager"),
    "follow_up.thanks": .text("making time in a busy week, and for the honest view on my plan"),
    "follow_up.learnings": .list([
      "Ask for the stretch project before the planning round, not after",
      "Write down the outcome I want before each review",
    ]),
    "feedback.improve": .skipped,
    "commitment.choice#1.1": .choice("keep"),
    "boundaries.channel": .choice("email"),
    "boundaries.availability": .text("Replies within two working days; not at weekends"),
  ]

  static let firstMeeting = record(
    number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20",
    answers: firstMeetingAnswers)

  /// Sam O'Neil, the mentor, in the third session, not yet finished; no email for Ana. Of
  /// last time's actions one is done, one partly done and carried to a new date, one not done
  /// yet with its date still ahead.
  static let earlierActions = [
    TrackedAction(
      ref: "2.1", session: 2,
      item: ActionItem(text: "Draft the one-page project pitch", owner: .role(.mentee), due: day("2026-11-27")),
      status: .open),
    TrackedAction(
      ref: "2.2", session: 2,
      item: ActionItem(text: "Ask her manager about the Q1 project", owner: .role(.mentee), due: day("2026-12-01")),
      status: .open),
    TrackedAction(
      ref: "2.3", session: 2,
      item: ActionItem(text: "Send Ana the team-lead reading list", owner: .role(.mentor), due: day("2026-12-11")),
      status: .open),
  ]

  static let returningAnswers: [String: Answer] = [
    "setup.role": .choice("mentor"),
    "setup.me": .text("Sam O'Neil"),
    "setup.partner": .text("Ana Lopez"),
    "setup.my_email": .text("sam.oneil@example.org"),
    "setup.first_session": .yesNo(false),
    "setup.meeting_at": .dateTime(day("2026-12-03 15:00")),
    "setup.relationship_phase": .choice("cultivation"),
    "agenda.topics": .list(["The conversation with her manager", "Feedback on the pitch"]),
    "purpose.why": .text("Help Ana get ready for the talk with her manager"),
    "purpose.offer": .text("An introduction to Priya Shah, who runs our analytics team"),
    "review.status#2.1": .status(.done),
    "review.learned#2.1": .text("Her manager liked it; they meet in January to discuss it"),
    "review.status#2.2": .status(.partly),
    "review.new_due#2.2": .dateTime(day("2026-12-17")),
    "review.status#2.3": .status(.notYet),
    "discovery.now": .yesNo(false),
    "revisit.progress": .text("Pitch done; the project lead is still to come"),
    "focus.topic": .text("The conversation with her manager"),
    "actions.agreed": .actions([
      ActionItem(text: "Rehearse the talk, with a 3-point opening", owner: .role(.mentee), due: day("2026-12-10")),
      ActionItem(text: "Introduce Ana to Priya", owner: .named("Priya Shah"), due: day("2026-12-08 17:00")),
      ActionItem(text: "Read \"Crucial Conversations\", chapter 3", owner: .role(.mentee)),
    ]),
    "next.meeting_at": .dateTime(day("2027-01-14")),
    "follow_up.thanks": .text("Thanks for coming so well prepared, again"),
    "follow_up.learnings": .list(["Ana works best with a written plan in front of her"]),
    "follow_up.resources": .list([
      "https://example.org/guides/difficult_conversations",
      "Crucial Conversations, by Patterson, Grenny, McMillan and Switzler",
    ]),
    "feedback.journal": .text("PRIVATE: I talked too much in the first half"),
  ]

  static let returning = record(
    number: 3, created: "2026-12-03 14:45", updated: "2026-12-03 16:10",
    answers: returningAnswers, finished: false, reviewed: earlierActions)
}
