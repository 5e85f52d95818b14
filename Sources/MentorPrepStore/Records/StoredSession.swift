import MentorPrepCore

/// A session as the store keeps it: its answers and where its dialogue stands.
public struct StoredSession: Sendable, Equatable {
  public var number: Int
  public var createdAt: LocalDateTime
  public var updatedAt: LocalDateTime
  public var answers: [String: Answer]
  public var progress: DialogueProgress
  public var phaseReached: Phase
  public var completed: Bool
  /// The earlier actions this session reviewed (those with a `#ref` answer key), for building
  /// its `SessionRecord`.
  public var reviewed: [TrackedAction]
  /// The current status of each of this session's own actions, by ref.
  public var statuses: [String: ActionStatus]
  /// The id of each of this session's own actions, by ref.
  public var ids: [String: String]
  /// The id of the session's relationship; nil while the session names no partner.
  public var relationshipID: String?

  public init(
    number: Int, createdAt: LocalDateTime, updatedAt: LocalDateTime, answers: [String: Answer],
    progress: DialogueProgress, phaseReached: Phase, completed: Bool,
    reviewed: [TrackedAction] = [], statuses: [String: ActionStatus] = [:], ids: [String: String] = [:],
    relationshipID: String? = nil
  ) {
    self.number = number
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.answers = answers
    self.progress = progress
    self.phaseReached = phaseReached
    self.completed = completed
    self.reviewed = reviewed
    self.statuses = statuses
    self.ids = ids
    self.relationshipID = relationshipID
  }
}
