/// Everything one session holds: who it is between, every answer by key, and the actions it
/// agreed or reviewed. Exports, `show` and the store all read this one value.
public struct SessionRecord: Sendable, Equatable, Codable {
  public var number: Int
  public var createdAt: LocalDateTime
  public var updatedAt: LocalDateTime
  /// The phase the conversation reached.
  public var phaseReached: Phase
  public var completed: Bool
  /// Every answer, keyed by question id (`question.id#ref` for an action's question).
  public var answers: [String: Answer]
  /// The actions agreed in this session, with their current status.
  public var actions: [TrackedAction]
  /// Earlier actions reviewed in this session.
  public var reviews: [ActionReview]
  /// The random id of the relationship the session belongs to, given when it was first saved
  /// and sent with every exchange record; nil before that.
  public var relationshipID: String?

  public init(
    number: Int, createdAt: LocalDateTime, updatedAt: LocalDateTime, phaseReached: Phase,
    completed: Bool, answers: [String: Answer], actions: [TrackedAction], reviews: [ActionReview],
    relationshipID: String? = nil
  ) {
    self.number = number
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.phaseReached = phaseReached
    self.completed = completed
    self.answers = answers
    self.actions = actions
    self.reviews = reviews
    self.relationshipID = relationshipID
  }

  // MARK: - Well-known answers

  /// The question ids the program itself reads; the built-in banks define them, and a bank of
  /// one's own keeps them to get the same exports.
  public enum Key {
    public static let role = WellKnownQuestion.role.id
    public static let me = WellKnownQuestion.me.id
    public static let partner = WellKnownQuestion.partner.id
    public static let partnerEmail = WellKnownQuestion.partnerEmail.id
    public static let myEmail = WellKnownQuestion.myEmail.id
    public static let firstSession = WellKnownQuestion.firstSession.id
    public static let meetingAt = WellKnownQuestion.meetingAt.id
    public static let relationshipPhase = WellKnownQuestion.relationshipPhase.id
    public static let nextMeetingAt = WellKnownQuestion.nextMeetingAt.id
    /// `quick` or `full`.
    public static let depth = WellKnownQuestion.depth.id
    /// How often the two meet: a choice of `weekly`, `fortnightly`, `monthly`, `every_two_months`.
    public static let cadence = WellKnownQuestion.cadence.id
    /// How long a meeting lasts, in minutes (a number).
    public static let meetingLength = WellKnownQuestion.meetingLength.id
    /// The milestones, as a list of their texts.
    public static let milestones = WellKnownQuestion.milestones.id
    /// The steps towards the milestones, each with an owner and a date.
    public static let milestoneSteps = WellKnownQuestion.milestoneSteps.id
    /// The texts of the steps marked done in this session's review.
    public static let milestoneStepsDone = WellKnownQuestion.milestoneStepsDone.id
    /// A milestone's rating (1–5), `milestones.rating#m1` for the first milestone of the list.
    public static let milestoneRating = WellKnownQuestion.milestoneRating.id
    /// What came of an earlier action, `review.learned#1.2` for action 1.2.
    public static let reviewLearned = WellKnownQuestion.reviewLearned.id
    /// The date an earlier action not yet done is carried forward to, `review.new_due#1.2`.
    public static let reviewNewDue = WellKnownQuestion.reviewNewDue.id
    /// At a separation, what becomes of an earlier action not yet done (`CloseOutChoice`).
    public static let reviewCloseOut = WellKnownQuestion.reviewCloseOut.id
    /// The after phase's one question about your own actions: a list of lines like `2 by
    /// friday` (`CommitmentChange`).
    public static let commitmentChanges = WellKnownQuestion.commitmentChanges.id
    /// What becomes of one of your own actions, `commitment.choice#3.1` (`CommitmentChoice`).
    public static let commitmentChoice = WellKnownQuestion.commitmentChoice.id
    /// The new date of a re-dated action of your own, `commitment.new_due#3.1`.
    public static let commitmentNewDue = WellKnownQuestion.commitmentNewDue.id
    /// What success looks like for an action agreed today, `actions.success#3.1`.
    public static let actionSuccess = WellKnownQuestion.actionSuccess.id
    /// The one question for today's actions with no success on their line: a list of lines
    /// like `2 the team can react to one page`.
    public static let actionSuccesses = WellKnownQuestion.actionSuccesses.id
    /// The topics for the agenda, most important first.
    public static let agendaTopics = WellKnownQuestion.agendaTopics.id
    /// The topic the meeting spends most of its time on.
    public static let focusTopic = WellKnownQuestion.focusTopic.id
    /// The session's rating (1–5).
    public static let sessionRating = WellKnownQuestion.sessionRating.id
  }

