import Foundation

/// Turns a session record into one of the export formats: the one entry point of the exports.
public enum Exporter {
  /// The session in `format`, ready to write as it is (it ends with a line break; `eml` and
  /// `ics` use CRLF line ends).
  ///
  /// `now` is the moment of export: it dates the email and stamps the calendar entries.
  /// `timeZone` is the user's, in which the record's wall-clock times are meant; it sets the
  /// offset of the email's `Date`. Throws when the session lacks what the format is made of
  /// (the agenda needs topics, the introduction a first session's answers, and so on).
  /// `includingPrivate` puts the notes a person keeps for themselves (the bank marks them
  /// private) into the markdown document, marked as such; no message ever carries them.
  /// `exchange`, the relationship as the store keeps it, makes the `eml` and `agenda-eml`
  /// messages carry the exchange record (SPEC §7); without it (a session never saved) they
  /// are the text alone.
  ///
  /// `now` and `timeZone` are asked for only by the formats that carry them (the mail messages
  /// and the calendar file): the user's time zone is read from the system and ICU's data, a
  /// million instructions of the follow-up message shown at the end of every conversation.
  public static func render(
    _ record: SessionRecord, bank: QuestionBank, as format: ExportFormat, now: @autoclosure () -> Date,
    timeZone: @autoclosure () -> TimeZone, includingPrivate: Bool = false, exchange: ExchangeRelationship? = nil
  ) throws(ExportError) -> String {
    // Bidirectional controls leave every answer before a format encodes it (quoted-printable,
    // encoded-words), and the document once more for the bank's own words (markdown, json).
    let record = record.mappingTexts(ExportText.withoutBidirectionalControls)
    let document: String
    switch format {
    case .text: document = try FollowUpMessage.message(for: record).text
    case .markdown:
      document = MarkdownDocument(record: record, bank: bank, includingPrivate: includingPrivate).text
    case .eml, .agendaEml:
      let moment = ExportMoment(instant: now(), timeZone: timeZone())
      let attached = try exchange.map { relationship throws(ExportError) in
        try exchangeRecord(record, bank: bank, relationship: relationship, now: moment.instant)
      }
      document = try (format == .eml ? MailMessage.followUp : MailMessage.agenda)(record, moment, attached).text
    case .ics:
      document = try CalendarFile(record: record, moment: ExportMoment(instant: now(), timeZone: timeZone())).text
    case .json: document = try SessionJSON.text(of: record)
    case .agenda: document = try AgendaMessage.message(for: record).text
    case .intro: document = try IntroductionEmail.message(for: record).text
    }
    return ExportText.withoutBidirectionalControls(document)
  }

  /// The exchange record of the session (SPEC §7): what both partners may see of it and of
  /// `relationship`, sent at `now`, as the JSON that `eml` and `agenda-eml` attach.
  public static func exchangeRecord(
    _ record: SessionRecord, bank: QuestionBank, relationship: ExchangeRelationship, now: Date
  ) throws(ExportError) -> String {
    let record = record.mappingTexts(ExportText.withoutBidirectionalControls)
    let text = try ExchangeRecord.text(of: record, bank: bank, relationship: relationship, sentAt: now)
    return ExportText.withoutBidirectionalControls(text)
  }
}
