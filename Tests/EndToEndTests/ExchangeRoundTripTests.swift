import Foundation
import Testing

/// SPEC §7 end to end, with the built binary and two homes: Tomás (mentee) prepares and mails
/// his agenda; Priya (mentor) imports it and meets him with his topics offered; her follow-up
/// carries the actions to his record, where `actions`, `due` and his next review show them; an
/// action he settles between meetings reaches her record with his next agenda. Then the same
/// files imported again, out of order, and cut short: nothing changes twice, nothing is lost,
/// and a bad file is refused with 65, leaving the store as it was.
@Suite struct ExchangeRoundTripTests {
  let folder = Binary.temporaryHome()
  var mentee: String { folder + "/tomas" }
  var mentor: String { folder + "/priya" }

  func file(_ name: String) -> String { folder + "/" + name }

  @discardableResult
  func run(
    _ arguments: [String], lines: [String] = [], home: String, at now: String, status expected: Int32 = 0,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Binary.Result {
    let result = try Binary.run(arguments, lines: lines, home: home, environment: ["MENTORPREP_NOW": now])
    #expect(
      result.status == expected, "\(arguments): \(result.stderr)\n\(result.stdout.suffix(2000))",
      sourceLocation: sourceLocation)
    return result
  }

  /// Tomás prepares his first meeting (the before phase) and stops there.
  static let menteePreparing = [
    "Tomás Okafor", "Priya Shah", "mentee", "priya@example.org", "tomas@example.org", "y", "", "thursday 10:00",
    "Data analyst for three years in logistics.", "A clear next step towards product analytics.",
    "How logistics data looks from the warehouse floor.",
    "Moving into product analytics", "Speaking up in planning meetings", "",
    "I leave with one concrete step.", "n",
  ]

  /// Priya, who has his agenda, holds the meeting (quick) and writes the follow-up.
  static let mentorMeeting = [
    "Tomás Okafor", "y", "", "Practice at mentoring someone outside my team.",
    "Eight years in product analytics.", "1", "2", "", "What would you do in your first month?", "", "y",
    "Tomás is rested after a week off.", "Move into product analytics within a year", "",
    "A move within a year.", "A view from the warehouse floor.", "monthly", "60",
    "Talk to people in the role first.",
    "Talk to two product analysts @partner by friday",
    "Share a reading list @me by 2026-12-02; done when Tomás has three pieces",
    "Draft a one-page case for a transfer @partner by 2026-12-11", "",
    "1 two conversations are noted", "3 Priya has read it", "", "in 4 weeks", "y", "",
    "your candour", "Learn the role from the people in it", "", "4",
  ]

  /// Tomás prepares the second meeting, whose date his record learned from hers.
  static let menteeSecondPreparing = [
    "Priya Shah", "", "A first month as a product analyst", "", "I know what the first month holds.", "n",
  ]

  @Test func twoRecordsStayInStepThroughTheMailTheySend() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    try run([], lines: Self.menteePreparing, home: mentee, at: "2026-11-20 09:00")
    try run(["export", "--format", "agenda-eml", "-o", file("agenda-1.eml")], home: mentee, at: "2026-11-20 09:30")

    // A record one sent oneself is not a partner's.
    let own = try run(["import", file("agenda-1.eml")], home: mentee, at: "2026-11-20 09:40", status: 65)
    #expect(own.stderr.contains("is a record you sent (of your sessions with Priya Shah)"), "\(own.stderr)")

