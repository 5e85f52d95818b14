import ArgumentParser
import CProcessMemory
import Foundation
import MentorPrepCore

/// `mentorprep`: prepare, run and follow up a mentoring conversation.
public struct MentorPrepCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "mentorprep",
    abstract: "Prepare, run and follow up a mentoring conversation, one question at a time.",
    // Paragraphs are single lines (joined with `\`) so that help wraps them at the terminal's
    // width. The sections under a heading in capitals are the contract a user looks up; the
    // man page puts each in a section of its own (scripts/finish-manual), the exit statuses as
    // a table.
    discussion: """
      Without a command, mentorprep starts a new session. Every answer is saved as you go; \
      mentorprep resume continues where you stopped. The global options --home, --now and \
      --no-color are taken by every command, before or after its name.

      THE CONVERSATION
      One question at a time, before, during and after the meeting. Piped input gives a \
      readable transcript on stdout. Commands start with / at every prompt:
      \(SlashCommand.allCases.map { "  " + $0.usage + " : " + $0.summary }.joined(separator: "\n"))

      KEYS
      At a terminal: emacs line-editing keys; Up, Down and Ctrl-R recall earlier answers; Tab \
      completes commands, choices, ids and known names. Ctrl-C clears the line; Ctrl-C twice on \
      an empty line, or Ctrl-D, saves and leaves; Ctrl-Z suspends. --plain (also TERM=dumb) \
      gives plain prompts with no line editor, for screen readers.

      DATES AND ACTIONS
      A date is YYYY-MM-DD HH:MM, YYYY-MM-DD, today, tomorrow, a weekday, next WEEKDAY, in N \
      days, in N weeks, in a week, in a fortnight, or a day and a month (31 dec, dec 31, 31 \
      December), each with an optional time (15:00, 3pm, 3:30pm, at 10am), counted from --now. \
      A date without a year, and a weekday, mean the next such day; 31/12 is refused as \
      ambiguous. During and after a meeting still to come, dates count from its start; the \
      meeting and the next one take the time of day of the meeting before when none is typed. \
      An action is one line: its text, then @owner and by DATE in either order \
      (Draft the project pitch @me by friday); the owner is @me, @partner, @mentor, @mentee or \
      a name, and without one the action is the mentee's.

      EXIT STATUS
        0   done (a session completed, or left with /quit or Ctrl-D)
        1   search found nothing
        3   piped input ended first; the session is saved and resumable
        64  usage error (unknown option, bad value)
        65  bad data: a malformed question bank, a corrupted record
        66  no such session, missing input file or bank folder
        73  the output file exists and --force was not given
        74  the home folder or database cannot be written
        75  the session is open in another mentorprep process

      FILES
      Sessions are kept in one SQLite database, mentorprep.sqlite, in the home folder: --home \
      DIR, else $MENTORPREP_HOME, else $XDG_DATA_HOME/mentorprep, else \
      ~/.local/share/mentorprep (created 0700, its files 0600). The built-in question banks are \
      inside the binary; --bank DIR reads others.
      """,
    version: "0.1.0",
    subcommands: [
      StartCommand.self, ResumeCommand.self, ListCommand.self, ShowCommand.self,
      ActionsCommand.self, ProgressCommand.self, DueCommand.self, SearchCommand.self,
      ExportCommand.self, ImportCommand.self, BanksCommand.self,
    ],
    defaultSubcommand: StartCommand.self
  )

  public init() {}

  /// The global options (`--home`, `--now`, `--no-color`) may come before the command's name,
  /// as in `mentorprep --home ~/m list`; the parser wants them after it, so they move there.
  public static func arranged(_ arguments: [String]) -> [String] {
    let (leading, index) = leadingGlobalOptions(arguments)
    guard !leading.isEmpty, index < arguments.count,
      let command = configuration.subcommands.first(where: { $0._commandName == arguments[index] })
    else { return arguments }
    var path = [arguments[index]]
    let nested = Set(command.configuration.subcommands.map { $0._commandName })
    if index + 1 < arguments.count, nested.contains(arguments[index + 1]) {
      path.append(arguments[index + 1])
    }
    return path + leading + arguments[(index + path.count)...]
  }

  /// Runs the command line (SPEC §2): global options may come first, and a first word that is
  /// no command but close to one (`lsit`) is a usage error that names the command meant.
  public static func run(_ arguments: [String]) {
    // Past a file-size limit a write should fail (EFBIG), and be reported with exit 74, rather
    // than the signal ending the process with nothing said.
    signal(SIGXFSZ, SIG_IGN)
    // Memory freed is kept for reuse rather than handed back to the system at once: a
    // conversation's heap grows and shrinks with every answer, and giving it back each time
    // made the system fault it in again, a quarter of the conversation's page faults.
    process_memory_keep_freed()
    // Asked alone, the version needs no parser: parsing any command line reflects over whole
    // option sets, ten times the work of the rest of starting up.
    if arguments == ["--version"] {
      Output.line(TerminalText(escapingLines: configuration.version))
      Foundation.exit(0)
    }
    let index = leadingGlobalOptions(arguments).index
    if index < arguments.count, case let word = arguments[index], !word.hasPrefix("-") {
      let names = commandNames + ["help"]
      if !names.contains(word), let meant = BankLoader.closest(to: word, among: names) {
        MentorPrepError.unknownCommand(word, meant: meant).exit()
      }
    }
    do {
      var command = try parsed(arguments).command
      try command.run()
    } catch {
      // Help and usage go to stdout, errors to stderr.
      switch ending(for: error) {
      case .status(let status):
        Foundation.exit(status)
      case .message(let message, let status):
        if !message.text.isEmpty {
          if status == 0 { Output.line(message) } else { MentorPrepError.writeLines([message]) }
        }
        Foundation.exit(status)
      }
    }
    Foundation.exit(0)
  }

  /// The arguments with the command's name, `start` when they name none.
  static func named(_ arguments: [String]) -> [String] {
    let index = leadingGlobalOptions(arguments).index
    return index < arguments.count && commandNames.contains(arguments[index]) ? arguments : ["start"] + arguments
  }

  /// The names of the commands.
  private static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

  /// The global options at the front of the arguments, and the index of the first other one.
  private static func leadingGlobalOptions(_ arguments: [String]) -> (options: [String], index: Int) {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--no-color" || argument.hasPrefix("--home=") || argument.hasPrefix("--now=") {
        leading.append(argument)
        index += 1
      } else if (argument == "--home" || argument == "--now") && index + 1 < arguments.count {
        leading += [argument, arguments[index + 1]]
        index += 2
      } else {
        break
      }
    }
    return (leading, index)
  }
}

// The values are listed here rather than by the parser's default for a CaseIterable type, whose
// generic walk over the cases was a twentieth of a first prompt's instructions.
extension Role: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
/// Only the phases a conversation can be started or resumed at are offered: setup is where
/// every session begins, so `--phase setup` would mean nothing the default does not.
extension Phase: ExpressibleByArgument {
  public init?(argument: String) {
    guard let phase = Phase(rawValue: argument), phase != .setup else { return nil }
    self = phase
  }

  public static var allValueStrings: [String] {
    Phase.allCases.filter { $0 != .setup }.map(\.rawValue)
  }
}
extension Depth: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
