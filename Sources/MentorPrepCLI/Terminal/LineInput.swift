import MentorPrepCore

/// What one read brought.
enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C; `emptyLine` tells whether nothing had been typed.
  case interrupted(emptyLine: Bool)
  /// SIGTERM or SIGHUP: save and leave.
  case terminated
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}
