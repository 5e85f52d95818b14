import Foundation
import Testing

@testable import MentorPrepCore

/// SPEC §3: dates typed during and after the meeting count from the meeting's start when that
/// is later than now, and the meeting and the next meeting always have a time, taken from the
/// meeting before when none is typed (and asked for when none is known).
@Suite struct DatesFromTheMeetingTests {
  /// Monday 23 November 2026, 10:00.
  static let now = LocalDateTime(year: 2026, month: 11, day: 23, hour: 10, minute: 0)

  /// One row: the meeting as typed, then a line typed at a question during it, and what is
  /// shown back (nil: refused, with `refusal` in the reason).
  struct Row: Sendable, CustomTestStringConvertible {
    var meeting: String
    var question: String
    var typed: String
    var shown: String?
    var refusal: String? = nil

    var testDescription: String { "\(meeting) / \(question): \(typed)" }
  }

  static let rows: [Row] = [
    // An action's date counts from a meeting two weeks ahead, not from today.
    Row(
      meeting: "2026-12-07 15:00", question: "actions.agreed", typed: "Draft the pitch @me by friday",
      shown: "→ Draft the pitch — Ana Lopez (mentee), by Friday 11 December 2026"),
    Row(
      meeting: "2026-12-07 15:00", question: "actions.agreed", typed: "Send the deck @me in a week",
      shown: "→ Send the deck — Ana Lopez (mentee), by Monday 14 December 2026"),
    Row(
      meeting: "2026-12-07 15:00", question: "actions.agreed", typed: "Call Jo @partner tomorrow",
      shown: "→ Call Jo — Sam Rivera (mentor), by Tuesday 8 December 2026"),
    // A meeting already begun (or past) counts from now, as before.
    Row(
      meeting: "2026-11-20 15:00", question: "actions.agreed", typed: "Draft the pitch @me by friday",
      shown: "→ Draft the pitch — Ana Lopez (mentee), by Friday 27 November 2026"),
    Row(
      meeting: "today 9:00", question: "actions.agreed", typed: "Draft the pitch by tomorrow",
      shown: "→ Draft the pitch — Ana Lopez (mentee), by Tuesday 24 November 2026"),
    // The next meeting without a time takes this meeting's, and says so.
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "in 2 weeks",
      shown: "→ Monday 21 December 2026, 15:00 (the time of this meeting)"),
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "friday",
      shown: "→ Friday 11 December 2026, 15:00 (the time of this meeting)"),
    Row(
      meeting: "thursday 3:30pm", question: "next.meeting_at", typed: "31 dec",
      shown: "→ Thursday 31 December 2026, 15:30 (the time of this meeting)"),
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "in a fortnight",
      shown: "→ Monday 21 December 2026, 15:00 (the time of this meeting)"),
    // A time typed is kept.
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "2026-12-21 10:00",
      shown: "→ Monday 21 December 2026, 10:00"),
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "next monday 9am",
      shown: "→ Monday 14 December 2026, 09:00"),
    // The same day takes the same time, which is not after this meeting.
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "2026-12-07", shown: nil,
      refusal: "not after this meeting"),
    Row(
      meeting: "2026-12-07 15:00", question: "next.meeting_at", typed: "today", shown: nil,
      refusal: "not after this meeting"),
  ]

  /// A first session set up as far as the meeting's date, with `memory` from earlier sessions.
  static func atTheMeetingDate(memory: RelationshipMemory = .none) throws -> Dialogue {
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles()), context: DialogueContext(now: now, sessionNumber: 2))
    _ = dialogue.handle(.start)
    let answers = [
      "setup.role": "mentee", "setup.me": "Ana Lopez", "setup.partner": "Sam Rivera", "setup.partner_email": "",
      "setup.my_email": "", "setup.first_session": memory.returning ? "n" : "y", "setup.depth": "quick",
    ]
    for _ in 0..<12 {
      guard let key = dialogue.askedKey, key != SessionRecord.Key.meetingAt else { break }
      let effects = dialogue.type(try #require(answers[key], "\(key) was not expected"))
      if case .lookUpRelationship = effects.last { _ = dialogue.handle(.relationship(memory)) }
    }
    try #require(dialogue.askedKey == SessionRecord.Key.meetingAt)
    return dialogue
  }

  @Test(arguments: rows)
  func aDateTypedDuringTheMeeting(row: Row) throws {
    var dialogue = try Self.atTheMeetingDate()
    let meeting = dialogue.type(row.meeting)
    #expect(meeting.errors.isEmpty, "\(meeting.errors)")
    let state = try #require(dialogue.bank.question(row.question)?.state.id)
    _ = dialogue.type("/goto \(state)")
    try #require(dialogue.askedKey == row.question)
    let effects = dialogue.type(row.typed)
    if let shown = row.shown {
      #expect(effects.errors.isEmpty, "\(effects.errors)")
      #expect(effects.contains(.say(shown, .note)), "\(effects.lines)")
    } else {
      #expect(effects.records.isEmpty)
      #expect(effects.errors.contains { $0.contains(row.refusal ?? "") }, "\(effects.errors)")
      #expect(dialogue.askedKey == row.question)
    }
  }

  @Test func theNextMeetingStoredHasTheTimeOfThisOne() throws {
    var dialogue = try Self.atTheMeetingDate()
    _ = dialogue.type(["2026-12-07 15:00", "/goto during.next_meeting"])
    let effects = dialogue.type("in 2 weeks")
    #expect(
      effects.records[SessionRecord.Key.nextMeetingAt]
        == .dateTime(LocalDateTime(year: 2026, month: 12, day: 21, hour: 15, minute: 0)))
  }

  /// The meeting's own date: with no earlier meeting the time is asked; after one, a date alone
  /// takes the time of day of the last session's meeting.
  struct MeetingRow: Sendable, CustomTestStringConvertible {
    var earlier: LocalDateTime?
    var typed: String
    var stored: LocalDateTime?
    var shown: String?

    var testDescription: String { "\(earlier?.description ?? "no earlier meeting"): \(typed)" }
  }

  static let meetingRows: [MeetingRow] = [
    MeetingRow(earlier: nil, typed: "thursday", stored: nil, shown: nil),
    MeetingRow(earlier: nil, typed: "in 2 weeks", stored: nil, shown: nil),
    MeetingRow(earlier: nil, typed: "2026-12-03", stored: nil, shown: nil),
    MeetingRow(
      earlier: nil, typed: "thursday 15:00", stored: LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0),
      shown: "→ Thursday 26 November 2026, 15:00"),
    MeetingRow(
      earlier: LocalDateTime(year: 2026, month: 11, day: 12, hour: 16, minute: 30), typed: "thursday",
      stored: LocalDateTime(year: 2026, month: 11, day: 26, hour: 16, minute: 30),
      shown: "→ Thursday 26 November 2026, 16:30 (the time of the last meeting)"),
    MeetingRow(
      earlier: LocalDateTime(year: 2026, month: 11, day: 12, hour: 9, minute: 0), typed: "31 dec",
      stored: LocalDateTime(year: 2026, month: 12, day: 31, hour: 9, minute: 0),
      shown: "→ Thursday 31 December 2026, 09:00 (the time of the last meeting)"),
    MeetingRow(
      earlier: LocalDateTime(year: 2026, month: 11, day: 12, hour: 9, minute: 0), typed: "tomorrow 11am",
      stored: LocalDateTime(year: 2026, month: 11, day: 24, hour: 11, minute: 0),
      shown: "→ Tuesday 24 November 2026, 11:00"),
    // An earlier meeting kept without a time gives none to take.
    MeetingRow(earlier: LocalDateTime(year: 2026, month: 11, day: 12), typed: "thursday", stored: nil, shown: nil),
  ]

  @Test(arguments: meetingRows)
  func theMeetingAlwaysHasATime(row: MeetingRow) throws {
    let memory =
      row.earlier.map {
        RelationshipMemory(
          returning: true, earlierAnswers: [SessionRecord.Key.meetingAt: .dateTime($0)],
          prefill: [SessionRecord.Key.firstSession: .yesNo(false)])
      } ?? .none
    var dialogue = try Self.atTheMeetingDate(memory: memory)
    let effects = dialogue.type(row.typed)
    if let stored = row.stored, let shown = row.shown {
      #expect(effects.records[SessionRecord.Key.meetingAt] == .dateTime(stored))
      #expect(effects.contains(.say(shown, .note)), "\(effects.lines)")
    } else {
      #expect(effects.records.isEmpty)
      #expect(
        effects.errors.contains { $0.hasPrefix("What time? Give the date with a time, like '\(row.typed) 15:00'") })
      #expect(dialogue.askedKey == SessionRecord.Key.meetingAt)
    }
  }
}
