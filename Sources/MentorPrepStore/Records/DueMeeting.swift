import MentorPrepCore

/// A meeting agreed with a partner, still to come.
public struct DueMeeting: Sendable, Equatable {
  public var partner: String
  public var at: LocalDateTime
  /// The session already started for this meeting (to resume), nil when none is.
  public var preparedIn: Int?
  /// The session that agreed it, nil when the meeting is that of `preparedIn`.
  public var agreedIn: Int?

  public init(partner: String, at: LocalDateTime, preparedIn: Int?, agreedIn: Int?) {
    self.partner = partner
    self.at = at
    self.preparedIn = preparedIn
    self.agreedIn = agreedIn
  }
}
