/// What the dialogue asks its runner to do after an event: the machine itself does no I/O.
public enum DialogueEffect: Sendable, Equatable {
  /// Show one line.
  case say(String, LineStyle)
  /// Read the next line at this prompt.
  case ask(Prompt)
  /// Store this answer under this key, before anything else is shown.
  case record(key: String, answer: Answer)
  /// Find what earlier sessions with this partner left, and send it back as `.relationship`.
  case lookUpRelationship(partner: String, role: Role)
  /// Write an export of the session.
  case export(format: ExportFormat, file: String?)
  /// Stop at a phase boundary; `resume` continues with the next phase.
  case pause
  /// Save and leave (`/quit`); the runner says what was kept.
  case quit
  /// The conversation is complete.
  case finish
}
