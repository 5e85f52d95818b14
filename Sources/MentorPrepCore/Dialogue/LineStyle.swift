/// What a line is, so the runner can colour it (or not).
public enum LineStyle: Sendable, Equatable {
  case heading
  case lead
  case question
  case option
  case hint
  case recall
  case note
  case error
}
