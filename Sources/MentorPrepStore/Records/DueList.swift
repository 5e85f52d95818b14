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
