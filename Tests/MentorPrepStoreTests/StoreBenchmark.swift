import Foundation
import GRDB
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// Times the hot calls on a home of 50,000 sessions. Opt-in, since filling the database takes
/// a while: `MENTORPREP_STORE_BENCH=1 swift test --filter StoreBenchmark` (add `-c release
/// -Xswiftc -enable-testing` for the numbers a user sees).
@Suite struct StoreBenchmark {
  static let enabled = ProcessInfo.processInfo.environment["MENTORPREP_STORE_BENCH"] != nil

  @Test(.enabled(if: enabled))
  func fiftyThousandSessions() throws {
    try withStore(.file) { store in
      try fill(store, sessions: 50_000, partners: 500)
      let summaries = try measure("sessions()") { try store.sessions() }
      #expect(summaries.count == 50_000)
      let open = try measure("actions(openOnly: true)") {
        try store.actions(openOnly: true, partner: nil)
      }
      #expect(open.count == 49_000 + 1000 * 3)  // one partly done each, then all three open
      _ = try measure("actions(openOnly: false)") {
        try store.actions(openOnly: false, partner: nil)
      }
      _ = try measure("actions(partner:)") {
        try store.actions(openOnly: true, partner: "Partner 7")
      }
      let number = try measure("createSession") {
        try store.createSession(at: firstMeeting, progress: DialogueProgress(position: .finished))
      }
      try measure("save (setup)") {
        try store.save(
          number,
          [
            SessionRecord.Key.role: .choice("mentee"),
            SessionRecord.Key.partner: .text("Partner 7"),
          ], at: "during.review_actions", now: firstMeeting)
      }
      let memory = try measure("relationshipMemory") {
        try store.relationshipMemory(partner: "partner 7", role: .mentee, excluding: number)
      }
      #expect(memory.returning)
      try measure("save (review)") {
        try store.save(
          number, ["review.status#7.1": .status(.done)], at: "during.review_actions",
          now: firstMeeting)
      }
      _ = try measure("loadSession") { try store.loadSession(number) }
    }
  }

  /// Sessions of 40 answers and 3 actions each, spread over `partners` relationships; the
  /// last 1,000 sessions' actions are open, every earlier session's first is partly done.
  func fill(_ store: SessionStore, sessions: Int, partners: Int) throws {
    let values = StoredValues(path: store.path)
    let answer = try values.json(Answer.text(String(repeating: "words ", count: 30)))
    let progress = try values.json(progress: DialogueProgress(position: .finished))
    try measure("fill") {
      try store.database.write { db in
        for id in 1...partners {
          try db.execute(
            sql: """
              INSERT INTO relationship (id, role, partner, partner_key, me)
              VALUES (?, 'mentee', ?, ?, 'Sam')
              """,
            arguments: [id, "Partner \(id)", "partner \(id)"])
        }
        let session = try db.cachedStatement(
          sql: """
            INSERT INTO session (number, relationship_id, created_at, updated_at, meeting_at,
              phase_reached, completed, progress)
            VALUES (?, ?, '2026-01-01T10:00', '2026-01-01T10:00', '2026-01-02T10:00', 'after', 1, ?)
            """)
        let answers = try db.cachedStatement(
          sql: "INSERT INTO answer (session, key, value) VALUES (?, ?, ?)")
        let action = try db.cachedStatement(
          sql: """
            INSERT INTO action (ref, session, relationship_id, position, text, owner, status, uuid, updated_at)
            VALUES (?, ?, ?, ?, 'Do it', 'mentee', ?, ?, '2026-01-02T10:00:00Z')
            """)
        for number in 1...sessions {
          let relationship = number % partners + 1
          try session.execute(arguments: [number, relationship, progress])
          for key in 0..<40 {
            try answers.execute(arguments: [number, "question.\(key)", answer])
          }
          for position in 0..<3 {
            let status = number > sessions - 1000 ? "open" : (position == 0 ? "partly" : "done")
            try action.execute(
              arguments: [
                "\(number).\(position + 1)", number, relationship, position, status,
                String(format: "00000000-0000-4000-8000-%06d%06d", number, position),
              ])
          }
        }
      }
    }
  }

  /// The rows `list` reads at 50,000 sessions, decoded by column position and by column name,
  /// seven times each: the median of each and their ratio, which is why `sessions()`,
  /// `actions(openOnly:)` and `due` keep reading by position (README, "Benchmark").
  @Test(.enabled(if: enabled))
  func readingByPositionAgainstByName() throws {
    try withStore(.file) { store in
      try fill(store, sessions: 50_000, partners: 500)
      let sql = "SELECT number, created_at, meeting_at, phase_reached, completed, relationship_id FROM session"
      func median(_ read: @escaping (Row) throws -> Int) throws -> Double {
        var times: [Double] = []
        for _ in 0..<7 {
          let start = Date()
          let total = try store.database.read { db in
            var total = 0
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() { total &+= try read(row) }
            return total
          }
          times.append(Date().timeIntervalSince(start) * 1000)
          #expect(total > 0)
        }
        return times.sorted()[times.count / 2]
      }
      let byPosition = try median { row in
        let created: String = try row.decode(atIndex: 1)
        let meeting: String? = try row.decode(atIndex: 2)
        let phase: String = try row.decode(atIndex: 3)
        let done: Bool = try row.decode(atIndex: 4)
        let relationship: Int64? = try row.decode(atIndex: 5)
        return try row.decode(Int.self, atIndex: 0) + created.count + (meeting?.count ?? 0) + phase.count
          + (done ? 1 : 0) + Int(relationship ?? 0)
      }
      let byName = try median { row in
        let created: String = try row.decode(forColumn: "created_at")
        let meeting: String? = try row.decode(forColumn: "meeting_at")
        let phase: String = try row.decode(forColumn: "phase_reached")
        let done: Bool = try row.decode(forColumn: "completed")
        let relationship: Int64? = try row.decode(forColumn: "relationship_id")
        return try row.decode(Int.self, forColumn: "number") + created.count + (meeting?.count ?? 0) + phase.count
          + (done ? 1 : 0) + Int(relationship ?? 0)
      }
      print(
        String(
          format: "50,000 rows: by position %.1f ms, by name %.1f ms, %.2fx", byPosition, byName, byName / byPosition))
    }
  }

  @discardableResult
  func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let start = Date()
    let value = try body()
    print(name, String(format: "%.1f ms", Date().timeIntervalSince(start) * 1000))
    return value
  }
}
