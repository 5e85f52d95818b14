/// What earlier sessions with the same partner left behind.
public struct RelationshipMemory: Sendable, Equatable {
  /// Whether the partner was met in an earlier session.
  public var returning: Bool
  /// The actions still open, reviewed one by one during the meeting.
  public var openActions: [TrackedAction]
  /// The actions settled between meetings (`actions done|drop`) since the last one: recalled
  /// before the review, not reviewed again.
  public var settledActions: [TrackedAction]
  /// The actions agreed at the latest earlier meeting, as they stand now (re-dated, handed
  /// over, done or dropped since): what a recalled list of actions shows.
  public var lastAgreed: [TrackedAction] = []
  /// The latest answer to each question in earlier sessions (the charter, milestones and so on),
  /// and to each item's question (`actions.success#2.1`), so a review can recall it.
  public var earlierAnswers: [String: Answer]
  /// The day of the meeting each of `earlierAnswers` was given at, so a recall can say when.
  public var answeredOn: [String: LocalDateTime] = [:]
  /// Answers known already (emails, that this is not a first session), so they are not asked.
  public var prefill: [String: Answer]
  /// The relationship so far in one line, said after the welcome back.
  public var progressLine: String?
  /// The days of the meetings held before this one, oldest first.
  public var earlierMeetings: [LocalDateTime] = []
  /// The agenda the partner's record brought for the coming meeting, if any (SPEC §7).
  public var partnerAgenda: PartnerAgenda?
  /// The next meeting as the partner's latest record agreed it (SPEC §7).
  public var partnerNextMeeting: LocalDateTime?
  /// The answers the partner's records shared, by question id, as their latest has each: the
  /// charter's terms, shown where they differ from one's own.
  public var partnerTerms: [String: Answer] = [:]

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
