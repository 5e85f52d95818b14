/// The follow-up as an RFC 5322 email (the `eml` export), to open in a mail program or pipe to
/// `sendmail -t`: CRLF line ends, folded and encoded headers, a quoted-printable UTF-8 body.
struct MailMessage: Sendable, Equatable {
  var headers: [MailHeader]
  /// The body, already encoded, lines ending in CRLF.
  var body: String

  /// The whole message: the header fields, an empty line, the body.
  var text: String { headers.map(\.text).joined() + "\r\n" + body }

  static func followUp(for record: SessionRecord, at moment: ExportMoment) throws(ExportError)
    -> MailMessage
  {
    let message = try FollowUpMessage.message(for: record)
    let voice = MessageVoice(record)
    let to = try address(record.partnerEmail, key: SessionRecord.Key.partnerEmail)
    let from = try address(record.myEmail, key: SessionRecord.Key.myEmail)

    var headers: [MailHeader] = []
    if let from { headers.append(MailHeader("From", pieces: mailbox(voice.me, from.text))) }
    headers.append(MailHeader("To", pieces: recipient(voice.partner, to?.text)))
    headers.append(.unstructured("Subject", message.subject))
    headers.append(MailHeader("Date", plain: moment.rfc5322))
    headers.append(MailHeader("Message-ID", plain: messageID(record, moment, from: from?.domain)))
    headers.append(MailHeader("MIME-Version", plain: "1.0"))
    headers.append(MailHeader("Content-Type", plain: "text/plain; charset=utf-8"))
    headers.append(MailHeader("Content-Transfer-Encoding", plain: "quoted-printable"))
    return MailMessage(headers: headers, body: QuotedPrintable.encode(message.body))
  }

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
