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

  public init(
    number: Int, createdAt: LocalDateTime, updatedAt: LocalDateTime, answers: [String: Answer],
    progress: DialogueProgress, phaseReached: Phase, completed: Bool,
    reviewed: [TrackedAction] = [], statuses: [String: ActionStatus] = [:]
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
  }

  /// The session's record, as exports and `show` read it.
  public func record(bank: QuestionBank) -> SessionRecord {
    SessionRecord(
      number: number, createdAt: createdAt, updatedAt: updatedAt, bank: bank, answers: answers,
      progress: progress, reviewed: reviewed, statuses: statuses)
  }
}

/// One line of `list`: a session, who it was with and how far it got.
public struct SessionSummary: Sendable, Equatable, Codable {
  public var number: Int
  public var createdAt: LocalDateTime
  public var partner: String?
  public var role: Role?
  public var phaseReached: Phase
  public var completed: Bool
  public var meetingAt: LocalDateTime?

  /// A session's number is `session` in every command's JSON.
  enum CodingKeys: String, CodingKey {
    case number = "session"
    case createdAt, partner, role, phaseReached, completed, meetingAt
  }

  public init(
    number: Int, createdAt: LocalDateTime, partner: String?, role: Role?, phaseReached: Phase,
    completed: Bool, meetingAt: LocalDateTime?
  ) {
    self.number = number
    self.createdAt = createdAt
    self.partner = partner
    self.role = role
    self.phaseReached = phaseReached
    self.completed = completed
    self.meetingAt = meetingAt
  }
}

/// One line of `actions`: an agreed action, whose it is and how far it got.
public struct ActionRow: Sendable, Equatable, Codable {
  /// `2.1`: the session's number and the action's place in it.
  public var ref: String
  public var session: Int
  public var text: String
  public var owner: Owner
  /// The owner's name, resolved with the relationship's names of mentee and mentor.
  public var ownerName: String
  public var due: LocalDateTime?
  public var status: ActionStatus
  public var partner: String?

  public init(
    ref: String, session: Int, text: String, owner: Owner, ownerName: String, due: LocalDateTime?,
    status: ActionStatus, partner: String?
  ) {
    self.ref = ref
    self.session = session
    self.text = text
    self.owner = owner
    self.ownerName = ownerName
    self.due = due
    self.status = status
    self.partner = partner
  }
}
