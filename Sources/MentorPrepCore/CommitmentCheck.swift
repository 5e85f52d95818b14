/// The after phase's check of each of your own new actions (SPEC §3): keep it, re-date it,
/// hand it to the other person or drop it. Only dropping changes an action's status; the other
/// choices change its date or owner, so the follow-up written after the check restates them so.
public enum CommitmentCheck {
  /// The question ids the check is recorded under, per action (`commitment.choice#1.2`).
  public enum Key {
    public static let choice = "commitment.choice"
    public static let newDate = "commitment.new_date"
  }

  /// The choices, as the bank's options name them.
  public enum Choice: String, Sendable, CaseIterable {
    case keep
    case redate
    case handOver = "hand_over"
    case drop
  }

  /// The actions as the check left them.
  public static func apply(to actions: [TrackedAction], answers: [String: Answer]) -> [TrackedAction] {
    actions.map { action in
      guard case .choice(let id)? = answers["\(Key.choice)#\(action.ref)"], let choice = Choice(rawValue: id)
      else { return action }
      var checked = action
      switch choice {
      case .keep:
        break
      case .redate:
        if case .dateTime(let date)? = answers["\(Key.newDate)#\(action.ref)"] { checked.item.due = date }
      case .handOver:
        if case .role(let role) = action.item.owner { checked.item.owner = .role(role.partner) }
      case .drop:
        checked.status = .dropped
      }
      return checked
    }
  }
}
