/// What the dialogue knows besides the answers: the clock, the session's number, where to begin,
/// and what the relationship remembers from earlier sessions.
public struct DialogueContext: Sendable, Equatable {
  public var now: LocalDateTime
  public var sessionNumber: Int
  /// The phase the conversation goes to once setup is done.
  public var startPhase: Phase
  public var memory: RelationshipMemory

  public init(
    now: LocalDateTime, sessionNumber: Int, startPhase: Phase = .before,
    memory: RelationshipMemory = .none
  ) {
    self.now = now
    self.sessionNumber = sessionNumber
    self.startPhase = startPhase
    self.memory = memory
  }
}

/// What earlier sessions with the same partner left behind.
public struct RelationshipMemory: Sendable, Equatable {
  /// Whether the partner was met in an earlier session.
  public var returning: Bool
  /// The actions still open, reviewed one by one during the meeting.
  public var openActions: [TrackedAction]
  /// The actions settled between meetings (`actions done|drop`) since the last one: recalled
  /// before the review, not reviewed again.
  public var settledActions: [TrackedAction]
  /// The latest answer to each question in earlier sessions: the charter, milestones and so on.
  public var earlierAnswers: [String: Answer]
  /// Answers known already (emails, that this is not a first session), so they are not asked.
  public var prefill: [String: Answer]
  /// The relationship so far in one line, said after the welcome back.
  public var progressLine: String?

  public init(
    returning: Bool, openActions: [TrackedAction] = [], settledActions: [TrackedAction] = [],
    earlierAnswers: [String: Answer] = [:],
    prefill: [String: Answer] = [:]
  ) {
    self.returning = returning
    self.openActions = openActions
    self.settledActions = settledActions
    self.earlierAnswers = earlierAnswers
    self.prefill = prefill
  }

  public static let none = RelationshipMemory(returning: false)
}

/// An action with the reference under which the record tracks it: `2.1` is session 2's first.
public struct TrackedAction: Sendable, Equatable, Codable {
  public var ref: String
  public var session: Int
  public var item: ActionItem
  public var status: ActionStatus

  public init(ref: String, session: Int, item: ActionItem, status: ActionStatus) {
    self.ref = ref
    self.session = session
    self.item = item
    self.status = status
  }
}
