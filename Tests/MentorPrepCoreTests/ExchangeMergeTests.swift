import Foundation
import Testing

@testable import MentorPrepCore

/// SPEC §7's merge rules, worked out with no store: an action not known is added, agreed by the
/// sender; for a known one the later change wins, the owner's on equal times; the partner never
/// rewrites the text of an action agreed here; an older record never replaces a newer one's
/// shared answers.
@Suite struct ExchangeMergeTests {
  static let id = "9b2e0000-0000-4000-8000-000000000001"
  static let noon = Date(timeIntervalSince1970: 1_796_000_000)

  /// A record from Sam Rivera (mentor) to Ana Lopez (mentee) with one action.
  static func record(
    status: String = "done", owner: String? = "mentee", text: String = "Draft the pitch", due: String? = "2026-12-11",
    updatedAt: Date = noon, sentAt: Date = noon, answers: [String: Any] = [:]
  ) throws -> ReceivedExchange {
    try ReceivedExchange(
      bytes: Array(
        try json(
          status: status, owner: owner, text: text, due: due, updatedAt: updatedAt, sentAt: sentAt, answers: answers
        )
        .utf8))
  }

  static func json(
    status: String = "done", owner: String? = "mentee", text: String = "Draft the pitch", due: String? = "2026-12-11",
    updatedAt: Date = noon, sentAt: Date = noon, answers: [String: Any] = [:]
  ) throws -> String {
    let value: [String: Any] = [
      "exchange": 1, "relationship_id": "5f0c0000-0000-4000-8000-000000000002",
      "sender": ["role": "mentor", "name": "Sam Rivera", "email": NSNull()],
      "recipient": ["role": "mentee", "name": "Ana Lopez", "email": NSNull()],
      "session": [
        "number": 4, "meeting_at": "2026-12-10T15:00", "phase_reached": "after", "sent_at": ExchangeRecord.utc(sentAt),
      ],
      "answers": answers,
      "actions": [
        [
          "id": id, "text": text, "owner": ["role": owner.map { $0 as Any } ?? NSNull(), "name": "Ana Lopez"],
          "due": due.map { $0 as Any } ?? NSNull(), "status": status, "success": "one page",
          "updated_at": ExchangeRecord.utc(updatedAt),
        ]
      ],
      "next_meeting_at": NSNull(),
    ]
    return String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
  }

  static func kept(owner: Owner = .role(.mentee), status: ActionStatus = .open, at: Date, agreedBy: String? = nil)
    -> [ExchangedAction]
  {
    let action = TrackedAction(
      ref: "2.1", session: agreedBy == nil ? 2 : nil,
      item: ActionItem(text: "Draft the pitch", owner: owner, due: LocalDateTime("2026-12-11")), status: status,
      id: id, agreedBy: agreedBy)
    return [ExchangedAction(action: action, updatedAt: at)]
  }

