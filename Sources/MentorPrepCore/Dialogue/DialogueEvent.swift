/// What the runner sends the dialogue.
public enum DialogueEvent: Sendable, Equatable {
  /// Show the current question (on start and on resume).
  case start
  /// A line the user typed.
  case line(String)
  /// The answer to `.lookUpRelationship`.
  case relationship(RelationshipMemory)
}
