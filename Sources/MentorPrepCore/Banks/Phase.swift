/// One of the three moments of a mentoring conversation, plus the setup that precedes them.
public enum Phase: String, Sendable, Codable, CaseIterable, Comparable, CodingKeyRepresentable {
  case setup, before, during, after

  /// The name a user reads.
  public var title: String {
    switch self {
    case .setup: "Setup"
    case .before: "Before the meeting"
    case .during: "During the meeting"
    case .after: "After the meeting"
    }
  }

  private var order: Int {
    switch self {
    case .setup: 0
    case .before: 1
    case .during: 2
    case .after: 3
    }
  }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.order < rhs.order }
}
