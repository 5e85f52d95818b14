import MentorPrepCore

/// A partner as `progress` lists them all: the sessions held, the last and next meeting and
/// how many of the actions were kept.
public struct PartnerSummary: Sendable, Equatable, Encodable {
  /// The relationship's id in the store.
  public var id: Int64
  public var partner: String
  public var role: Role?
  public var sessions: Int
  public var firstDate: LocalDateTime
  public var lastDate: LocalDateTime
  /// The next meeting the latest session agreed.
  public var nextMeeting: LocalDateTime?
  public var actions: ActionCounts

  public init(
    id: Int64, partner: String, role: Role?, sessions: Int, firstDate: LocalDateTime,
    lastDate: LocalDateTime, nextMeeting: LocalDateTime?, actions: ActionCounts
  ) {
    self.id = id
    self.partner = partner
    self.role = role
    self.sessions = sessions
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.nextMeeting = nextMeeting
    self.actions = actions
  }

  // The store's id stays out of the JSON.
  enum CodingKeys: String, CodingKey {
    case partner, role, firstDate, lastDate, nextMeeting, actions
    case sessions = "session_count"
  }
}
