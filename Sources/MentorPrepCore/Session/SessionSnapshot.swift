/// What one save of a session stores: the answers that changed and where the dialogue stands,
/// with what the core derives from all the answers (the relationship's fields, the meeting's
/// date, the agreed actions, the earlier actions reviewed). The store persists it as it is,
/// without the bank and without reading the answers back.
public struct SessionSnapshot: Sendable {
  /// When the save is made.
  public var now: LocalDateTime
  /// Who the session is with, as its setup answers say.
  public struct Relationship: Sendable, Equatable {
    public var role: Role
    public var partner: String
    public var me: String?
    public var partnerEmail: String?
    public var myEmail: String?
    /// The relationship's stage, where the session answered it.
    public var phase: String?
  }

  /// The answers this save gives or changes, by key.
  public var changes: [(key: String, answer: Answer)]
  public var progress: DialogueProgress
  /// The phase of the question being asked (`.after` once finished).
  public var phase: Phase
  public var meetingAt: LocalDateTime?
  /// Nil while the role or the partner is unanswered.
  public var relationship: Relationship?
  /// The session's actions, with the after phase's choices applied.
  public var agreedActions: [TrackedAction]
  /// The refs of this session's actions whose after-phase choice this save answered: it
  /// decides their status anew (so undoing a drop reopens one).
  public var rechosen: Set<String>
  /// The refs of earlier actions whose status the session's answers may have changed.
  public var reviewed: Set<String>

  /// Derives the snapshot from every answer of `session` (`answers`, after `changes`).
  public init(
    session: Int, answers: [String: Answer], changes: [(key: String, answer: Answer)], progress: DialogueProgress,
    phase: Phase, bank: QuestionBank, at now: LocalDateTime
  ) {
    self.now = now
    self.changes = changes
    self.progress = progress
    self.phase = phase
    let record = SessionRecord(
      number: session, createdAt: now, updatedAt: now, phaseReached: phase, completed: progress.isFinished,
      answers: answers, actions: [], reviews: [])
    meetingAt = record.meetingAt
    relationship = record.role.flatMap { role in
      record.partner.map { partner in
        Relationship(
          role: role, partner: PersonName.stored(partner), me: record.me.map(PersonName.stored),
          partnerEmail: record.partnerEmail, myEmail: record.myEmail,
          phase: record.relationshipPhase)
      }
    }
    // What success looks like travels with each action (SPEC §7): typed on its line, or answered
    // for it after.
    agreedActions = bank.agreedActions(in: answers, session: session).map { action in
      var action = action
      action.item.success =
        action.item.success ?? record.text(AnswerKey(question: SessionRecord.Key.actionSuccess, item: action.ref).text)
      return action
    }
    let changedItems = changes.map { AnswerKey($0.key) }.filter { $0.item != nil }
    rechosen = Set(
      changedItems.filter { bank.question($0.question)?.state.forEach == .ownNewActions }.compactMap(\.item))
    reviewed = Set(ActionReview.statuses(in: answers).keys).union(changedItems.compactMap(\.item))
  }
}
