import ArgumentParser

/// Which reader parsed a command line: the cheapest that could.
enum CommandLineReader: Equatable {
  /// `ConversationCommandLine`: a plain `start` or `resume`, by hand.
  case conversation
  /// `DirectCommandLine`: any other command, by the parser without its completion pass.
  case direct
  /// `MentorPrepCommand` itself: help, the version, completion scripts and every error.
  case root
}

/// How a command ends the process after throwing.
enum CommandEnding: Equatable {
  /// A command's own exit status (`ExitCode`), its message already written: nothing to add.
  case status(Int32)
  /// What the parser writes for the error (help and usage on stdout when the status is 0,
  /// errors on stderr), and the status.
  case message(TerminalText, status: Int32)
}

extension MentorPrepCommand {
  /// The command `arguments` name (global options may come first), and the reader that got it.
  static func parsed(_ arguments: [String]) throws -> (command: any ParsableCommand, reader: CommandLineReader) {
    let named = arranged(named(arguments))
    if let command = ConversationCommandLine.command(named) { return (command, .conversation) }
    if let command = DirectCommandLine.command(named) { return (command, .direct) }
    return (try parseAsRoot(arranged(arguments)), .root)
  }

  /// How the process ends after `error`. A command's status is used as it is: asking the
  /// parser for its message would build the root's usage text twice only to write nothing,
  /// 2 M instructions of every first prompt that ends with piped input (exit 3).
  static func ending(for error: any Error) -> CommandEnding {
    if let status = error as? ExitCode { return .status(status.rawValue) }
    // The parser's messages quote what was typed (`Unknown option '--…'`): they are escaped
    // like every other text from outside.
    return .message(TerminalText(escapingLines: fullMessage(for: error)), status: exitCode(for: error).rawValue)
  }
}
