import Foundation
import Testing

/// A complete piped conversation, then each export of it, through the binary.
@Suite struct ExportEndToEndTests {
  static func completedHome() throws -> String {
    let home = Binary.temporaryHome()
    let result = try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: home)
    #expect(result.status == 0)
    return home
  }

  @Test(arguments: ["text", "markdown", "eml", "ics", "json", "agenda", "agenda-eml", "intro"])
  func everyFormatExportsTheCompletedSession(format: String) throws {
    let home = try Self.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let toStdout = try Binary.run(["export", "--format", format], home: home)
    #expect(toStdout.status == 0, "\(toStdout.stderr)")
    #expect(!toStdout.stdout.isEmpty)

    let file = home + "/out.\(format)"
    let toFile = try Binary.run(["export", "1", "--format", format, "--output", file], home: home)
    #expect(toFile.status == 0, "\(toFile.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == toStdout.stdoutBytes)

    switch format {
    case "text":
      #expect(toStdout.stdout.hasPrefix("Subject: "))
      #expect(toStdout.stdout.contains("Hi Sam,"))
      #expect(toStdout.stdout.contains("Write the design review agenda (me, by Friday 27 November 2026)"))
      #expect(toStdout.stdout.contains("Thursday 17 December 2026, 15:00"))
    case "eml", "agenda-eml":
      let head = toStdout.stdout.components(separatedBy: "\r\n\r\n").first ?? ""
      for header in [
        "From: ", "To: ", "Subject: ", "Date: ", "Message-ID: ", "MIME-Version: 1.0", "Content-Type: multipart/mixed",
      ] {
        #expect(head.contains("\r\n" + header) || head.hasPrefix(header), "missing \(header)")
      }
      #expect(head.contains("sam.rivera@example.org"))
      #expect(!toStdout.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF in the message")
      // The text first, then the exchange record attached.
      let text = try #require(toStdout.stdout.range(of: "Content-Type: text/plain; charset=utf-8"))
      let record = try #require(toStdout.stdout.range(of: "Content-Type: application/vnd.mentorprep.exchange+json"))
      #expect(text.lowerBound < record.lowerBound)
    case "ics":
      let lines = toStdout.stdout.components(separatedBy: "\r\n")
      #expect(lines.first == "BEGIN:VCALENDAR")
      #expect(lines.contains("BEGIN:VEVENT"))
      // The three actions are dated (one re-dated in the after phase's check): three to-dos.
      #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 3)
      // The event lasts the meeting length agreed in the charter.
      #expect(lines.contains("DURATION:PT45M"))
      #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    case "json":
      let json = try JSONSerialization.jsonObject(with: toStdout.stdoutBytes) as? [String: Any]
      #expect(json?["schema"] as? Int == 2)
      #expect((json?["answers"] as? [String: Any])?["setup.me"] as? String == "Ana Lopez")
    default:
      break
    }
  }

  /// `--private` takes private notes into a markdown document; with any other format it is a
  /// usage error, since no message carries them.
  @Test func privateIsForMarkdownOnly() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], lines: ["Ana Lopez", "/quit"], home: home)
    let markdown = try Binary.run(["export", "--format", "markdown", "--private"], home: home)
    #expect(markdown.status == 0, "\(markdown.stderr)")
    for format in ["text", "eml", "json"] {
      let refused = try Binary.run(["export", "--format", format, "--private"], home: home)
      #expect(refused.status == 64)
      #expect(refused.stderr.contains("--private is for --format markdown"))
    }
  }

  @Test func outputIsNeverReplacedWithoutForce() throws {
    let home = try Self.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let file = home + "/followup.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: file))
    let refused = try Binary.run(["export", "--output", file], home: home)
    #expect(refused.status == 73)
    FaultTests.expectOneSentence(refused.stderr)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")
    let forced = try Binary.run(["export", "--output", file, "--force"], home: home)
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Subject: "))
    // No temporary file is left behind either way.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func anExportIntoAMissingFolderIs66() throws {
    let home = try Self.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(["export", "--output", home + "/no/such/folder/out.txt"], home: home)
    #expect(result.status == 66)
    FaultTests.expectOneSentence(result.stderr)
  }

  @Test func slashExportWritesDuringTheConversation() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let file = home + "/so-far.json"
    let result = try Binary.run(
      ["--role", "mentee"], lines: ["Ana Lopez", "Sam Rivera", "/export json \(file)", "/quit"], home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Wrote json to \(file)."))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
    #expect((json?["answers"] as? [String: Any])?["setup.partner"] as? String == "Sam Rivera")
  }

  @Test func theEndOfTheConversationShowsTheFollowUpAndHowToSendIt() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let conversation = try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: home)
    let text = try Binary.run(["export"], home: home).stdout
    #expect(conversation.stdout.contains("Your follow-up message, ready to send within a day:"))
    for line in text.split(separator: "\n") {
      #expect(conversation.stdout.contains(line), "the follow-up shown lacks: \(line)")
    }
    #expect(conversation.stdout.contains("--format eml"))
  }

  @Test func globalOptionsMayComeBeforeTheCommand() throws {
    let home = try Self.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let environment = ["MENTORPREP_HOME": "/nonexistent/elsewhere"]
    for arguments in [
      ["--home", home, "list"], ["--home=\(home)", "--no-color", "actions", "--open"],
      ["--home", home, "banks", "lint"], ["--now", "2026-11-21 10:00", "--home", home, "export", "1"],
    ] {
      let result = try Binary.run(arguments, home: home, environment: environment)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
  }

  /// SPEC §7: the record the follow-up carries names the relationship and the actions by the
  /// ids `list` and `actions` show, and says when each action last changed, in UTC.
  @Test func theFollowUpCarriesTheRelationshipAndItsActionsByTheirIds() throws {
    let home = try Self.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let mail = try Binary.run(["export", "1", "--format", "eml"], home: home)
    #expect(mail.status == 0, "\(mail.stderr)")
    let attachment = try #require(mail.stdout.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n").last)
    let encoded = try #require(attachment.components(separatedBy: "\r\n--").first)
    let data = try #require(Data(base64Encoded: encoded.replacingOccurrences(of: "\r\n", with: "")))
    let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(record["exchange"] as? Int == 1)

    let listed = try JSONSerialization.jsonObject(with: try Binary.run(["list", "--json"], home: home).stdoutBytes)
    let relationship = (listed as? [[String: Any]])?.first?["relationship_id"] as? String
    #expect(relationship != nil && record["relationship_id"] as? String == relationship)
    let actions = try JSONSerialization.jsonObject(with: try Binary.run(["actions", "--json"], home: home).stdoutBytes)
    let ids = ((actions as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    let sent = (record["actions"] as? [[String: Any]]) ?? []
    #expect(!ids.isEmpty && sent.compactMap { $0["id"] as? String } == ids)
    #expect(sent.allSatisfy { ($0["updated_at"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil })
    #expect((record["answers"] as? [String: Any])?["agenda.topics"] != nil)
  }
}
