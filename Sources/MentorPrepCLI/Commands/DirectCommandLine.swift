import ArgumentParser

/// The command tree of `mentorprep` parsed the direct way, for a command line that names (or
/// defaults to) one of its commands and asks nothing of the parser itself.
///
/// Before it parses, swift-argument-parser looks at every command line for a request of a
/// completion script (two more option sets to reflect over), and a root with a default command
/// reflects over that command even when another one runs. Those two were a third of the
/// instructions of a first prompt. This root skips them: a pseudo-command root (which is what
/// `_superCommandName` marks) has no completion-script flag, and `start` is named rather than
/// defaulted. Anything it does not parse to one of the commands — help, `--version`, a
/// completion script, any error — is parsed again by `MentorPrepCommand`, whose messages are
/// the ones shown, so the two never differ in what a person sees.
struct DirectCommandLine: ParsableCommand {
  static let configuration: CommandConfiguration = {
    var configuration = MentorPrepCommand.configuration
    configuration._superCommandName = configuration.commandName
    configuration.defaultSubcommand = nil
    return configuration
  }()

  /// The command `arguments` parse to, when it is one of the commands; nil otherwise.
  static func command(_ arguments: [String]) -> (any MentorPrepRunnable)? {
    (try? parseAsRoot(arguments)) as? any MentorPrepRunnable
  }
}
