import MentorPrepCore

/// A meeting held whose after phase (the follow-up message) is not finished.
public struct DueFollowUp: Sendable, Equatable {
  public var session: Int
  public var partner: String?
  public var meetingAt: LocalDateTime
  /// More than 24 hours since the meeting.
  public var isOverdue: Bool

  public init(session: Int, partner: String?, meetingAt: LocalDateTime, isOverdue: Bool) {
    self.session = session
    self.partner = partner
    self.meetingAt = meetingAt
    self.isOverdue = isOverdue
  }
}
