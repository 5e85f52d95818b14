import Foundation
import Testing

@testable import MentorPrepCore

/// SPEC §5: `eml` and `agenda-eml` are `multipart/mixed`, the message as text first and the
/// exchange record attached, so any mail program shows the text and mentorprep imports the rest.
@Suite struct ExportExchangeMailTests {
  static let formats: [ExportFormat] = [.eml, .agendaEml]

  static func render(_ format: ExportFormat, role: Role = .mentee) throws -> (mail: String, record: String) {
    let record = ExchangeRecordTests.record(role: role)
    let relationship = ExchangeRecordTests.relationship(of: record)
    let mail = try Exporter.render(
      record, bank: ExchangeRecordTests.bank, as: format, now: ExchangeRecordTests.sentAt,
      timeZone: ExportFixture.utc, exchange: relationship)
    let exchange = try Exporter.exchangeRecord(
      record, bank: ExchangeRecordTests.bank, relationship: relationship, now: ExchangeRecordTests.sentAt)
    return (mail, exchange)
  }

  /// The body's parts, split at the boundary the header names, each as its header and content.
  static func parts(of mail: String) throws -> [(header: String, content: String)] {
    let boundary = try #require(mail.firstMatch(of: /boundary="([^"]+)"/)?.output.1)
    let body = try #require(mail.range(of: "\r\n\r\n").map { String(mail[$0.upperBound...]) })
    let pieces = body.components(separatedBy: "--\(boundary)")
    #expect(pieces.last == "--\r\n")
    return try pieces.dropFirst().dropLast().map { piece in
      let split = try #require(piece.range(of: "\r\n\r\n"))
      // Header fields unfolded, as a mail program reads them.
      let header = String(piece[..<split.lowerBound]).replacingOccurrences(of: "\r\n ", with: " ")
      return (header, String(piece[split.upperBound...]))
    }
  }

  @Test(arguments: formats)
  func theTextComesFirstThenTheRecordAttached(format: ExportFormat) throws {
    let (mail, record) = try Self.render(format)
    #expect(mail.contains("\r\nContent-Type: multipart/mixed; boundary=\"=_mentorprep_"))
    let parts = try Self.parts(of: mail)
    #expect(parts.count == 2)
    #expect(parts[0].header.contains("Content-Type: text/plain; charset=utf-8"))
    #expect(parts[0].header.contains("Content-Transfer-Encoding: quoted-printable"))
    #expect(
      parts[1].header.contains("Content-Type: application/vnd.mentorprep.exchange+json; name=\"mentorprep-2.json\""))
    #expect(parts[1].header.contains("Content-Disposition: attachment; filename=\"mentorprep-2.json\""))
    let lines = parts[1].content.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.allSatisfy { $0.count <= 76 })
    let decoded = try #require(Data(base64Encoded: lines.joined()))
    #expect(String(decoding: decoded, as: UTF8.self) == record)
    #expect(!record.contains(ExchangeRecordTests.marker))
  }

  /// Python's strict RFC 5322 / MIME parser reads both mails, finds the text first and the
  /// record attached, and the record fits its schema (`scripts/check-exports`).
  @Test func bothMailsPassTheStrictParser() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exchange-mail-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String] = []
    for role in Role.allCases {
      for format in Self.formats {
        let (mail, record) = try Self.render(format, role: role)
        let file = folder.appendingPathComponent("\(role).\(format.fileExtension)")
        try Data(mail.utf8).write(to: file)
        let json = folder.appendingPathComponent("\(role)-\(format.rawValue).json")
        try Data(record.utf8).write(to: json)
        files += [file.path, json.path]
      }
    }
    let result = try ExportChecker.run(files)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("eml=4") && result.output.contains("json=4"), "\(result.output)")
  }

  /// The checker refuses a mail whose record does not fit the schema.
  @Test func theCheckerRefusesARecordOutsideTheSchema() throws {
    let (mail, record) = try Self.render(.eml)
    let broken = record.replacingOccurrences(of: "\"exchange\" : 1", with: "\"exchange\" : 2")
    #expect(broken != record)
    let encoded = { (text: String) in
      Data(text.utf8).base64EncodedString(options: [
        .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
      ])
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("exchange-broken-\(UUID().uuidString).eml")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(mail.replacingOccurrences(of: encoded(record), with: encoded(broken)).utf8).write(to: file)
    let result = try ExportChecker.run([file.path])
    #expect(result.status == 1 && result.output.contains("exchange record:"), "\(result.output)")
  }

  /// A session never saved has no relationship to send: its mail is the text alone.
  @Test func withoutARelationshipTheMailIsTheTextAlone() throws {
    let mail = try Exporter.render(
      ExchangeRecordTests.record(role: .mentee), bank: ExchangeRecordTests.bank, as: .agendaEml,
      now: ExchangeRecordTests.sentAt, timeZone: ExportFixture.utc)
    #expect(mail.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"))
    #expect(!mail.contains("multipart"))
  }
}
