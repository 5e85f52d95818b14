import Foundation
import Testing

/// SPEC §6 and §7: an imported record is bad input like any other. Escapes and bidirectional
/// controls are neutralised on the terminal, a file over 1 MB or with keys the schema does not
/// list is refused whole (65), a record cannot reach into another relationship or come back
/// as one's own, and an action for a third person stays theirs.
@Suite struct ImportHostileTests {
  let folder = Binary.temporaryHome()
  var home: String { folder + "/ana" }

  static let relationship = "5f0c0000-0000-4000-8000-00000000000a"
  static let other = "5f0c0000-0000-4000-8000-00000000000b"

  static func action(_ id: Int, text: String, owner: String?, name: String = "Ana Lopez") -> [String: Any] {
    [
      "id": String(format: "9b2e0000-0000-4000-8000-%012d", id), "text": text,
      "owner": ["role": owner.map { $0 as Any } ?? NSNull(), "name": name], "due": "2026-12-11", "status": "open",
      "success": NSNull(), "updated_at": "2026-12-01T10:00:00Z",
    ]
  }

  /// A record from Sam Rivera (mentor) to Ana Lopez, written to `name` in the test's folder.
  func record(
    _ name: String, relationship: String = relationship, sender: String = "Sam Rivera", senderRole: String = "mentor",
    recipientRole: String = "mentee", actions: [[String: Any]], extra: [String: Any] = [:]
  ) throws -> String {
    var value: [String: Any] = [
      "exchange": 1, "relationship_id": relationship,
      "sender": ["role": senderRole, "name": sender, "email": NSNull()],
      "recipient": ["role": recipientRole, "name": "Ana Lopez", "email": NSNull()],
      "session": [
        "number": 2, "meeting_at": "2026-11-26T15:00", "phase_reached": "after", "sent_at": "2026-12-01T10:00:00Z",
      ],
      "answers": [String: Any](), "actions": actions, "next_meeting_at": NSNull(),
    ]
    for (key, member) in extra { value[key] = member }
    let path = folder + "/" + name
    try JSONSerialization.data(withJSONObject: value).write(to: URL(fileURLWithPath: path))
    return path
  }

  func run(_ arguments: [String], input: Data = Data()) throws -> Binary.Result {
    try Binary.run(arguments, input: input, home: home, environment: ["MENTORPREP_NOW": "2026-12-02 09:00"])
  }

  func snapshot() throws -> [String] {
    try [["actions", "--json"], ["list", "--json"], ["progress"]].map { try run($0).stdout }
  }

  /// At a terminal, a record from someone not linked yet names the sender and asks which
  /// partner it is from, or whether a new relationship begins; what cannot be read is asked again.
  @Test func atATerminalFirstContactIsAsked() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = try record("first.json", actions: [Self.action(1, text: "Draft the pitch", owner: "mentee")])
    let terminal = try PseudoTerminal.start(["import", file], home: home)
    #expect(terminal.waitFor("is from Sam Rivera, the mentor, whose record is not linked to one here yet."))
    #expect(terminal.waitFor("1. Sam Rivera: a new relationship"))
    #expect(terminal.waitFor("Which is it? [1]"))
    terminal.sendLine("3")
    #expect(terminal.waitFor("Type 1, or Ctrl-D to stop."))
    terminal.sendLine("1")
    #expect(terminal.waitFor("r1 Draft the pitch: new, yours"))
    #expect(terminal.waitForExit() == 0)
    #expect(try run(["import", file]).stdout.contains("Nothing new"))
  }

  @Test func hostileRecordsAreRefusedOrNeutralised() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    // Escapes and a bidirectional override in the text: imported, shown without them.
    let escaped = try record(
      "escaped.json",
      actions: [
        Self.action(1, text: "Red \u{1B}[31malert\u{1B}[0m and \u{202E}reversed", owner: "mentee"),
        Self.action(2, text: "Introduce Ana to Kim", owner: nil, name: "Priya Shah"),
      ])
    let first = try run(["import", escaped, "--with", "Sam Rivera"])
    #expect(first.status == 0, "\(first.stderr)")
    for output in [first.stdout, try run(["actions"]).stdout, try run(["actions", "--json"]).stdout] {
      #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}"), "\(output)")
    }
    // An action for a third person stays theirs: not Ana's, and not due for her.
    #expect(first.stdout.contains("r2 Introduce Ana to Kim: new, Priya Shah's, due Friday 11 December 2026"))
    let due = try run(["due", "--within", "30"]).stdout
    #expect(
      due.split(separator: "\n").contains {
        $0.contains("Introduce Ana to Kim") && $0.contains("Priya Shah") && !$0.contains(" you ")
      })
    let before = try snapshot()

    // Over 1 MB, unknown keys, cut short, no record at all: 65, nothing written.
    let huge = try record(
      "huge.json", actions: [Self.action(3, text: String(repeating: "x", count: 1_100_000), owner: "mentee")])
    let unknown = try record("unknown.json", actions: [], extra: ["admin": true])
    let mail = folder + "/plain.eml"
    try "From: sam@example.org\r\nSubject: hello\r\n\r\nJust text.\r\n".write(
      toFile: mail, atomically: true, encoding: .utf8)
    for (file, says) in [
      (huge, "over the 1 MB"), (unknown, "unknown key 'admin'"), (mail, "carries no mentorprep exchange record"),
    ] {
      let refused = try run(["import", file])
      #expect(refused.status == 65, "\(file): \(refused.stderr)")
      #expect(refused.stderr.contains(says), "\(refused.stderr)")
    }
    // A missing file is 66; a partner named with --with who is neither known nor the sender, 66.
    #expect(try run(["import", folder + "/missing.eml"]).status == 66)
    let stranger = try record("stranger.json", relationship: Self.other, sender: "Bo Diaz", actions: [])
    #expect(try run(["import", stranger, "--with", "Somebody"]).status == 66)

    // Another sender's record naming an action of Sam's relationship reaches no further.
    let reaching = try record(
      "reaching.json", relationship: Self.other, sender: "Bo Diaz",
      actions: [Self.action(1, text: "Mine now", owner: "mentor")])
    let reached = try run(["import", reaching, "--with", "Bo Diaz"])
    #expect(reached.status == 65 && reached.stderr.contains("belongs to another relationship"), "\(reached.stderr)")
    // A record for the other side is refused (one carrying this record's own relationship id
    // is too: ImportStoreTests).
    let wrongSide = try record("side.json", senderRole: "mentee", recipientRole: "mentor", actions: [])
    let side = try run(["import", wrongSide])
    #expect(side.status == 65, "\(side.stderr)")
    // A bad file beside a good one: the good one is not imported either.
    let good = try record("good.json", actions: [Self.action(4, text: "A new one", owner: "mentee")])
    #expect(try run(["import", good, unknown]).status == 65)
    #expect(try snapshot() == before)

    // Piped in, the good one goes in once.
    let piped = try run(["import", "-"], input: try Data(contentsOf: URL(fileURLWithPath: good)))
    #expect(piped.status == 0 && piped.stdout.contains("A new one: new, yours"), "\(piped.stderr)")
    #expect(try run(["import", good]).stdout.contains("Nothing new"))
  }
}
