/// The agenda the partner sent for a meeting (SPEC §7): its topics, offered when preparing and
/// as options for today's focus ("from Tomás's agenda").
public struct PartnerAgenda: Sendable, Equatable {
  /// The partner's name, as the relationship keeps it.
  public var partner: String
  public var topics: [String]
  /// The meeting the agenda was sent for, as the partner's record dates it.
  public var meetingAt: LocalDateTime?

  public init(partner: String, topics: [String], meetingAt: LocalDateTime?) {
    self.partner = partner
    self.topics = topics
    self.meetingAt = meetingAt
  }

  /// Whether the agenda is for a meeting after `lastMeeting` (the latest held here): an agenda
  /// for a meeting already held is not offered again.
  public func isCurrent(after lastMeeting: LocalDateTime?) -> Bool {
    guard let lastMeeting, let meetingAt else { return true }
    return meetingAt.dayNumber > lastMeeting.dayNumber
  }
}
