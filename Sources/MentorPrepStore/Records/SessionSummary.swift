import MentorPrepCore

/// One line of `list`: a session, who it was with and how far it got.
public struct SessionSummary: Sendable, Equatable, Codable {
  public var number: Int
  public var createdAt: LocalDateTime
  public var partner: String?
  /// The random id of the relationship, the same in every session with this partner.
  public var relationshipID: String?
  public var role: Role?
  public var phaseReached: Phase
  public var completed: Bool
  public var meetingAt: LocalDateTime?

  /// A session's number is `session` in every command's JSON.
  enum CodingKeys: String, CodingKey {
    case number = "session"
    case createdAt, partner, relationshipID, role, phaseReached, completed, meetingAt
  }

  public init(
    number: Int, createdAt: LocalDateTime, partner: String?, relationshipID: String? = nil, role: Role?,
    phaseReached: Phase,
    completed: Bool, meetingAt: LocalDateTime?
  ) {
    self.number = number
    self.createdAt = createdAt
    self.partner = partner
    self.relationshipID = relationshipID
    self.role = role
    self.phaseReached = phaseReached
    self.completed = completed
    self.meetingAt = meetingAt
  }
}
