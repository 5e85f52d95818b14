import Foundation

/// One change importing a partner's record makes (SPEC §7), reported in one line:
/// `2.1 Draft the pitch: open → done, from Sam Rivera on 8 December`.
public struct ImportChange: Sendable, Equatable {
  public enum What: Sendable, Equatable {
    /// First contact: the record's relationship linked to a partner known here, or a new one.
    case linked(newRelationship: Bool)
    /// An action not known here, as it will be kept (the store gives its ref).
    case added(TrackedAction)
    /// A known action, before and after the partner's later change.
    case changed(before: TrackedAction, after: TrackedAction)
    /// An answer the partner shares (their agenda's topics, a charter term), new or changed.
    case shared(key: String, answer: Answer)
  }

  public var what: What
  /// The sender's name.
  public var from: String
  /// When the change was made: the action's `updated_at`, else the record's `sent_at`.
  public var at: Date

  public init(_ what: What, from: String, at: Date) {
    self.what = what
    self.from = from
    self.at = at
  }

  /// The action the change is about, as it is after it.
  public var action: TrackedAction? {
    switch what {
    case .added(let action), .changed(_, let action): action
    case .linked, .shared: nil
    }
  }

  /// The report's line. `names` says whose each action is (`you` for mine); `day` is the day
  /// the change was made, in the local zone; `bank` names a shared answer by its question's
  /// words, a question about the partner's side being, in the sender's record, about mine.
  public func line(names: ExchangeNames, day: LocalDateTime, bank: QuestionBank? = nil) -> String {
    let from = ", from \(ExportText.line(from)) on \(day.day) \(LocalDateTime.monthNames[day.month - 1])"
    switch what {
    case .linked(let new):
      return new
        ? "\(ExportText.line(self.from)): a new relationship, from their record"
        : "\(ExportText.line(self.from)): linked to their record"
    case .added(let action):
      var parts = ["new", names.whose(action.item.owner)]
      if let due = action.item.due { parts.append("due \(due.spoken)") }
      if action.status != .open { parts.append(action.status.label) }
      return "\(Self.title(action)): \(parts.joined(separator: ", "))" + from
    case .changed(let before, let after):
      var parts: [String] = []
      if before.status != after.status { parts.append("\(before.status.label) → \(after.status.label)") }
      if before.item.due != after.item.due {
        parts.append("due \(before.item.due?.spoken ?? "none") → \(after.item.due?.spoken ?? "none")")
      }
      if before.item.owner != after.item.owner {
        parts.append("\(names.whose(before.item.owner)) → \(names.whose(after.item.owner))")
      }
      if before.item.text != after.item.text { parts.append("now “\(ExportText.line(after.item.text))”") }
      if before.item.success != after.item.success {
        parts.append("success: \(ExportText.line(after.item.success ?? "none"))")
      }
      if before.id != after.id { parts.append("the same action as in \(ExportText.line(self.from))'s record") }
      return "\(Self.title(before)): \(parts.joined(separator: "; "))" + from
    case .shared(SessionRecord.Key.agendaTopics, let answer):
      return "Agenda: \(ExportText.line(answer.summary))" + from
    case .shared(SessionRecord.Key.nextMeetingAt, .dateTime(let next)):
      return "Next meeting: \(next.spoken)" + from
    case .shared(SessionRecord.Key.meetingAt, .dateTime(let meeting)):
      return "Meeting: \(meeting.spoken)" + from
    case .shared(let key, let answer):
      guard let question = bank?.question(key)?.question, let label = question.recallLabel else {
        return "\(key): \(ExportText.line(answer.summary))" + from
      }
      let value =
        if question.kind == .minutes, case .number(let minutes) = answer { "\(minutes) minutes" } else {
          ExportText.line(answer.summary).replacingUnderscores
        }
      let side =
        WellKnownQuestion(rawValue: question.id)?.isAboutThePartner == true ? " (in their record: that is you)" : ""
      return "\(label.hasSuffix(":") ? String(label.dropLast()) : label)\(side): \(value)" + from
    }
  }

  private static func title(_ action: TrackedAction) -> String {
    "\(action.ref) \(ExportText.line(action.item.text))"
  }
}
