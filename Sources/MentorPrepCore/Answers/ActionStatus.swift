/// How far an action has got, as reviewed at the next meeting.
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
  case open
  case done
  case partly
  case notYet = "not_yet"
  /// Given up on purpose: settled, and restated nowhere.
  case dropped

  /// Whether the action is still to be reviewed at the next meeting.
  public var isOpen: Bool {
    switch self {
    case .open, .partly, .notYet: true
    case .done, .dropped: false
    }
  }

  public var label: String {
    switch self {
    case .open: "open"
    case .done: "done"
    case .partly: "partly done"
    case .notYet: "not yet"
    case .dropped: "dropped"
    }
  }
}
