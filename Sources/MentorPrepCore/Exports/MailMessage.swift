import Foundation

/// The follow-up as an RFC 5322 email (the `eml` export), to open in a mail program or pipe to
/// `sendmail -t`: CRLF line ends, folded and encoded headers, a quoted-printable UTF-8 body.
struct MailMessage: Sendable, Equatable {
  var headers: [MailHeader]
  /// The body, already encoded, lines ending in CRLF.
  var body: String

  /// The whole message: the header fields, an empty line, the body.
  var text: String { headers.map(\.text).joined() + "\r\n" + body }

  /// The follow-up message as an email; with `exchange`, the record of SPEC §7 rides along.
  static func followUp(
    for record: SessionRecord, at moment: ExportMoment, exchange: String? = nil
  ) throws(ExportError) -> MailMessage {
    try email(try FollowUpMessage.message(for: record), of: record, at: moment, exchange: exchange)
  }

  /// The agenda as an email to the partner before the meeting (`agenda-eml`), with the
  /// exchange record of the preparation when there is one.
  static func agenda(
    for record: SessionRecord, at moment: ExportMoment, exchange: String? = nil
  ) throws(ExportError) -> MailMessage {
    try email(try AgendaMessage.message(for: record), of: record, at: moment, exchange: exchange)
  }

  /// `message` from the user to the partner. Without an exchange record it is one
  /// quoted-printable text part; with one, `multipart/mixed`: the text first, so any mail
  /// program shows it, then the record as an attachment the partner's mentorprep imports.
  private static func email(
    _ message: PlainMessage, of record: SessionRecord, at moment: ExportMoment, exchange: String?
  ) throws(ExportError) -> MailMessage {
    let voice = MessageVoice(record)
    let to = try address(record.partnerEmail, key: SessionRecord.Key.partnerEmail)
    let from = try address(record.myEmail, key: SessionRecord.Key.myEmail)

    var headers: [MailHeader] = []
    if let from { headers.append(MailHeader("From", pieces: mailbox(voice.me, from.text))) }
    headers.append(MailHeader("To", pieces: recipient(voice.partner, to?.text)))
    headers.append(.unstructured("Subject", message.subject))
    headers.append(MailHeader("Date", plain: moment.rfc5322))
    let id = messageID(record, moment, from: from?.domain)
    headers.append(MailHeader("Message-ID", plain: id))
    headers.append(MailHeader("MIME-Version", plain: "1.0"))
    let text = [
      MailHeader("Content-Type", plain: "text/plain; charset=utf-8"),
      MailHeader("Content-Transfer-Encoding", plain: "quoted-printable"),
    ]
    guard let exchange else {
      return MailMessage(headers: headers + text, body: QuotedPrintable.encode(message.body))
    }
    let name = "mentorprep-\(record.number).json"
    // The reader is told what the attachment is for, after the message itself.
    let body = QuotedPrintable.encode(
      message.body
        + "\n-- \nThe attached \(name) keeps your mentorprep in step with mine: save it and run"
        + " `mentorprep import \(name)`, or pipe this message to `mentorprep import -`.\n")

    // "=_" never occurs in quoted-printable or base64 text, so no part can contain the boundary.
    let boundary = "=_mentorprep_" + ExportText.fingerprint([id]).prefix(16)
    headers.append(MailHeader("Content-Type", plain: "multipart/mixed; boundary=\"\(boundary)\""))
    let attachment = [
      MailHeader("Content-Type", plain: "\(exchangeType); name=\"\(name)\""),
      MailHeader("Content-Disposition", plain: "attachment; filename=\"\(name)\""),
      MailHeader("Content-Transfer-Encoding", plain: "base64"),
    ]
    let encoded = Data(exchange.utf8).base64EncodedString(
      options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    let parts = [
      text.map(\.text).joined() + "\r\n" + body,
      attachment.map(\.text).joined() + "\r\n" + encoded + "\r\n",
    ]
    let mixed = parts.map { "--\(boundary)\r\n" + $0 }.joined() + "--\(boundary)--\r\n"
    return MailMessage(headers: headers, body: mixed)
  }

  /// The media type of the attached exchange record (SPEC §5).
  static let exchangeType = "application/vnd.mentorprep.exchange+json"

  // MARK: - Addresses

  /// `Name <address>`, or the address alone.
  static func mailbox(_ name: String?, _ address: String) -> [MailHeader.Piece] {
    guard let name, !name.isEmpty else { return [.literal(address)] }
    return MailHeader.phrase(name) + [.literal("<\(address)>")]
  }

  /// The partner as the recipient. Without an address, RFC 5322's group syntax (`Sam O'Neil:;`,
  /// a named group with no members) keeps the `To` field valid while naming no one; a mail
  /// program asks for the address, and `sendmail -t` refuses the message for want of a
  /// recipient rather than sending it astray.
  static func recipient(_ name: String?, _ address: String?) -> [MailHeader.Piece] {
    if let address { return mailbox(name, address) }
    guard let name, !name.isEmpty else { return [.literal("undisclosed-recipients:;")] }
    var pieces = MailHeader.phrase(name)
    if case .literal(let last)? = pieces.last {
      pieces[pieces.count - 1] = .literal(last + ":;")
    } else {
      // White space may follow an encoded-word before the colon; it is not part of the name.
      pieces.append(.literal(":;"))
    }
    return pieces
  }

  /// The address a question holds, nil when it was left empty; one a mail program could not
  /// use (saved before setup checked addresses, or edited in) stops the export.
  static func address(_ raw: String?, key: String) throws(ExportError) -> EmailAddress? {
    guard let raw, !raw.trimmingWhitespace.isEmpty else { return nil }
    guard let address = EmailAddress(raw) else { throw .unusableEmail(raw, key: key) }
    return address
  }

  // MARK: - Message id

  /// `<mentorprep.3.20261120T090000Z.1a2b3c4d@example.org>`: the same session exported at the
  /// same moment always gets the same id, and different relationships do not collide.
  static func messageID(_ record: SessionRecord, _ moment: ExportMoment, from domain: String?) -> String {
    let domain = domain ?? "localhost"
    let print = ExportText.fingerprint([record.menteeName, record.mentorName, record.createdAt.description])
    return "<mentorprep.\(record.number).\(moment.utcStamp).\(print.prefix(8))@\(domain)>"
  }
}
