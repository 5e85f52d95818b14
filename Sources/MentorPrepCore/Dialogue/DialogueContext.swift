/// What the dialogue knows besides the answers: the clock, the session's number, where to begin,
/// and what the relationship remembers from earlier sessions.
public struct DialogueContext: Sendable, Equatable {
  public var now: LocalDateTime
  public var sessionNumber: Int
  /// The phase the conversation goes to once setup is done.
  public var startPhase: Phase
  public var memory: RelationshipMemory
  /// The command that continues this conversation, as the messages that save and leave name it
  /// (with the home and the bank folder it was started with, when they are not the defaults).
  public var resumeCommand = "mentorprep resume"
  /// The partners met before, for the partner's name: matched, completed and offered.
  public var knownPartners = KnownPartners.none

  public init(
    now: LocalDateTime, sessionNumber: Int, startPhase: Phase = .before,
    memory: RelationshipMemory = .none
  ) {
    self.now = now
    self.sessionNumber = sessionNumber
    self.startPhase = startPhase
    self.memory = memory
  }
}
