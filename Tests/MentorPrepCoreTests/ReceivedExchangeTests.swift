import Foundation
import Testing

@testable import MentorPrepCore

/// SPEC §7: what arrives is read strictly — the JSON itself or the record a mail carries —
/// and what does not fit the schema, is over 1 MB or carries no record is refused whole; the
/// text that does fit is neutralised.
@Suite struct ReceivedExchangeTests {
  static func json() throws -> String {
    try ExportExchangeMailTests.render(.eml).record
  }

  static func read(_ text: String) throws(ExchangeReadError) -> ReceivedExchange {
    try ReceivedExchange(bytes: Array(text.utf8))
  }

  static func refusal(_ text: String) -> ExchangeReadError? {
    do {
      _ = try read(text)
      return nil
    } catch {
      return error
    }
  }

  /// The JSON as an object, changed by `change`, written back.
  static func edited(_ change: (inout [String: Any]) -> Void) throws -> String {
    var value = try #require(try JSONSerialization.jsonObject(with: Data(try json().utf8)) as? [String: Any])
    change(&value)
    return String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
  }

  @Test(arguments: [ExportFormat.eml, .agendaEml, .json])
  func whatWasSentIsReadBack(format: ExportFormat) throws {
    let (mail, record) = try ExportExchangeMailTests.render(format == .json ? .eml : format)
    let received = try Self.read(format == .json ? record : mail)
    #expect(received.relationshipID == ExchangeRecordTests.relationshipID)
    #expect(received.sender == .init(role: .mentee, name: "Ana Lopez", email: "ana@example.org"))
    #expect(received.recipient.role == .mentor && received.recipient.name == "Sam Rivera")
    #expect(received.sessionNumber == 2 && received.phaseReached == .after)
    #expect(received.sentAt == ExchangeRecordTests.sentAt)
    #expect(
      received.answers[SessionRecord.Key.agendaTopics] == .list(["\(ExchangeRecordTests.sharedMarker) agenda.topics"]))
    #expect(received.answers[SessionRecord.Key.cadence] == .text("weekly"))
    #expect(received.answers[SessionRecord.Key.meetingLength] == .number(3))
    #expect(received.actions.map(\.text) == ["Book a room", "Draft the pitch", "Ask Kim for the slides"])
    #expect(received.actions.map(\.ownerRole) == [.mentor, .mentee, nil])
    #expect(received.actions.map(\.status) == [.partly, .open, .done])
    #expect(received.actions[1].success == "the pitch fits on one page")
    #expect(received.actions.allSatisfy { $0.updatedAt == ExchangeRecordTests.sentAt })
  }

  /// A mail program may label the attachment afresh; its file name still finds it. Another
  /// JSON attachment is not taken for a record.
  @Test(arguments: ["application/json", "application/octet-stream"])
  func aRelabelledAttachmentIsFoundByItsFileName(type: String) throws {
    let mail = try ExportExchangeMailTests.render(.eml).mail
    let relabelled = mail.replacingOccurrences(of: "application/vnd.mentorprep.exchange+json", with: type)
    #expect(try Self.read(relabelled).relationshipID == ExchangeRecordTests.relationshipID)
    let renamed = relabelled.replacing(/mentorprep-[0-9]+\.json/, with: "notes.json")
    #expect(Self.refusal(renamed) == .noRecord)
  }

  @Test func aRecordCutShortIsRefused() throws {
    let json = try Self.json()
    #expect(Self.refusal(String(json.prefix(json.count / 2))) == .doesNotFit("it is not complete JSON"))
    let mail = try ExportExchangeMailTests.render(.eml).mail
    #expect(Self.refusal(String(mail.prefix(mail.count - 200))) != nil)
  }

  @Test func whatTheSchemaDoesNotListIsRefused() throws {
    let unknown = try Self.edited { $0["notes"] = "hello" }
    #expect(Self.refusal(unknown) == .doesNotFit("$: unknown key 'notes'"))
    let nested = try Self.edited { value in
      var actions = value["actions"] as? [[String: Any]] ?? []
      actions[0]["assignee"] = "Kim"
      value["actions"] = actions
    }
    #expect(Self.refusal(nested) == .doesNotFit("$.actions[0]: unknown key 'assignee'"))
    let version = try Self.edited { $0["exchange"] = 2 }
    #expect(Self.refusal(version) == .doesNotFit("$.exchange: only version 1 is read"))
    let boolean = try Self.edited { $0["exchange"] = true }
    #expect(Self.refusal(boolean) == .doesNotFit("$.exchange: not a whole number"))
    let id = try Self.edited { $0["relationship_id"] = "../../etc" }
    #expect(Self.refusal(id) == .doesNotFit("$.relationship_id: not an id"))
    let missing = try Self.edited { $0["actions"] = nil }
    #expect(Self.refusal(missing) == .doesNotFit("$: missing 'actions'"))
    let twice = try Self.edited { value in
      let actions = value["actions"] as? [[String: Any]] ?? []
      value["actions"] = actions + [actions[0]]
    }
    #expect(Self.refusal(twice) == .doesNotFit("$.actions[3].id: sent twice"))
  }

  @Test func overOneMegabyteIsRefused() throws {
    let huge = try Self.edited { value in
      var actions = value["actions"] as? [[String: Any]] ?? []
      actions[0]["text"] = String(repeating: "x", count: 1_100_000)
      value["actions"] = actions
    }
    #expect(Self.refusal(huge) == .tooLarge(bytes: huge.utf8.count))
  }

  @Test func aMailWithoutARecordIsRefused() throws {
    let plain = try Exporter.render(
      ExchangeRecordTests.record(role: .mentee), bank: ExchangeRecordTests.bank, as: .eml,
      now: ExchangeRecordTests.sentAt, timeZone: ExportFixture.utc)
    #expect(Self.refusal(plain) == .noRecord)
    #expect(Self.refusal("") == .noRecord)
  }

  /// Escapes, line breaks and bidirectional overrides in what arrives never reach a terminal
  /// or the store raw.
  @Test func hostileTextIsNeutralised() throws {
    let hostile = try Self.edited { value in
      var actions = value["actions"] as? [[String: Any]] ?? []
      actions[0]["text"] = "Book\u{1B}[2J a\r\nroom\u{202E}"
      value["actions"] = actions
      value["sender"] = ["role": "mentee", "name": "Ana\u{07}\nLopez", "email": NSNull()]
      value["answers"] = ["agenda.topics": ["One\u{1B}]0;title\u{07}", "Two\u{2066}"]]
    }
    let received = try Self.read(hostile)
    #expect(received.actions[0].text == "Book [2J a room")
    #expect(received.sender.name == "Ana Lopez")
    #expect(received.answers["agenda.topics"] == .list(["One ]0;title", "Two"]))
  }

  @Test func everyRefusalSaysWhatToDo() {
    for error in [
      ExchangeReadError.tooLarge(bytes: 2_000_000), .noRecord, .unreadableAttachment("x-uuencode"),
      .doesNotFit("$: missing 'actions'"),
    ] {
      #expect(error.message.hasSuffix(".") && error.message.contains(";"), "\(error)")
    }
  }
}
