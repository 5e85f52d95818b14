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

  /// The question ids `progress` reads from each session.
  public enum Key {
    public static let cadence = "charter.cadence"
    public static let milestones = "milestones.list"
    public static let milestoneSteps = "milestones.steps"
    /// The steps ticked off in a later session: their texts.
    public static let stepsDone = "milestones.steps_done"
    /// `milestones.rating#m2`: how far along the second milestone is, 1–5.
    public static let milestoneRatingPrefix = "milestones.rating#m"
    public static let sessionRating = "feedback.rating"
  }

  /// Every answer key the figures read, for the store to fetch just those (and the keys that
  /// begin with `Key.milestoneRatingPrefix`).
  public static let keys = [
    SessionRecord.Key.firstSession, SessionRecord.Key.relationshipPhase,
    SessionRecord.Key.nextMeetingAt, Key.cadence, Key.milestones, Key.milestoneSteps,
    Key.stepsDone, Key.sessionRating,
  ]
}
