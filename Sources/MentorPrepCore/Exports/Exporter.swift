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
  public static func render(
    _ record: SessionRecord, bank: QuestionBank, as format: ExportFormat, now: Date,
    timeZone: TimeZone
  ) throws(ExportError) -> String {
    let moment = ExportMoment(instant: now, timeZone: timeZone)
    switch format {
    case .text: return try FollowUpMessage.message(for: record).text
    case .markdown: return MarkdownDocument(record: record, bank: bank).text
    case .eml: return try MailMessage.followUp(for: record, at: moment).text
    case .ics: return try CalendarFile(record: record, moment: moment).text
    case .json: return try SessionJSON.text(of: record)
    case .agenda: return try AgendaMessage.message(for: record).text
    case .intro: return try IntroductionEmail.message(for: record).text
    }
  }
}