  public var role: Role? {
    if case .choice(let id)? = answers[Key.role] { return Role(rawValue: id) }
    return nil
  }

  public var me: String? { text(Key.me) }
  public var partner: String? { text(Key.partner) }
  public var partnerEmail: String? { text(Key.partnerEmail) }
  public var myEmail: String? { text(Key.myEmail) }
  public var meetingAt: LocalDateTime? { date(Key.meetingAt) }
  public var nextMeetingAt: LocalDateTime? { date(Key.nextMeetingAt) }

  public var relationshipPhase: String? {
    if case .choice(let id)? = answers[Key.relationshipPhase] { return id }
    return nil
  }

  public var isFirstSession: Bool? {
    if case .yesNo(let yes)? = answers[Key.firstSession] { return yes }
    return nil
  }

  /// The text of an answer, nil when unanswered, skipped or not text.
  public func text(_ key: String) -> String? {
    if case .text(let text)? = answers[key], !text.isEmpty { return text }
    return nil
  }

  public func list(_ key: String) -> [String] {
    if case .list(let items)? = answers[key] { return items }
    return []
  }

  public func date(_ key: String) -> LocalDateTime? {
    if case .dateTime(let date)? = answers[key] { return date }
    return nil
  }

  /// The two sides' names, as far as the record knows them.
  public var pair: MentoringPair { MentoringPair(role: role, me: me, partner: partner) }

  public var menteeName: String { pair.mentee }

  public var mentorName: String { pair.mentor }

  /// The name of an action's owner.
  public func ownerName(_ owner: Owner) -> String {
    owner.name(mentee: menteeName, mentor: mentorName)
  }

  /// The actions a message or calendar restates: every agreed one except those dropped.
  public var restatedActions: [TrackedAction] {
    actions.filter { $0.status != .dropped }
  }

  /// The earlier actions this session reviewed, as the review leaves them: settled, or carried
  /// forward with a new date or to the other owner.
  public var reviewOutcomes: [TrackedAction] {
    let role = role ?? .mentee
    return reviews.map { $0.outcome(for: role) }
  }

  // MARK: - Building from answers

  /// The record of a session from its answers; `reviewed` gives the earlier actions the
  /// session reviewed (by ref), `statuses` the current status of this session's actions and
  /// `ids` their ids, both by ref, as the store keeps them.
  public init(
    number: Int, createdAt: LocalDateTime, updatedAt: LocalDateTime, bank: QuestionBank,
    answers: [String: Answer], progress: DialogueProgress, reviewed: [TrackedAction] = [],
    statuses: [String: ActionStatus] = [:], ids: [String: String] = [:], relationshipID: String? = nil
  ) {
    let phase = progress.position.state.flatMap { bank.state($0)?.phase } ?? .after
    var actions = bank.agreedActions(in: answers, session: number)
    for index in actions.indices {
      actions[index].status = statuses[actions[index].ref] ?? actions[index].status
      actions[index].id = ids[actions[index].ref]
    }
    self.init(
      number: number, createdAt: createdAt, updatedAt: updatedAt, phaseReached: phase,
      completed: progress.isFinished, answers: answers, actions: actions,
      reviews: ActionReview.reviews(in: answers, of: reviewed), relationshipID: relationshipID)
  }
}
