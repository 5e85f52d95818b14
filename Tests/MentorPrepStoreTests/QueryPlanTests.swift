import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// `list`, `actions --open` and every save must stay fast at 50,000 sessions: no statement the
/// store runs may read a whole table, except `list` and `actions --open` reading what they show
/// once, from indexes of just that.
///
/// Checked on SQLite's query plans rather than on timings, so it is fast and never flaky. (At
/// 50,000 sessions of 40 answers and 3 actions, a release build measured `sessions()` at about
/// 55 ms, `actions(openOnly: true)` at 60 ms for 52,000 open actions, a save at 1 to 7 ms.)
@Suite struct QueryPlanTests {
  @Test func hotStatementsUseIndexes() throws {
    try withStore(.memory) { store in
      _ = try store.startSession(
        with: "Ana",
        extra: ["actions.agreed": .actions([ActionItem(text: "Draft", owner: .role(.mentee))])])
      let second = try store.startSession(with: "Ana", now: secondMeeting)
      let statements = try store.statements {
        _ = try store.sessions()
        _ = try store.actions(openOnly: true, partner: nil)
        _ = try store.actions(openOnly: false, partner: "ana")
        _ = try store.relationshipMemory(partner: "Ana", role: .mentee, excluding: second)
        try store.save(
          second, ["review.status#1.1": .status(.done)], at: "during.focus", now: secondMeeting)
        try store.save(
          second, [SessionRecord.Key.partner: .text("Bo")], at: "during.focus", now: secondMeeting)
        _ = try store.loadSession(second)
        _ = try store.lastSessionNumber()
      }
      let checked = statements.filter { sql in
        ["SELECT", "INSERT", "UPDATE", "DELETE"].contains { sql.uppercased().hasPrefix($0) }
      }
      #expect(checked.count > 15)
      for sql in checked {
        let plan = try store.database.read { db in
          try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }
        // `list` reads every session and relationship (one per partner) once, and
        // `actions --open` every open action: from indexes that hold just what they show.
        let listing = [
          "SCAN session USING COVERING INDEX session_listing",
          "SCAN action USING COVERING INDEX action_open_listing",
        ]
        let partners = sql == "SELECT id, partner, role, uuid FROM relationship"
        // "SCAN session", or "SCAN TABLE session" in older SQLite; not "SCAN CONSTANT ROW".
        let scans = plan.filter { detail in
          let words = detail.split(separator: " ").filter { $0 != "TABLE" }
          guard words.first == "SCAN", words.count > 1 else { return false }
          let table = String(words[1])
          return ["relationship", "session", "answer", "action"].contains(table)
            && !listing.contains(detail) && !(partners && table == "relationship")
        }
        #expect(scans.isEmpty, "\(sql)\n\(plan)")
      }
    }
  }
}

/// The statements SQLite runs, with their arguments written in.
private final class StatementLog: @unchecked Sendable {
  var statements: [String] = []
}

extension SessionStore {
  /// Every statement run while `body` runs.
  fileprivate func statements(during body: () throws -> Void) throws -> [String] {
    let log = StatementLog()
    database.writeWithoutTransaction { db in
      db.trace { event in
        if case .statement(let statement) = event { log.statements.append(statement.expandedSQL) }
      }
    }
    defer { database.writeWithoutTransaction { db in db.trace(options: [], nil) } }
    try body()
    return log.statements
  }
}
