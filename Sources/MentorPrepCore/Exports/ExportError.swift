/// Why a session cannot be exported in the format asked for.
public enum ExportError: Error, Equatable, Sendable {
  /// The follow-up (text, eml) needs something from the meeting itself.
  case nothingToFollowUp
  /// The agenda needs the priority topics.
  case noAgendaTopics
  /// The introduction needs the introduction answers of a first session.
  case noIntroduction(Role)
  /// The calendar needs the next meeting or an action with a due date.
  case nothingToSchedule
  /// An email address a mail program could not use; `key` is the question it came from.
  case unusableEmail(String, key: String)
  /// The JSON encoder failed (it should not).
  case encoding(String)
}

extension ExportError: CustomStringConvertible {
  public var description: String { message }

  /// One sentence that says what is missing and what to do about it.
  public var message: String {
    switch self {
    case .nothingToFollowUp:
      "The follow-up message is written from the meeting's answers, and this session has none"
        + " yet; resume it to answer the questions during and after the meeting, or export the"
        + " agenda instead."
    case .noAgendaTopics:
      "The agenda lists the topics you want to cover (\(WellKnownQuestion.agendaTopics.id)), and this session has none;"
        + " resume it to add them before the meeting."
    case .noIntroduction(let role):
      "The intro export is for a first session; this session has no introduction answers ("
        + (role == .mentee ? WellKnownQuestion.background.id : WellKnownQuestion.mentorShare.id)
        + "), so resume a first session and answer the introduction questions."
    case .nothingToSchedule:
      "The calendar file needs the next meeting's date (\(WellKnownQuestion.nextMeetingAt.id)) or an action with a due"
        + " date, and this session has neither; resume it to set the next meeting."
    case .unusableEmail(let address, let key):
      "'\(ExportText.line(address))' is not an email address a mail program can use (\(key));"
        + " correct it in the session, or leave it empty to export the message without it."
    case .encoding(let reason):
      "The session could not be written as JSON: \(reason)."
    }
  }
}
