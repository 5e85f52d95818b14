import Foundation
import Testing

@testable import MentorPrepCore

/// After the meeting, each of the user's own new actions is kept, re-dated, handed over or
/// dropped, through the built-in bank's one question for all of them; the record and the
/// exports follow the choice.
@Suite struct CommitmentChoiceTests {
  static let mentee = ConversationPathTests.script("mentee, first session, quick")

  /// The first session's record after answering the commitments with `lines` (1.1, "Draft the
  /// project pitch", is the mentee's own; `dates` answer a re-dating's question when asked).
  static func record(choosing lines: [String], dates: [String] = []) throws -> (SessionRecord, asked: [String]) {
    // Steps of the milestones are worded apart from today's actions, so exports tell them apart.
    var answering = ["commitment.changes": lines + [""], "milestones.steps": ["Ask for a stretch project @me", ""]]
    if !dates.isEmpty { answering["commitment.new_due#1.1"] = dates }
    let walk = try ConversationPathTests.walk(mentee, answering: answering)
    #expect(walk.dialogue.isFinished)
    let now = ConversationPathTests.now
    let record = SessionRecord(
      number: 1, createdAt: now, updatedAt: now, bank: walk.dialogue.bank, answers: walk.dialogue.answers,
      progress: walk.dialogue.progress)
    return (record, walk.asked)
  }

  static func export(_ record: SessionRecord, as format: ExportFormat) throws -> String {
    try Exporter.render(
      record, bank: try BankLoader.load(promptFiles()), as: format,
      now: Date(timeIntervalSince1970: 1_795_000_000), timeZone: TimeZone(identifier: "UTC")!)
  }

  static let pitch = ActionItem(
    text: "Draft the project pitch", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 27),
    success: "it fits on one page")

  @Test func keepingLeavesTheActionAsAgreed() throws {
    for lines in [[], ["1 keep"]] {
      let (record, asked) = try Self.record(choosing: lines)
      #expect(record.actions.first == TrackedAction(ref: "1.1", session: 1, item: Self.pitch, status: .open))
      #expect(!asked.contains { $0.hasPrefix("commitment.choice") || $0.hasPrefix("commitment.new_due") })
      #expect(record.answers["commitment.choice#1.1"] == .choice("keep"))
    }
    let (record, _) = try Self.record(choosing: [])
    #expect(try Self.export(record, as: .text).contains("- Draft the project pitch (me, by Friday 27 November 2026)"))
  }

  @Test func redatingSetsTheNewDueDateOnly() throws {
    // The date on the line, or asked next when the line only says so.
    let (onTheLine, asked) = try Self.record(choosing: ["1 by 2026-12-18"])
    #expect(!asked.contains("commitment.new_due#1.1"))
    let (record, askedNext) = try Self.record(choosing: ["1 redate"], dates: ["2026-12-18"])
    #expect(askedNext.contains("commitment.new_due#1.1"))
    #expect(onTheLine.actions == record.actions)
    var redated = Self.pitch
    redated.due = LocalDateTime(year: 2026, month: 12, day: 18)
    #expect(record.actions.first == TrackedAction(ref: "1.1", session: 1, item: redated, status: .open))
    let text = try Self.export(record, as: .text)
    #expect(text.contains("- Draft the project pitch (me, by Friday 18 December 2026)"))
    #expect(!text.contains("27 November"))
    #expect(try Self.export(record, as: .ics).contains("DUE;VALUE=DATE:20261218"))
  }

  @Test func handingOverGivesTheActionToThePartner() throws {
    let (record, _) = try Self.record(choosing: ["1 hand over"])
    var handed = Self.pitch
    handed.owner = .role(.mentor)
    #expect(record.actions.first == TrackedAction(ref: "1.1", session: 1, item: handed, status: .open))
    #expect(try Self.export(record, as: .text).contains("- Draft the project pitch (you, by Friday 27 November 2026)"))
    #expect(try Self.export(record, as: .json).contains("\"owner\" : \"mentor\""))
  }

  @Test func droppingIsTheOnlyChoiceThatChangesTheStatus() throws {
    let (record, _) = try Self.record(choosing: ["1 drop"])
    #expect(record.actions.first == TrackedAction(ref: "1.1", session: 1, item: Self.pitch, status: .dropped))
    #expect(record.actions.dropFirst().allSatisfy { $0.status == .open })
    for format in [ExportFormat.text, .eml, .ics] {
      #expect(!(try Self.export(record, as: format)).contains("Draft the project pitch"), "\(format)")
    }
    // The whole record still shows it, as dropped.
    #expect(
      try Self.export(record, as: .markdown).contains(
        "| 1.1 | Draft the project pitch | Sam Rivera | 2026-11-27 | dropped |"))
  }
}
