import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// SPEC §7: every relationship and every action has a random id, made when it is first saved
/// and kept from then on, whatever the store re-saves: the partner's record finds it by that id.
@Suite struct TravellingIDTests {
  /// A random id as the store writes it: a UUID in lower case.
  static func isRandomID(_ id: String?) -> Bool {
    guard let id else { return false }
    return id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil
  }

  @Test(arguments: StoreKind.allCases)
  func aRelationshipKeepsItsIdFromOneSessionToTheNext(kind: StoreKind) throws {
    try withStore(kind) { store in
      let first = try store.startSession(with: "Ana")
      let second = try store.startSession(with: "ana", now: secondMeeting)
      let other = try store.startSession(with: "Bo", now: secondMeeting)
      let id = try store.loadSession(first).relationshipID
      #expect(Self.isRandomID(id))
      #expect(try store.loadSession(second).relationshipID == id)
      #expect(try store.loadSession(other).relationshipID != id)
      let listed = try store.sessions().map(\.relationshipID)
      #expect(listed == [id, id, try store.loadSession(other).relationshipID])
    }
  }

  /// The store deletes and writes a session's actions again on every change of its list: each
  /// ref keeps the id it was first saved with, through reviews and settling too.
  @Test(arguments: StoreKind.allCases)
  func anActionKeepsItsIdThroughEverySave(kind: StoreKind) throws {
    try withStore(kind) { store in
      let draft = ActionItem(text: "Draft", owner: .role(.mentee))
      let read = ActionItem(text: "Read", owner: .role(.mentor))
      let first = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([draft, read])])
      let ids = try store.actions(openOnly: false, partner: nil).map(\.id)
      #expect(ids.count == 2 && ids.allSatisfy(Self.isRandomID) && Set(ids).count == 2)
      #expect(try store.loadSession(first).ids == ["1.1": ids[0], "1.2": ids[1]])

      let book = ActionItem(text: "Book a room", owner: .role(.mentee))
      try store.save(first, ["actions.agreed": .actions([draft, read, book])], at: "during.actions", now: firstMeeting)
      let grown = try store.actions(openOnly: false, partner: nil).map(\.id)
      #expect(Array(grown.prefix(2)) == ids)
      #expect(Self.isRandomID(grown.last) && !ids.contains(grown[2]))

      let second = try store.startSession(with: "Ana", now: secondMeeting)
      try store.save(second, ["review.status#1.1": .status(.done)], at: "during.focus", now: secondMeeting)
      try store.settleActions(["1.2"], as: .dropped)
      #expect(try store.actions(openOnly: false, partner: nil).map(\.id) == grown)
      #expect(try store.loadSession(second).reviewed.map(\.id) == [ids[0]])
      let memory = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: second)
      #expect(memory.openActions.map(\.id) == [ids[0], grown[2]])
    }
  }

  /// The record the exports read carries the ids: the session's own actions and those it
  /// reviewed, and the relationship's.
  @Test func theRecordCarriesTheIds() throws {
    try withStore(.memory) { store in
      let draft = ActionItem(text: "Draft", owner: .role(.mentee))
      _ = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([draft])])
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      try store.save(second, ["review.status#1.1": .status(.partly)], at: "during.focus", now: secondMeeting)
      let id = try #require(try store.actions(openOnly: false, partner: nil).first?.id)
      let record = try store.loadSession(second).record
      #expect(record.reviews.map(\.action.id) == [id])
      #expect(record.relationshipID == (try store.loadSession(1).relationshipID))
      #expect(try store.loadSession(1).record.actions.map(\.id) == [id])
    }
  }

  /// When each action last changed, for the partner's store to merge by (SPEC §7): kept when
  /// the store writes the action again as it was, moved on when a review or `actions done`
  /// changes it; the exchange record of a session reads it with the relationship's actions.
  @Test func anActionsLastChangeMovesOnlyWhenItChanges() throws {
    try withStore(.memory) { store in
      let draft = ActionItem(text: "Draft", owner: .role(.mentee))
      let read = ActionItem(text: "Read", owner: .role(.mentor))
      let first = try store.startSession(with: "Ana", extra: ["actions.agreed": .actions([draft, read])])
      let long = "2020-01-01T00:00:00Z"
      try store.database.write { db in try db.execute(sql: "UPDATE action SET updated_at = ?", arguments: [long]) }
      func changed() throws -> [String: Date] {
        let relationship = try #require(try store.exchangeRelationship(session: first))
        return Dictionary(uniqueKeysWithValues: relationship.actions.map { ($0.action.ref, $0.updatedAt) })
      }
      let then = try #require(ISO8601DateFormatter().date(from: long))

      let book = ActionItem(text: "Book a room", owner: .role(.mentee))
      try store.save(first, ["actions.agreed": .actions([draft, read, book])], at: "during.actions", now: firstMeeting)
      #expect(try changed()["1.1"] == then && changed()["1.2"] == then)
      #expect(try #require(try changed()["1.3"]) > then)

      let second = try store.startSession(with: "Ana", now: secondMeeting)
      try store.save(second, ["review.status#1.1": .status(.done)], at: "during.focus", now: secondMeeting)
      try store.settleActions(["1.2"], as: .dropped)
      #expect(try #require(try changed()["1.1"]) > then)
      #expect(try #require(try changed()["1.2"]) > then)
      let relationship = try #require(try store.exchangeRelationship(session: second))
      #expect(relationship.id == (try store.loadSession(first).relationshipID))
      #expect(relationship.actions.map(\.action.status) == [.done, .dropped, .open])
    }
  }
}
