import MentorPrepCore

/// What needs doing now (`due`): overdue actions (yours, then your partners'), actions due
/// soon, meetings coming up and follow-ups not yet finished.
public struct DueList: Sendable, Equatable {
  /// Open actions past their date, yours first, each in date order.
  public var overdue: [DueAction]
  /// Open actions due from now to the end of the window, in date order.
  public var soon: [DueAction]
  /// Next meetings within the window, one per partner at most, in date order.
  public var meetings: [DueMeeting]
  /// Sessions whose meeting has begun and whose after phase is not finished.
  public var followUps: [DueFollowUp]

  public init(
    overdue: [DueAction] = [], soon: [DueAction] = [], meetings: [DueMeeting] = [],
    followUps: [DueFollowUp] = []
  ) {
    self.overdue = overdue
    self.soon = soon
    self.meetings = meetings
    self.followUps = followUps
  }

  public var isEmpty: Bool {
    overdue.isEmpty && soon.isEmpty && meetings.isEmpty && followUps.isEmpty
  }
}

/// An open action with a date, and whether it is the user's own.
public struct DueAction: Sendable, Equatable {
  public var action: ActionRow
  /// Whether the user of this home owns it (rather than the partner or a third person).
  public var isMine: Bool

  public init(action: ActionRow, isMine: Bool) {
    self.action = action
    self.isMine = isMine
  }
}

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
