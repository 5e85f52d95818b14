import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// `due` runs at every login: none of its queries may pass over a whole table, or an index of
/// more than the open actions.
@Suite struct DueQueryPlanTests {
  @Test func dueReadsIndexesOnly() throws {
    let store = try RelationshipFiguresTests.filledStore()
    for sql in [DueQueries.actions, DueQueries.followUps, DueQueries.latestSessions] {
      let plan = try store.database.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["2026-12-01"])
          .map { $0["detail"] as String }
      }
      // The relationships (one per partner) and the open actions are read once, from an index
      // of just those; nothing else is scanned.
      let scans = plan.filter {
        $0.hasPrefix("SCAN") && !$0.hasPrefix("SCAN relationship")
          && $0 != "SCAN action USING COVERING INDEX action_open_listing"
      }
      #expect(scans.isEmpty, "\(sql)\n\(plan)")
      #expect(plan.contains { $0.contains("INDEX") }, "\(sql)\n\(plan)")
    }
  }
}
