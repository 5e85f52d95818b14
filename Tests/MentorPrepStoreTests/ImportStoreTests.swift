import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// SPEC §7 in the store: one import is one transaction, a dry run writes nothing, and a record
/// cannot come back as one's own relationship or reach into another.
@Suite struct ImportStoreTests {
  static let sam = "5f0c0000-0000-4000-8000-0000000000aa"

  /// A record from Sam Lee's mentor, Alex (sent to the mentee), with the given actions.
  static func record(
    relationship: String = sam, sender: String = "Alex", actions: [[String: Any]] = [],
    sentAt: String = "2026-12-01T10:00:00Z"
  ) throws -> ReceivedExchange {
    let value: [String: Any] = [
      "exchange": 1, "relationship_id": relationship,
      "sender": ["role": "mentor", "name": sender, "email": NSNull()],
      "recipient": ["role": "mentee", "name": "Sam Lee", "email": NSNull()],
      "session": ["number": 3, "meeting_at": NSNull(), "phase_reached": "after", "sent_at": sentAt],
      "answers": [SessionRecord.Key.agendaTopics: ["Salary talk"]], "actions": actions, "next_meeting_at": NSNull(),
    ]
    return try ReceivedExchange(bytes: Array(try JSONSerialization.data(withJSONObject: value)))
  }

  static func action(_ id: String, status: String = "open") -> [String: Any] {
    [
      "id": id, "text": "Send the deck", "owner": ["role": "mentee", "name": "Sam Lee"], "due": NSNull(),
      "status": status, "success": NSNull(), "updated_at": "2026-12-01T10:00:00Z",
    ]
  }

  @Test(arguments: StoreKind.allCases)
  func oneImportIsOneTransactionAndADryRunWritesNothing(kind: StoreKind) throws {
    try withStore(kind) { store in
      _ = try store.startSession(with: "Alex")
      let good = ExchangeImport(
        record: try Self.record(actions: [Self.action("9b2e0000-0000-4000-8000-000000000001")]), link: .partner("Alex"))
      let dry = try store.importExchanges([good], dryRun: true)
      #expect(dry.count == 3)  // linked, the action added, the agenda
      #expect(try store.actions(openOnly: false, partner: nil).isEmpty)
      #expect(try store.partner(linkedTo: Self.sam) == nil)

      // The second record names the first one's action under another relationship: neither is kept.
      let other = ExchangeImport(
        record: try Self.record(
          relationship: "5f0c0000-0000-4000-8000-0000000000bb", sender: "Bo",
          actions: [Self.action("9b2e0000-0000-4000-8000-000000000001")],
          sentAt: "2026-12-02T10:00:00Z"),
        link: .newRelationship)
      #expect(
        throws: StoreError.exchangeRefused(
          "its action 9b2e0000-0000-4000-8000-000000000001 belongs to another relationship here")
      ) {
        try store.importExchanges([good, other], dryRun: false)
      }
      #expect(try store.actions(openOnly: false, partner: nil).isEmpty)
      #expect(try store.partner(linkedTo: Self.sam) == nil)

      let changes = try store.importExchanges([good], dryRun: false)
      #expect(changes.map(\.change.action?.ref) == [nil, "r1", nil])
      #expect(try store.partner(linkedTo: Self.sam) == "Alex")
      #expect(try store.actions(openOnly: false, partner: nil).map(\.agreedBy) == ["Alex"])
      #expect(try store.importExchanges([good], dryRun: false).isEmpty)

      // The agenda comes back as memory for the next session with Alex.
      let next = try store.startSession(with: "Alex", now: secondMeeting)
      let memory = try store.relationshipMemory(partner: "Alex", role: .mentee, excluding: next)
      #expect(memory.partnerAgenda?.topics == ["Salary talk"])
      #expect(memory.openActions.contains { $0.ref == "r1" && $0.agreedBy == "Alex" })
    }
  }

  /// Both wrote "Send the deck" down at the meeting: the partner's copy is merged into the one
  /// agreed here, which takes the smaller id; importing it again changes nothing.
  @Test func anActionBothWroteDownIsKeptOnce() throws {
    try withStore(.memory) { store in
      _ = try store.startSession(
        with: "Alex", extra: ["actions.agreed": .actions([ActionItem(text: "Send the deck", owner: .role(.mentee))])])
      let theirs = "00000000-0000-4000-8000-000000000001"
      let record = ExchangeImport(
        record: try Self.record(actions: [Self.action(theirs, status: "done")]), link: .partner("Alex"))
      let changes = try store.importExchanges([record], dryRun: false)
      #expect(changes.compactMap(\.change.action?.ref) == ["1.1"])
      let rows = try store.actions(openOnly: false, partner: nil)
      #expect(rows.map(\.ref) == ["1.1"])
      #expect(rows.map(\.id) == [theirs])
      #expect(rows.map(\.agreedBy) == [nil])
      #expect(try store.importExchanges([record], dryRun: false).isEmpty)
    }
  }

  /// What success looks like travels with an action from every session, not only the one sent.
  @Test func anEarlierActionsSuccessTravels() throws {
    try withStore(.memory) { store in
      _ = try store.startSession(
        with: "Alex",
        extra: [
          "actions.agreed": .actions([ActionItem(text: "Send the deck", owner: .role(.mentee))]),
          "actions.success#1.1": .text("Alex has the deck"),
        ])
      let second = try store.startSession(with: "Alex", now: secondMeeting)
      let actions = try #require(try store.exchangeRelationship(session: second)).actions
      #expect(actions.map(\.action.item.success) == ["Alex has the deck"])
      // The partner settles it: its success stays with it.
      let id = try #require(actions.first?.action.id)
      var settled = Self.action(id, status: "done")
      settled["updated_at"] = "2030-01-01T10:00:00Z"
      _ = try store.importExchanges(
        [ExchangeImport(record: try Self.record(actions: [settled]), link: .partner("Alex"))], dryRun: false)
      let after = try #require(try store.exchangeRelationship(session: second)).actions
      #expect(after.map(\.action.status) == [.done])
      #expect(after.map(\.action.item.success) == ["Alex has the deck"])
    }
  }

  /// The partner's agenda that took up one's own topics is kept, and not reported as news.
  @Test func aSharedAnswerThatSaysWhatOneSaidIsNotReported() throws {
    try withStore(.memory) { store in
      _ = try store.startSession(with: "Alex", extra: [SessionRecord.Key.agendaTopics: .list(["Salary talk"])])
      let changes = try store.importExchanges(
        [ExchangeImport(record: try Self.record(), link: .partner("Alex"))], dryRun: false)
      #expect(!changes.contains { if case .shared = $0.change.what { true } else { false } })
      let next = try store.startSession(with: "Alex", now: secondMeeting)
      #expect(
        try store.relationshipMemory(partner: "Alex", role: .mentee, excluding: next).partnerAgenda?.topics == [
          "Salary talk"
        ])
    }
  }

  @Test func aRecordCarryingThisRecordsOwnRelationshipIDIsRefused() throws {
    try withStore(.memory) { store in
      let session = try store.startSession(with: "Alex")
      let own = try #require(try store.exchangeRelationship(session: session)).id
      #expect(
        throws: StoreError.exchangeRefused("it carries the id of a relationship of this record, not of a partner's")
      ) {
        try store.importExchanges(
          [ExchangeImport(record: try Self.record(relationship: own), link: .partner("Alex"))], dryRun: false)
      }
    }
  }
}
