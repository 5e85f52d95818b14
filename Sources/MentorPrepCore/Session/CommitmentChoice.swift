/// What the user decides, after the meeting, about an action of their own.
public enum CommitmentChoice: String, Sendable, CaseIterable {
  case keep
  case redate
  case handOver = "hand_over"
  case drop

  /// Changes `action` as this choice says; `newDue` is the date given for a re-dated one.
  func apply(to action: inout TrackedAction, newDue: LocalDateTime?) {
    switch self {
    case .keep:
      break
    case .redate:
      if let newDue { action.item.due = newDue }
    case .handOver:
      if case .role(let role) = action.item.owner { action.item.owner = .role(role.partner) }
    case .drop:
      action.status = .dropped
    }
  }
}
