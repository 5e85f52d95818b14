/// What the record holds of one relationship, session by session: the facts `progress`
/// computes its figures from.
public struct RelationshipHistory: Sendable, Equatable {
  public var partner: String
  public var role: Role?
  /// The sessions with this partner, oldest first.
  public var sessions: [Meeting]
  /// Every action agreed with this partner, with its current status.
  public var actions: [TrackedAction]

  public init(partner: String, role: Role?, sessions: [Meeting], actions: [TrackedAction]) {
    self.partner = partner
    self.role = role
    self.sessions = sessions
    self.actions = actions
  }

  /// One session: when it was held and the answers `progress` reads (`keys`).
  public struct Meeting: Sendable, Equatable {
    public var number: Int
    /// The meeting's time, else the day the session was created.
    public var date: LocalDateTime
    public var completed: Bool
    public var answers: [String: Answer]

    public init(number: Int, date: LocalDateTime, completed: Bool, answers: [String: Answer]) {
      self.number = number
      self.date = date
      self.completed = completed
      self.answers = answers
    }
  }

  /// The start of a milestone's rating key: `milestones.rating#m2` rates the second milestone.
  public static let milestoneRatingPrefix = SessionRecord.Key.milestoneRating + "#m"

  /// Every answer key the figures read, for the store to fetch just those (and the keys that
  /// begin with `milestoneRatingPrefix`).
  public static let keys = [
    SessionRecord.Key.firstSession, SessionRecord.Key.relationshipPhase,
    SessionRecord.Key.nextMeetingAt, SessionRecord.Key.cadence, SessionRecord.Key.milestones,
    SessionRecord.Key.milestoneSteps, SessionRecord.Key.milestoneStepsDone, SessionRecord.Key.sessionRating,
  ]
}