  @Test func anActionNotKnownIsAddedAsTheSenderAgreedIt() throws {
    let changes = ExchangeMerge.actionChanges(of: try Self.record(), actions: [], from: "Sam Rivera")
    guard case .added(let action)? = changes.first?.what else {
      Issue.record("not added: \(changes)")
      return
    }
    #expect(changes.count == 1)
    #expect(action.session == nil && action.agreedBy == "Sam Rivera" && action.id == Self.id)
    #expect(
      action.item
        == ActionItem(
          text: "Draft the pitch", owner: .role(.mentee), due: LocalDateTime("2026-12-11"), success: "one page"))
    #expect(action.status == .done)
  }

  @Test func theLaterChangeWinsAndTheEarlierOneChangesNothing() throws {
    let later = ExchangeMerge.actionChanges(
      of: try Self.record(), actions: Self.kept(at: Self.noon - 60), from: "Sam Rivera")
    guard case .changed(let before, let after)? = later.first?.what else {
      Issue.record("not changed: \(later)")
      return
    }
    #expect(before.status == .open && after.status == .done)
    #expect(after.ref == "2.1" && after.session == 2)
    let earlier = ExchangeMerge.actionChanges(
      of: try Self.record(), actions: Self.kept(at: Self.noon + 60), from: "Sam Rivera")
    #expect(earlier.isEmpty)
  }

  @Test func onEqualTimesTheOwnersSideWins() throws {
    // The action is Ana's (the mentee's); Sam's record does not override her at the same second.
    let notOwner = ExchangeMerge.actionChanges(
      of: try Self.record(), actions: Self.kept(at: Self.noon), from: "Sam Rivera")
    #expect(notOwner.isEmpty)
    // Sam's own action, changed by Sam at the same second as Ana's copy: his change wins.
    let owner = ExchangeMerge.actionChanges(
      of: try Self.record(owner: "mentor"), actions: Self.kept(owner: .role(.mentor), at: Self.noon), from: "Sam Rivera"
    )
    #expect(owner.count == 1)
  }

  @Test func thePartnerNeverRewritesTheTextOfAnActionAgreedHere() throws {
    let agreedHere = ExchangeMerge.actionChanges(
      of: try Self.record(status: "open", text: "Something else entirely"), actions: Self.kept(at: Self.noon - 60),
      from: "Sam Rivera")
    #expect(agreedHere.isEmpty)
    let agreedThere = ExchangeMerge.actionChanges(
      of: try Self.record(status: "open", text: "Something else entirely"),
      actions: Self.kept(at: Self.noon - 60, agreedBy: "Sam Rivera"), from: "Sam Rivera")
    guard case .changed(_, let after)? = agreedThere.first?.what else {
      Issue.record("not changed: \(agreedThere)")
      return
    }
    #expect(after.item.text == "Something else entirely" && after.item.success == "one page")
  }

  /// Both wrote the action down at the meeting: the partner's copy, under another id, is the
  /// one agreed here, merged; both keep the smaller id, so the records agree after one
  /// exchange each way.
  @Test func anActionBothWroteDownIsOneAction() throws {
    func here(id: String) -> [ExchangedAction] {
      let action = TrackedAction(
        ref: "2.1", session: 2, item: ActionItem(text: "draft  the Pitch", owner: .role(.mentee)), status: .open, id: id
      )
      return [ExchangedAction(action: action, updatedAt: Self.noon - 60)]
    }
    // Theirs has the smaller id: it is taken, with their later status.
    let larger = "ffffffff-0000-4000-8000-000000000001"
    let changes = ExchangeMerge.actionChanges(of: try Self.record(), actions: here(id: larger), from: "Sam Rivera")
    guard case .changed(let before, let after)? = changes.first?.what else {
      Issue.record("not merged: \(changes)")
      return
    }
    #expect(changes.count == 1 && before.ref == "2.1" && after.id == Self.id && after.status == .done)
    #expect(
      changes[0].line(
        names: ExchangeNames(
          myRole: .mentee, pair: MentoringPair(role: .mentee, me: "Ana Lopez", partner: "Sam Rivera")),
        day: LocalDateTime("2026-12-08")!)
        == "2.1 draft the Pitch: open → done; due none → Friday 11 December 2026; the same action as in Sam Rivera's record, from Sam Rivera on 8 December"
    )
    // Ours has the smaller id and nothing changed: nothing to do, and nothing added.
    let smaller = "00000000-0000-4000-8000-000000000001"
    #expect(
      ExchangeMerge.actionChanges(
        of: try Self.record(updatedAt: Self.noon - 120), actions: here(id: smaller), from: "Sam Rivera"
      )
      .isEmpty)
    // Another owner's action of the same words is another action.
    #expect(
      ExchangeMerge.actionChanges(of: try Self.record(owner: "mentor"), actions: here(id: larger), from: "Sam Rivera")
        .map { if case .added = $0.what { true } else { false } } == [true])
  }

  /// Two people's words for one action are rarely the same: nearly the same is one action.
  @Test(arguments: [
    ("Send a reading list on decision records", "Send Ana a reading list on decision records", true),
    ("Talk to two product analysts", "Talk to 2 product analysts about their work", true),
    ("Send the deck", "send Sam the deck!", true),
    ("Draft the pitch.", "draft the pitch", true),
    ("Read chapter 3", "Read chapter 4", false),
    ("Ask the manager about the opening", "Book a room for the review", false),
  ])
  func nearlyTheSameWordsAreOneAction(one: String, other: String, same: Bool) {
    #expect((ExchangeMerge.similarity(one, other) != nil) == same)
  }

  /// What the owner settled here stays settled: the other person's later change does not undo it.
  @Test func aStatusTheOwnerSettledIsNotUndoneByTheOtherPerson() throws {
    // Ana (the mentee, importing) owns the action and marked it done; Sam's record drops it later.
    let settled = ExchangeMerge.actionChanges(
      of: try Self.record(status: "dropped"), actions: Self.kept(status: .done, at: Self.noon - 60), from: "Sam Rivera")
    #expect(settled.isEmpty)
    // Still open here, the same later change applies.
    let open = ExchangeMerge.actionChanges(
      of: try Self.record(status: "dropped"), actions: Self.kept(status: .open, at: Self.noon - 60), from: "Sam Rivera")
    #expect(open.count == 1)
  }

  /// A record that leaves an action's success out does not wipe the success kept here.
  @Test func aSuccessLeftOutIsKept() throws {
    var value = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.json(status: "done").utf8)) as? [String: Any])
    var actions = try #require(value["actions"] as? [[String: Any]])
    actions[0]["success"] = NSNull()
    value["actions"] = actions
    let record = try ReceivedExchange(bytes: Array(try JSONSerialization.data(withJSONObject: value)))
    var kept = Self.kept(at: Self.noon - 60, agreedBy: "Sam Rivera")
    kept[0].action.item.success = "one page"
    let changes = ExchangeMerge.actionChanges(of: record, actions: kept, from: "Sam Rivera")
    guard case .changed(_, let after)? = changes.first?.what else {
      Issue.record("not changed: \(changes)")
      return
    }
    #expect(after.status == .done && after.item.success == "one page")
  }

  @Test func theSameRecordTwiceChangesNothingTheSecondTime() throws {
    let record = try Self.record()
    guard
      case .added(let action)? = ExchangeMerge.actionChanges(of: record, actions: [], from: "Sam Rivera").first?.what
    else {
      Issue.record("not added")
      return
    }
    var stored = action
    stored.ref = "r1"
    let again = ExchangeMerge.actionChanges(
      of: record, actions: [ExchangedAction(action: stored, updatedAt: Self.noon)], from: "Sam Rivera")
    #expect(again.isEmpty)
  }

  @Test func anOlderRecordNeverReplacesTheSharedAnswersOfANewerOne() throws {
    let topics: [String: Any] = [SessionRecord.Key.agendaTopics: ["Salary talk"]]
    let record = try Self.record(sentAt: Self.noon, answers: topics)
    func agenda(_ changes: [ImportChange]) -> [ImportChange.What] {
      changes.map(\.what).filter { if case .shared(SessionRecord.Key.agendaTopics, _) = $0 { true } else { false } }
    }
    let fresh = ExchangeMerge.answerChanges(of: record, kept: [:], from: "Sam Rivera")
    #expect(agenda(fresh) == [.shared(key: SessionRecord.Key.agendaTopics, answer: .list(["Salary talk"]))])
    // The meeting the record was written for is kept beside the answers.
    #expect(
      fresh.map(\.what).contains(
        .shared(key: SessionRecord.Key.meetingAt, answer: .dateTime(LocalDateTime("2026-12-10 15:00")!))))
    let newer = [SessionRecord.Key.agendaTopics: (answer: Answer.list(["Other"]), sentAt: Self.noon + 60)]
    #expect(agenda(ExchangeMerge.answerChanges(of: record, kept: newer, from: "Sam Rivera")).isEmpty)
    let same = [SessionRecord.Key.agendaTopics: (answer: Answer.list(["Salary talk"]), sentAt: Self.noon - 60)]
    #expect(agenda(ExchangeMerge.answerChanges(of: record, kept: same, from: "Sam Rivera")).isEmpty)
  }

  @Test func eachChangeIsOneLineThatSaysWhoseAndFromWhom() throws {
    let names = ExchangeNames(
      myRole: .mentee, pair: MentoringPair(role: .mentee, me: "Ana Lopez", partner: "Sam Rivera"))
    let day = LocalDateTime("2026-12-08")!
    let changed = ExchangeMerge.actionChanges(
      of: try Self.record(), actions: Self.kept(at: Self.noon - 60), from: "Sam Rivera")
    #expect(
      changed.map { $0.line(names: names, day: day) } == [
        "2.1 Draft the pitch: open → done, from Sam Rivera on 8 December"
      ])
    var added = ExchangeMerge.actionChanges(
      of: try Self.record(status: "open", owner: nil), actions: [], from: "Sam Rivera")
    if case .added(var action) = added[0].what {
      action.ref = "r1"
      added[0].what = .added(action)
    }
    #expect(
      added.map { $0.line(names: names, day: day) }
        == ["r1 Draft the pitch: new, Ana Lopez's, due Friday 11 December 2026, from Sam Rivera on 8 December"])
    // A shared answer is named by its question's words, in the bank of the one importing.
    let bank = try BankLoader.load(promptFiles())
    let length = ImportChange(.shared(key: "charter.length", answer: .number(60)), from: "Sam Rivera", at: Self.noon)
    #expect(
      length.line(names: names, day: day, bank: bank)
        == "How long a meeting lasts: 60 minutes, from Sam Rivera on 8 December")
    #expect(length.line(names: names, day: day) == "charter.length: 60, from Sam Rivera on 8 December")
    let mine = ExchangeMerge.actionChanges(of: try Self.record(status: "open"), actions: [], from: "Sam Rivera")
    #expect(mine[0].line(names: names, day: day).contains(": new, yours, due"))
  }
}
