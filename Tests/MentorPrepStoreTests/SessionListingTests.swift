import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// `list` reads each session's columns where SQLite keeps them, without decoding the row through
/// GRDB (a third of its instructions at 50,000 sessions). What it reads must be what the row
/// holds, in every form a value may take, and a value that does not decode must still make
/// only its session damaged, with the reason the store's reader gives.
@Suite struct SessionListingTests {
  /// Sets the listed columns of session `number` as given (SQL literals).
  func set(_ store: SessionStore, _ number: Int, _ assignments: String) throws {
    try store.database.write { try $0.execute(sql: "UPDATE session SET \(assignments) WHERE number = \(number)") }
  }

  @Test func everyFormOfAListedValueIsReadAsTheRowHoldsIt() throws {
    try withStore(.memory) { store in
      let first = try store.startSession(with: "Ana")
      let second = try store.startSession(with: "Bo")
      let third = try store.startSession(with: "Cy")
      try set(
        store, first, "created_at = '2026-11-20T09:05', meeting_at = NULL, phase_reached = 'during', completed = 0")
      // Forms the store never writes, read by `StoredValues` as before: a space, seconds, a day.
      try set(
        store, second,
        "created_at = '2026-11-20 10:15', meeting_at = '2026-11-21T15:00:30', phase_reached = 'after', completed = 1")
      try set(
        store, third, "created_at = '2026-11-22', meeting_at = '2026-12-01', phase_reached = 'before', completed = 7")
      let sessions = try store.sessions()
      #expect(sessions.map(\.number) == [first, second, third])
      #expect(
        sessions.map(\.createdAt) == [
          LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 5),
          LocalDateTime(year: 2026, month: 11, day: 20, hour: 10, minute: 15),
          LocalDateTime(year: 2026, month: 11, day: 22),
        ])
      #expect(
        sessions.map(\.meetingAt) == [
          nil, LocalDateTime("2026-11-21T15:00:30"), LocalDateTime(year: 2026, month: 12, day: 1),
        ])
      #expect(sessions.map(\.phaseReached) == [.during, .after, .before])
      #expect(sessions.map(\.completed) == [false, true, true])
      #expect(sessions.map(\.partner) == ["Ana", "Bo", "Cy"])
      #expect(sessions.allSatisfy { $0.relationshipID != nil })
    }
  }

  @Test(arguments: [
    ("created_at = 'soon'", "session 1 'soon' is not a date"),
    ("meeting_at = '2026-13-01T10:00'", "session 1 '2026-13-01T10:00' is not a date"),
    ("phase_reached = 'later'", "session 1 'later' is not a phase"),
    ("meeting_at = 42", "session 1 '42' is not a date"),
  ])
  func aValueThatDoesNotDecodeDamagesOnlyItsSession(assignment: String, reason: String) throws {
    try withStore(.memory) { store in
      let first = try store.startSession(with: "Ana")
      let second = try store.startSession(with: "Bo")
      try set(store, first, assignment)
      var damage: [StoreError] = []
      let sessions = try store.sessions(damaged: { damage.append($0) })
      #expect(sessions.map(\.number) == [second])
      #expect(damage.count == 1)
      guard case .damagedSession(let number, let found)? = damage.first else { return }
      #expect(number == first)
      #expect(found == reason)
    }
  }

  @Test func aRoleThatDoesNotDecodeDamagesTheSessionsWithThatPartner() throws {
    try withStore(.memory) { store in
      let first = try store.startSession(with: "Ana")
      let second = try store.startSession(with: "Bo")
      try store.database.write { db in
        try db.execute(
          sql:
            "UPDATE relationship SET role = 'sponsor' WHERE id = (SELECT relationship_id FROM session WHERE number = \(first))"
        )
      }
      var damage: [StoreError] = []
      let sessions = try store.sessions(damaged: { damage.append($0) })
      #expect(sessions.map(\.number) == [second])
      guard case .damagedSession(first, let reason)? = damage.first else {
        Issue.record("\(damage)")
        return
      }
      #expect(reason == "session \(first) 'sponsor' is not a role")
    }
  }
}
