import Foundation
import Testing

@testable import MentorPrepCore

/// The `eml` export read back the way a mail program would: the header must survive any answer.
@Suite struct ExportMailMessageTests {
  static let now = ExportFixture.now

  func eml(_ record: SessionRecord, timeZone: TimeZone = ExportFixture.utc) throws -> ParsedMail {
    let text = try Exporter.render(
      record, bank: ExportFixture.bank, as: .eml, now: Self.now, timeZone: timeZone)
    return try ParsedMail(text)
  }

  func record(_ changes: [String: Answer]) -> SessionRecord {
    ExportFixture.record(
      number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20",
      answers: ExportFixture.firstMeetingAnswers.merging(changes) { $1 })
  }

  @Test func headersArePresentOnceAndWellFormed() throws {
    let mail = try eml(ExportFixture.firstMeeting)
    for name in [
      "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
      "Content-Transfer-Encoding",
    ] {
      #expect(mail.fields.filter { $0.name.lowercased() == name.lowercased() }.count == 1, "\(name)")
    }
    #expect(mail["From"] == "Ana Lopez <ana.lopez@example.com>")
    #expect(mail["To"] == "Sam O'Neil <sam.oneil@example.org>")
    #expect(mail["Date"] == "Fri, 20 Nov 2026 09:00:00 +0000")
    #expect(mail["Message-ID"]?.hasPrefix("<mentorprep.1.20261120T090000Z.") == true)
    #expect(mail["Message-ID"]?.hasSuffix("@example.com>") == true)
    #expect(mail["MIME-Version"] == "1.0")
    #expect(mail["Content-Type"] == "text/plain; charset=utf-8")
    #expect(mail["Content-Transfer-Encoding"] == "quoted-printable")
  }

  @Test func theDateIsInTheUsersTimeZone() throws {
    let mail = try eml(ExportFixture.firstMeeting, timeZone: TimeZone(secondsFromGMT: -(3 * 3600 + 1800))!)
    #expect(mail["Date"] == "Fri, 20 Nov 2026 05:30:00 -0330")
  }

  @Test func theMessageIDIsStableAndFollowsTheMoment() throws {
    let first = try eml(ExportFixture.firstMeeting)["Message-ID"]
    #expect(try eml(ExportFixture.firstMeeting)["Message-ID"] == first)
    let later = try ParsedMail(
      Exporter.render(
        ExportFixture.firstMeeting, bank: ExportFixture.bank, as: .eml,
        now: Self.now.addingTimeInterval(60), timeZone: ExportFixture.utc))
    #expect(later["Message-ID"] != first)
  }

  @Test func theBodyDecodesToTheTextExport() throws {
    for record in [ExportFixture.firstMeeting, ExportFixture.returning] {
      let mail = try eml(record)
      let text = try Exporter.render(
        record, bank: ExportFixture.bank, as: .text, now: Self.now, timeZone: ExportFixture.utc)
      let (subjectLine, body) = try #require(text.split(separator: "\n\n", maxSplits: 1).pairs)
      #expect(try mail.decodedBody() == body)
      #expect(mail.decoded("Subject") == subjectLine.dropFirst("Subject: ".count).description)
    }
  }

  @Test func nonASCIINamesAreEncodedAndComeBack() throws {
    let mail = try eml(
      record([
        "setup.me": .text("Zoë Ñúñez"), "setup.partner": .text("李小龙"),
      ]))
    #expect(mail.raw.allSatisfy { $0.isASCII })
    #expect(mail["From"]?.contains("=?UTF-8?B?") == true)
    #expect(mail.displayName("From") == "Zoë Ñúñez")
    #expect(mail.displayName("To") == "李小龙")
    #expect(mail.decoded("Subject")?.hasPrefix("Thank you, 李小龙: notes") == true)
  }

  @Test func longNamesFoldIntoShortEncodedWords() throws {
    let name = "Zoë Ñúñez de la Fuente y Martínez-Olmedo, Condesa de Villaverde del Río Ébano"
    let partner = String(repeating: "李小龙", count: 20) + " Jr."
    let mail = try eml(record(["setup.me": .text(name), "setup.partner": .text(partner)]))
    #expect(mail.displayName("From") == name)
    #expect(mail.displayName("To") == partner)
    let words = mail.headerLines.joined(separator: " ").split(separator: " ").filter {
      $0.hasPrefix("=?")
    }
    #expect(words.count > 4)
    for word in words {
      #expect(word.trimmingCharacters(in: CharacterSet(charactersIn: ":;<>")).count <= 75)
    }
  }

