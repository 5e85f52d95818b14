/// What the dialogue asks its runner to do after an event: the machine itself does no I/O.
public enum DialogueEffect: Sendable, Equatable {
  /// Show one line.
  case say(String, LineStyle)
  /// Read the next line at this prompt.
  case ask(Prompt)
  /// Store this answer under this key, or remove it (nil), before anything else is shown.
  case record(key: String, answer: Answer?)
  /// Find what earlier sessions with this partner left, and send it back as `.relationship`.
  case lookUpRelationship(partner: String, role: Role)
  /// Write an export of the session.
  case export(format: ExportFormat, file: String?)
  /// Stop at a phase boundary; `resume` continues with the next phase.
  case pause
  /// Save and leave (`/quit`).
  case quit
  /// The conversation is complete.
  case finish
}

/// What a line is, so the runner can colour it (or not).
public enum LineStyle: Sendable, Equatable {
  case heading
  case lead
  case question
  case option
  case hint
  case recall
  case note
  case error
}

/// The input prompt: `> ` for an answer, `- ` for the next item of a list.
public struct Prompt: Sendable, Equatable {
  public var marker: String
  /// Text put in the line editor ready to change, when an earlier answer is being edited.
  public var prefill: String?

  public init(marker: String, prefill: String? = nil) {
    self.marker = marker
    self.prefill = prefill
  }

  public static let answer = Prompt(marker: "> ")
  public static let item = Prompt(marker: "- ")
}

/// What the runner sends the dialogue.
public enum DialogueEvent: Sendable, Equatable {
  /// Show the current question (on start and on resume).
  case start
  /// A line the user typed.
  case line(String)
  /// The answer to `.lookUpRelationship`.
  case relationship(RelationshipMemory)
}
