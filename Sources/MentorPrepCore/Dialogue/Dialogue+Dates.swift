/// What a typed date means here (SPEC §3): during and after the meeting dates count from the
/// meeting's start when that is later than now, and the meeting and the next meeting always
/// have a time, taken from the meeting before when none is typed.
extension Dialogue {
  /// The moment dates typed at the pending question count from: the meeting's start, during
  /// and after a meeting still to come (`by friday` agreed two weeks ahead is the Friday after
  /// it), else now.
  var datesCountFrom: LocalDateTime {
    switch phase {
    case .setup, .before:
      return context.now
    case .during, .after:
      guard case .dateTime(let meeting)? = answers[SessionRecord.Key.meetingAt], context.now < meeting else {
        return context.now
      }
      return meeting
    }
  }

  /// The date for this question with its time: a meeting's date typed without one takes the
  /// time of day of the meeting before it, and says where it came from (`the time of this
  /// meeting`); with no earlier time known, the time is asked for.
  func timed(_ date: LocalDateTime, typed: String, for question: Question)
    -> Result<(date: LocalDateTime, timeFrom: String?), AnswerRejection>
  {
    guard !date.hasTime else { return .success((date, nil)) }
    let before: Answer?
    let source: String
    switch question.id {
    case SessionRecord.Key.meetingAt:
      before = context.memory.earlierAnswers[SessionRecord.Key.meetingAt]
      source = "the time of the last meeting"
    case SessionRecord.Key.nextMeetingAt:
      before = answers[SessionRecord.Key.meetingAt]
      source = "the time of this meeting"
    default:
      return .success((date, nil))
    }
    guard case .dateTime(let earlier)? = before, let hour = earlier.hour else {
      let example = ExportText.line(String(typed.trimmingWhitespace.prefix(40)))
      return .failure(.init("What time? Give the date with a time, like '\(example) 15:00'."))
    }
    return .success((date.at(hour: hour, minute: earlier.minute ?? 0), source))
  }
}