  @Test func specialsInANameAreQuoted() throws {
    let mail = try eml(record(["setup.partner": .text("Dr. Sam \"The Fixer\" O'Neil, PhD")]))
    #expect(mail["To"] == "\"Dr. Sam \\\"The Fixer\\\" O'Neil, PhD\" <sam.oneil@example.org>")
    #expect(mail.displayName("To") == "Dr. Sam \"The Fixer\" O'Neil, PhD")
  }

  @Test func withoutAnAddressTheRecipientIsAnEmptyGroup() throws {
    let mail = try eml(record(["setup.partner_email": .skipped, "setup.my_email": .skipped]))
    #expect(mail["To"] == "Sam O'Neil:;")
    #expect(mail.fields.allSatisfy { $0.name != "From" })
    #expect(mail["Message-ID"]?.hasSuffix("@localhost>") == true)
    let encoded = try eml(record(["setup.partner_email": .skipped, "setup.partner": .text("Zoë")]))
    #expect(encoded["To"] == "=?UTF-8?B?Wm/Dqw==?= :;")
    let nameless = try eml(record(["setup.partner_email": .skipped, "setup.partner": .skipped]))
    #expect(nameless["To"] == "undisclosed-recipients:;")
  }

  @Test func anUnusableAddressIsRefused() throws {
    for bad in [
      "sam at example.org", "sam@example.org>, evil@example.com", "sam@exa mple.org", "sám@example.org", "@example.org",
      "sam@",
    ] {
      #expect(throws: ExportError.unusableEmail(bad, key: "setup.partner_email")) {
        try eml(record(["setup.partner_email": .text(bad)]))
      }
    }
  }

  @Test func answersCannotInjectHeadersOrEndTheMessage() throws {
    let mail = try eml(
      record([
        "setup.partner": .text("Sam\r\nBcc: evil@example.com"),
        "setup.me": .text("Ana\nCc: other@example.com\r"),
        "follow_up.thanks": .text("everything\r\n.\r\nBcc: evil@example.com\r\n\r\nmore"),
        "follow_up.learnings": .list(["one\r\n.\r\n", ".", "From the start", "trailing space   "]),
        "next.goal": .text("x\u{1B}[31mred\u{7}\rhidden"),
      ]))
    for line in mail.headerLines {
      #expect(!line.lowercased().hasPrefix("bcc:"))
      #expect(!line.lowercased().hasPrefix("cc:"))
    }
    #expect(mail.fields.count == 8)
    #expect(mail.displayName("To") == "Sam Bcc: evil@example.com")
    for line in mail.bodyLines {
      #expect(line != ".")
      #expect(!line.hasPrefix("."))
      #expect(!line.hasPrefix("From "))
      #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"))
    }
    let body = try mail.decodedBody()
    #expect(!body.contains("\r"))
    #expect(!body.contains("\u{1B}"))
    #expect(body.contains("Thank you for everything\n.\nBcc: evil@example.com\n\nmore."))
  }

  @Test func quotedPrintableRoundTrips() throws {
    let samples = [
      String(repeating: "long line with spaces ", count: 12),
      String(repeating: "=", count: 100),
      String(repeating: "é", count: 60) + " " + String(repeating: "🙂", count: 30),
      ".starts with a dot\n.\nFrom here\nFrom\n",
      "ends with a space \nends with a tab\t\n\n\nblank lines above",
      String(repeating: "x", count: 75) + "." + String(repeating: "y", count: 74) + ".From z",
    ]
    for sample in samples {
      let encoded = QuotedPrintable.encode(sample)
      for line in encoded.components(separatedBy: "\r\n").dropLast() {
        #expect(line.utf8.count <= 76, "\(line)")
        #expect(line.allSatisfy { $0.isASCII })
        #expect(!line.hasPrefix(".") && !line.hasPrefix("From "))
      }
      #expect(ParsedMail.decodeQuotedPrintable(encoded) == (sample.hasSuffix("\n") ? sample : sample + "\n"))
    }
  }
}

/// A mail message split and decoded by hand, strictly: each check below is one a mail reader
/// relies on.
struct ParsedMail {
  struct Field { var name: String; var value: String }