    // First contact: in a script the sender must be named; the dry run writes nothing.
    let unlinked = try run(["import", file("agenda-1.eml")], home: mentor, at: "2026-11-25 09:00", status: 64)
    #expect(unlinked.stderr.contains("from Tomás Okafor, who is not linked"))
    try run(
      ["import", file("agenda-1.eml"), "--with", "Somebody Else"], home: mentor, at: "2026-11-25 09:00", status: 66)
    let dry = try run(
      ["import", "--dry-run", file("agenda-1.eml"), "--with", "Tomás Okafor"], home: mentor, at: "2026-11-25 09:00")
    #expect(dry.stdout.contains("Nothing was written"))
    let first = try run(
      ["import", file("agenda-1.eml"), "--with", "Tomás Okafor"], home: mentor, at: "2026-11-25 09:00")
    #expect(first.stdout.contains("Tomás Okafor: a new relationship, from their record"))
    #expect(
      first.stdout.contains(
        "Agenda: Moving into product analytics; Speaking up in planning meetings, from Tomás Okafor"))
    #expect(first.stdout.contains("Meeting: Thursday 26 November 2026, 10:00, from Tomás Okafor"))

    // Before any session with him, the meeting his agenda proposes is due, to be started.
    let proposed = try run(["due"], home: mentor, at: "2026-11-25 09:00")
    #expect(
      proposed.stdout.split(separator: "\n").contains {
        $0.contains("Thu 26 Nov 2026, 10:00") && $0.contains("Tomás Okafor") && $0.contains("mentorprep start --with")
      }, "\(proposed.stdout)")

    // Priya meets him: his topics are offered while she prepares, and the first is today's focus.
    let meeting = try run([], lines: Self.mentorMeeting, home: mentor, at: "2026-11-25 09:00")
    #expect(meeting.stdout.contains("You meet on Thursday 26 November 2026, 10:00, as Tomás Okafor's record has it"))
    #expect(meeting.stdout.contains("1. Moving into product analytics (from Tomás Okafor's agenda)"))
    #expect(meeting.stdout.contains("2. Speaking up in planning meetings (from Tomás Okafor's agenda)"))
    #expect(meeting.stdout.contains("→ today's focus: Moving into product analytics"))
    try run(["export", "--format", "eml", "-o", file("followup-1.eml")], home: mentor, at: "2026-11-26 12:00")

    // Tomás imports her follow-up: her actions for him are his in `actions` and `due`.
    let followUp = try run(
      ["import", file("followup-1.eml"), "--with", "Priya"], home: mentee, at: "2026-11-26 18:00")
    #expect(followUp.stdout.contains("Priya Shah: linked to their record"))
    #expect(
      followUp.stdout.contains(
        "r1 Talk to two product analysts: new, yours, due Friday 27 November 2026, from Priya Shah"))
    #expect(followUp.stdout.contains("r2 Share a reading list: new, Priya Shah's, due Wednesday 2 December 2026"))
    #expect(followUp.stdout.contains("Next meeting: Thursday 24 December 2026, 10:00, from Priya Shah"))
    let actions = try jsonList(["actions", "--json"], home: mentee, at: "2026-11-26 18:00")
    #expect(actions.map { $0["ref"] as? String } == ["r1", "r2", "r3"])
    #expect(actions.allSatisfy { $0["agreed_by"] as? String == "Priya Shah" })
    #expect(actions.map { $0["owner_name"] as? String } == ["Tomás Okafor", "Priya Shah", "Tomás Okafor"])
    let due = try run(["due", "--within", "30"], home: mentee, at: "2026-11-26 18:00")
    #expect(due.stdout.contains("Talk to two product analysts") && due.stdout.contains("mentorprep actions done r1"))
    #expect(
      due.stdout.split(separator: "\n").contains { $0.contains("Talk to two product analysts") && $0.contains(" you ") }
    )

    // They are found by their words, as answers are, marked with who agreed them.
    let found = try run(["search", "analyst"], home: mentee, at: "2026-11-26 18:00")
    #expect(found.stdout.contains("agreed by Priya Shah  2026-11-25  Priya Shah  action r1"), "\(found.stdout)")
    #expect(found.stdout.contains("Talk to two product [analysts]"), "\(found.stdout)")
    let foundJSON = try jsonList(["search", "reading", "--json"], home: mentee, at: "2026-11-26 18:00")
    #expect(foundJSON.map { $0["ref"] as? String } == ["r2"])
    #expect(foundJSON.first?["agreed_by"] as? String == "Priya Shah")

    // He settles one between meetings and mails his next agenda; her record shows it done.
    try run(["actions", "done", "r1"], home: mentee, at: "2026-11-28 10:00")
    let second = try run([], lines: Self.menteeSecondPreparing, home: mentee, at: "2026-12-20 09:00")
    #expect(second.stdout.contains("You meet on Thursday 24 December 2026, 10:00, as you agreed last time"))
    try run(["export", "--format", "agenda-eml", "-o", file("agenda-2.eml")], home: mentee, at: "2026-12-20 09:30")
    let settled = try run(["import", file("agenda-2.eml")], home: mentor, at: "2026-12-21 09:00")
    #expect(settled.stdout.contains("1.1 Talk to two product analysts: open → done, from Tomás Okafor"))
    let mentorActions = try jsonList(["actions", "--json"], home: mentor, at: "2026-12-21 09:00")
    #expect(mentorActions.first { $0["ref"] as? String == "1.1" }?["status"] as? String == "done")

    // His next review goes through her actions still open: r2 was hers, r3 his.
    let review = try run(
      ["resume"], lines: ["Busy weeks.", "partly", "next friday"], home: mentee, at: "2026-12-24 10:00", status: 3)
    #expect(review.stdout.contains("(r2)") && review.stdout.contains("(r3)"))
    #expect(!review.stdout.contains("(r1)"))
    #expect(review.stdout.contains("r1 Talk to two product analysts — done since last time"), "\(review.stdout)")

    // Every mail written parses as a strict RFC 5322 message, its record fits the schema.
    let checker = Process()
    checker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    checker.arguments = [
      "python3", Binary.packageRoot.appendingPathComponent("scripts/check-exports").path, file("agenda-1.eml"),
      file("followup-1.eml"), file("agenda-2.eml"),
    ]
    try checker.run()
    checker.waitUntilExit()
    #expect(checker.terminationStatus == 0)

    // The same files again, and out of order: nothing changes twice.
    let before = try snapshot()
    for (name, home) in [("agenda-2.eml", mentor), ("agenda-1.eml", mentor), ("followup-1.eml", mentee)] {
      let again = try run(["import", file(name)], home: home, at: "2026-12-22 09:00")
      #expect(again.stdout.contains("Nothing new"), "\(name): \(again.stdout)")
    }
    #expect(try snapshot() == before)

    // Cut short or edited, a file is refused whole (65), with the good one beside it.
    let agenda = try String(contentsOfFile: file("agenda-2.eml"), encoding: .utf8)
    try String(agenda.prefix(agenda.count * 2 / 3)).write(toFile: file("cut.eml"), atomically: true, encoding: .utf8)
    let edited = agenda.replacingOccurrences(
      of: "Content-Transfer-Encoding: base64", with: "Content-Transfer-Encoding: x-rot13")
    try edited.write(toFile: file("edited.eml"), atomically: true, encoding: .utf8)
    for bad in ["cut.eml", "edited.eml"] {
      let refused = try run(
        ["import", file("followup-1.eml"), file(bad)], home: mentor, at: "2026-12-22 09:00", status: 65)
      #expect(refused.stderr.contains(bad), "\(refused.stderr)")
    }
    #expect(try snapshot() == before)
  }

  func jsonList(_ arguments: [String], home: String, at now: String) throws -> [[String: Any]] {
    let result = try run(arguments, home: home, at: now)
    return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
  }

  /// Both records as `actions --json` and `list --json` show them.
  func snapshot() throws -> [String] {
    try [mentee, mentor].flatMap { home in
      try [["actions", "--json"], ["list", "--json"]].map { try run($0, home: home, at: "2026-12-22 09:00").stdout }
    }
  }
}
