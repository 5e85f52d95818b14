/// An RFC 5545 calendar (the `ics` export): the next meeting as an event with a reminder, and
/// each action with a due date as a to-do: those agreed in the session, and earlier ones it
/// reviewed, carried forward with their new date or marked completed or cancelled.
///
/// Times are floating (no time zone): a meeting agreed for 15:00 stays at 15:00 wherever the
/// file is opened, as the record keeps wall-clock times. An action's UID is derived from the
/// relationship and the action, the next meeting's from the session, so importing a later
/// export updates an action's to-do instead of doubling it.
struct CalendarFile {
  var record: SessionRecord
  var moment: ExportMoment

  static let productID = "-//mentorprep//mentorprep 1//EN"
  /// How long a meeting lasts when the charter does not say.
  static let defaultMinutes = 60
  static let reminder = "-PT30M"

  init(record: SessionRecord, moment: ExportMoment) throws(ExportError) {
    self.record = record
    self.moment = moment
    guard record.nextMeetingAt != nil || !todos.isEmpty else { throw .nothingToSchedule }
  }

  /// The dated actions, earlier ones as this session's review leaves them, then this session's.
  var todos: [TrackedAction] {
    (record.reviewOutcomes + record.restatedActions).filter { $0.item.due != nil }
  }

  /// The calendar as folded content lines, each ending in CRLF.
  var text: String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.productID)", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]
    if let next = record.nextMeetingAt { lines += event(next) }
    for action in todos { lines += todo(action) }
    lines.append("END:VCALENDAR")
    return lines.map { CalendarLine.fold($0) }.joined()
  }

  // MARK: - Components

  private var names: (mentee: String, mentor: String, partner: String) {
    let mentee = ExportText.line(record.menteeName)
    let mentor = ExportText.line(record.mentorName)
    return (mentee, mentor, record.role == .mentor ? mentee : mentor)
  }

  /// The next meeting's UID: one per session.
  private var meetingUID: String {
    let print = ExportText.fingerprint([
      record.menteeName, record.mentorName, record.createdAt.description,
    ])
    return "mentorprep-\(print)-\(record.number)-next-meeting@mentorprep"
  }

  /// An action's UID: the same in the export of every session that agrees or reviews it.
  private func uid(_ action: TrackedAction) -> String {
    let print = ExportText.fingerprint([record.menteeName, record.mentorName])
    return "mentorprep-\(print)-action-\(action.ref)@mentorprep"
  }

  private func event(_ start: LocalDateTime) -> [String] {
    var lines = [
      "BEGIN:VEVENT",
      "UID:" + meetingUID,
      "DTSTAMP:" + moment.utcStamp,
    ]
    if start.hasTime {
      lines.append("DTSTART:" + Self.dateTime(start))
      lines.append("DURATION:" + Self.duration(minutes: meetingMinutes))
    } else {
      // A date alone is an all-day event: one day long without DTEND or DURATION.
      lines.append("DTSTART;VALUE=DATE:" + Self.date(start))
    }
    lines.append("SUMMARY:" + CalendarLine.text("Mentoring: \(names.mentee) and \(names.mentor)"))
    var description: [String] = []
    if let goal = ExportText.answer(record, FollowUpMessage.Key.nextGoal) {
      description.append("Goal: " + goal)
    }
    let open = (record.reviewOutcomes + record.actions).filter(\.status.isOpen)
    if !open.isEmpty {
      description.append(
        "Actions to review:\n"
          + open.map { "- " + ExportText.line($0.item.text) + " (" + owner($0) + ")" }
          .joined(separator: "\n"))
    }
    if !description.isEmpty {
      lines.append("DESCRIPTION:" + CalendarLine.text(description.joined(separator: "\n\n")))
    }
    if start.hasTime {
      // An alarm 30 minutes before an all-day event would ring the evening before; none then.
      lines += [
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:" + Self.reminder,
        "DESCRIPTION:" + CalendarLine.text("Mentoring with \(names.partner) in 30 minutes"),
        "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  private func todo(_ action: TrackedAction) -> [String] {
    var lines = [
      "BEGIN:VTODO",
      "UID:" + uid(action),
      "DTSTAMP:" + moment.utcStamp,
      "SUMMARY:" + CalendarLine.text(ExportText.line(action.item.text)),
    ]
    if let due = action.item.due {
      lines.append(due.hasTime ? "DUE:" + Self.dateTime(due) : "DUE;VALUE=DATE:" + Self.date(due))
    }
    lines.append("STATUS:" + Self.status(action.status))
    var description = ["Owner: " + owner(action)]
    if let success = ExportText.answer(record, AnswerKey(question: FollowUpMessage.Key.success, item: action.ref).text)
    {
      description.append("Success looks like: " + success)
    }
    if let session = action.session {
      description.append("Agreed in mentoring session \(session) of \(names.mentee) and \(names.mentor).")
    } else if let agreedBy = action.agreedBy {
      description.append(
        "Agreed at \(ExportText.line(agreedBy))'s meeting with \(names.mentee == agreedBy ? names.mentor : names.mentee)."
      )
    }
    lines.append("DESCRIPTION:" + CalendarLine.text(description.joined(separator: "\n")))
    lines.append("END:VTODO")
    return lines
  }

  private func owner(_ action: TrackedAction) -> String {
    ExportText.line(record.ownerName(action.item.owner))
  }

  // MARK: - Values

  static func status(_ status: ActionStatus) -> String {
    switch status {
    case .open, .notYet: "NEEDS-ACTION"
    case .partly: "IN-PROCESS"
    case .done: "COMPLETED"
    case .dropped: "CANCELLED"
    }
  }

  /// `20261203`.
  static func date(_ date: LocalDateTime) -> String {
    LocalDateTime.pad(date.year, width: 4) + LocalDateTime.pad(date.month)
      + LocalDateTime.pad(date.day)
  }

  /// `20261203T150000`: a floating local time.
  static func dateTime(_ date: LocalDateTime) -> String {
    Self.date(date) + "T" + LocalDateTime.pad(date.hour ?? 0) + LocalDateTime.pad(date.minute ?? 0)
      + "00"
  }

  /// `PT1H`, `PT45M`, `PT1H30M`.
  static func duration(minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
  }

  /// The meeting length agreed in the charter, in minutes (carried into every later session),
  /// or a length written as text that reads clearly; an hour otherwise.
  var meetingMinutes: Int {
    switch record.answers[SessionRecord.Key.meetingLength] {
    case .number(let minutes)?: minutes
    case .text(let text)?: AnswerParser.minutes(in: text) ?? Self.defaultMinutes
    default: Self.defaultMinutes
    }
  }
}
