/// The forms a session can be exported in (`mentorprep export --format`, `/export FORMAT`).
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
  /// The follow-up message as plain text, `Subject:` first.
  case text
  /// The whole session as a Markdown document.
  case markdown
  /// The follow-up message as an RFC 5322 email, ready for `sendmail -t`.
  case eml
  /// An RFC 5545 calendar: the next meeting as an event, each dated action as a to-do.
  case ics
  /// The whole record, versioned, for scripts.
  case json
  /// The agenda to share with the partner before the meeting.
  case agenda
  /// The agenda as an email, carrying the preparation's exchange record (SPEC §7).
  case agendaEml = "agenda-eml"
  /// The introduction email to the partner before a first meeting.
  case intro

  /// The usual file name ending for this format, without the leading dot.
  public var fileExtension: String {
    switch self {
    case .text: "txt"
    case .markdown: "md"
    case .eml: "eml"
    case .ics: "ics"
    case .json: "json"
    case .agenda: "agenda.txt"
    case .agendaEml: "agenda.eml"
    case .intro: "intro.txt"
    }
  }

  /// A format by the name people type: its own, in any case, or `md` for markdown, the file
  /// name ending.
  public init?(name: String) {
    let name = name.lowercased()
    self.init(rawValue: name == "md" ? ExportFormat.markdown.rawValue : name)
  }

  /// Whether the output uses CRLF line ends, as mail and calendar files must.
  public var usesCRLF: Bool {
    switch self {
    case .eml, .agendaEml, .ics: true
    case .text, .markdown, .json, .agenda, .intro: false
    }
  }
}
