import Foundation
import Testing

@testable import MentorPrepCore

/// Every path of the conversation (quick and full, mentee and mentor, first and returning,
/// separation and redefinition) exported in every format, each file checked against its
/// standard by a real parser (`scripts/check-exports`): the JSON against its schema, the mail
/// as a strict RFC 5322 message, the calendar as RFC 5545, the markdown as GFM whose tables
/// keep their columns (SPEC §1, §5).
@Suite struct ExportStandardsTests {
  /// Text that breaks tables, headers and lines when it is not escaped, typed where the paths
  /// ask for free text and lists.
  static let awkward = [
    "A | pipe, a \\| escaped one, `code | span` and [a|link](https://example.org/a|b)",
    "Trailing backslash \\",
    "Ünïcode — “quotes” and an emoji 🙂",
  ]

  static func answers(for script: ConversationPathTests.Script) -> [String: [String]] {
    [
      "follow_up.learnings": awkward + [""],
      "agenda.topics": awkward + [""],
      "catch_up.news": [awkward[0]],
      "focus.notes": [awkward[0]],
      "actions.agreed": [
        "Write up the | table idea @me by friday", "Read the book by Kahneman @partner in 2 weeks",
        "Read https://example.org/a|b and `x|y` @me", "",
      ],
    ]
  }

  /// The relationship as a store would keep it: the session's actions and those it reviewed,
  /// each with an id.
  static func relationship(of record: SessionRecord) -> ExchangeRelationship {
    let actions = (record.reviewOutcomes + record.actions).enumerated().map { index, action in
      var action = action
      action.id = String(format: "00000000-0000-4000-8000-%012d", index + 1)
      return ExchangedAction(action: action, updatedAt: ConversationPathTests.instant)
    }
    return ExchangeRelationship(id: "5f0c2b1e-8d44-4c3a-9f1e-2a7b6c5d4e3f", actions: actions)
  }

  @Test func everyPathExportsInEveryFormatToItsStandard() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-standards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String] = []
    var rendered: [ExportFormat: Int] = [:]
    for (index, script) in ConversationPathTests.scripts.enumerated() {
      let walk = try ConversationPathTests.walk(script, answering: Self.answers(for: script))
      let number = script.returning ? 3 : 1
      let record = SessionRecord(
        number: number, createdAt: ConversationPathTests.now, updatedAt: ConversationPathTests.now,
        bank: walk.dialogue.bank, answers: walk.dialogue.answers, progress: walk.dialogue.progress,
        reviewed: script.returning ? ConversationPathTests.openActions : [])
      for format in ExportFormat.allCases {
        let text: String
        do {
          text = try Exporter.render(
            record, bank: walk.dialogue.bank, as: format, now: ConversationPathTests.instant,
            timeZone: ConversationPathTests.zone, exchange: Self.relationship(of: record))
        } catch {
          // Only the introduction may be missing: a returning session has none, nor a mentor's
          // quick first one (the mentor's introduction is on the full path).
          let quickMentor = script.role == .mentor && script.depth == .quick
          #expect(
            error == .noIntroduction(script.role) && (script.returning || quickMentor),
            "\(script.name), \(format): \(error)")
          continue
        }
        let file = folder.appendingPathComponent("path\(index).\(format.fileExtension)")
        try Data(text.utf8).write(to: file)
        files.append(file.path)
        rendered[format, default: 0] += 1
      }
    }
    #expect(rendered.count == ExportFormat.allCases.count)
    let result = try ExportChecker.run(files)
    #expect(result.status == 0, "\(result.output)")
    let scripts = ConversationPathTests.scripts.count
    // The follow-up and the agenda are both emails, each with its exchange record.
    #expect(
      result.output.contains("json=\(scripts)") && result.output.contains("eml=\(2 * scripts)"), "\(result.output)")
    #expect(
      result.output.contains("ics=\(scripts)") && result.output.contains("markdown=\(scripts)"), "\(result.output)")
  }

  /// The checker is not a check that cannot fail: it finds a split table row, a bad header and
  /// a JSON key outside the schema.
  @Test func theCheckerRefusesBrokenFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-standards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken: [(String, String)] = [
      ("table.md", "| a | b |\n|---|---|\n| one | two | three |\n"),
      ("bad.json", "{\"schema\": 2, \"_0\": 1}"),
      ("bad.eml", "To: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nBroken header line\r\n\r\nbody\r\n"),
      ("bad.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
      ("bidi.txt", "Hello \u{202E}dlrow\n"),
    ]
    var files: [String] = []
    for (name, text) in broken {
      let file = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: file)
      files.append(file.path)
    }
    let result = try ExportChecker.run(files)
    #expect(result.status == 1)
    for name in broken.map(\.0) {
      #expect(result.output.contains("\(name): "), "\(name) passed: \(result.output)")
    }
  }
}

/// Runs `scripts/check-exports` on files.
enum ExportChecker {
  static let script = BankSchemaTests.root.appendingPathComponent("scripts/check-exports")

  static func run(_ files: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path] + files
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