  var raw: String
  var headerLines: [String]
  var bodyLines: [String]
  var fields: [Field]
  private var body: String

  struct Malformed: Error, CustomStringConvertible { var description: String }

  init(_ text: String) throws {
    raw = text
    let bytes = Array(text.utf8)
    for (index, byte) in bytes.enumerated() {
      if byte == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10) {
        throw Malformed(description: "bare CR at byte \(index)")
      }
      if byte == 10 && (index == 0 || bytes[index - 1] != 13) {
        throw Malformed(description: "bare LF at byte \(index)")
      }
    }
    guard text.hasSuffix("\r\n"), let split = text.range(of: "\r\n\r\n") else {
      throw Malformed(description: "no blank line between header and body, or no final CRLF")
    }
    headerLines = text[..<split.lowerBound].components(separatedBy: "\r\n")
    body = String(text[split.upperBound...])
    bodyLines = body.components(separatedBy: "\r\n").dropLast()
    for line in headerLines where line.utf8.count > 78 {
      throw Malformed(description: "header line over 78 characters: \(line)")
    }
    for line in bodyLines where line.utf8.count > 76 {
      throw Malformed(description: "body line over 76 characters: \(line)")
    }
    var fields: [Field] = []
    for line in headerLines {
      if line.first == " " || line.first == "\t" {
        guard !fields.isEmpty, !line.allSatisfy({ $0 == " " || $0 == "\t" }) else {
          throw Malformed(description: "bad continuation line '\(line)'")
        }
        fields[fields.count - 1].value += line
        continue
      }
      guard let colon = line.firstIndex(of: ":"),
        line[..<colon].allSatisfy({ $0.isASCII && $0.isLetter || $0 == "-" })
      else { throw Malformed(description: "not a header field: \(line)") }
      fields.append(Field(name: String(line[..<colon]), value: String(line[line.index(after: colon)...])))
    }
    self.fields = fields.map { Field(name: $0.name, value: $0.value.trimmingCharacters(in: .whitespaces)) }
  }

  /// A field's unfolded value.
  subscript(name: String) -> String? {
    fields.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// A field's value with encoded-words decoded (white space between two of them dropped).
  func decoded(_ name: String) -> String? {
    self[name].map(Self.decodeWords)
  }

  /// The display name of a `Name <address>` or `Name:;` field, decoded and unquoted.
  func displayName(_ name: String) -> String? {
    guard var value = self[name] else { return nil }
    if value.hasSuffix(":;") {
      value.removeLast(2)
    } else if let open = value.lastIndex(of: "<") {
      value = String(value[..<open])
    }
    value = value.trimmingCharacters(in: .whitespaces)
    if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
      var result = ""
      var escaped = false
      for character in value.dropFirst().dropLast() {
        if escaped || character != "\\" { result.append(character); escaped = false } else { escaped = true }
      }
      return result
    }
    return Self.decodeWords(value)
  }

  static func decodeWords(_ value: String) -> String {
    var result = ""
    var previousEncoded = false
    for word in value.split(separator: " ", omittingEmptySubsequences: true) {
      if word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
        let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))),
        let text = String(data: data, encoding: .utf8)
      {
        if !result.isEmpty && !previousEncoded { result += " " }
        result += text
        previousEncoded = true
      } else {
        if !result.isEmpty { result += " " }
        result += word
        previousEncoded = false
      }
    }
    return result
  }

  func decodedBody() throws -> String {
    Self.decodeQuotedPrintable(body)
  }

  /// RFC 2045 quoted-printable, decoded strictly enough for tests; CRLF becomes `\n`.
  static func decodeQuotedPrintable(_ text: String) -> String {
    var bytes: [UInt8] = []
    let lines = text.components(separatedBy: "\r\n").dropLast()
    for line in lines {
      var characters = Array(line.utf8)
      let soft = characters.last == UInt8(ascii: "=")
      if soft { characters.removeLast() }
      var index = 0
      while index < characters.count {
        if characters[index] == UInt8(ascii: "="), index + 2 < characters.count,
          let value = UInt8(String(decoding: characters[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
        {
          bytes.append(value)
          index += 3
        } else {
          bytes.append(characters[index])
          index += 1
        }
      }
      if !soft { bytes.append(10) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Array where Element == Substring {
  /// The two halves of a split in two.
  var pairs: (String, String)? {
    count == 2 ? (String(self[0]), String(self[1])) : nil
  }
}
