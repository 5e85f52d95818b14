import ArgumentParser
import Foundation
import MentorPrepCore

/// `mentorprep`: prepare, run and follow up a mentoring conversation.
public struct MentorPrepCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "mentorprep",
    abstract: "Prepare, run and follow up a mentoring conversation, one question at a time.",
    discussion: """
      Without a command, `mentorprep` starts a new session. Every answer is saved as you go;
      `mentorprep resume` continues where you stopped. Type /help at any prompt for commands.
      """,
    version: "0.1.0",
    subcommands: [
      StartCommand.self, ResumeCommand.self, ListCommand.self, ShowCommand.self,
      ActionsCommand.self, ProgressCommand.self, DueCommand.self, SearchCommand.self,
      ExportCommand.self, BanksCommand.self,
    ],
    defaultSubcommand: StartCommand.self
  )

  public init() {}

  /// The global options (`--home`, `--now`, `--no-color`) may come before the command's name,
  /// as in `mentorprep --home ~/m list`; the parser wants them after it, so they move there.
  public static func arranged(_ arguments: [String]) -> [String] {
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
}

/// A command whose work can fail with a `MentorPrepError`, reported as one sentence on stderr
/// with its SPEC §6 exit status.
protocol MentorPrepRunnable: ParsableCommand {
  /// Does the work and returns the exit status.
  func execute() throws(MentorPrepError) -> Int32
}

extension MentorPrepRunnable {
  public func run() throws {
    let status: Int32
    do {
      status = try execute()
    } catch {
      FileHandle.standardError.write(Data(("mentorprep: " + error.message + "\n").utf8))
      throw ExitCode(error.exitStatus)
    }
    if status != 0 { throw ExitCode(status) }
  }
}

extension Role: ExpressibleByArgument {}
extension Phase: ExpressibleByArgument {}

/// A session named on the command line: a number, or `last` (the default).
enum SessionReference: ExpressibleByArgument, Equatable {
  case number(Int)
  case last

  init?(argument: String) {
    if argument == "last" {
      self = .last
    } else if let number = Int(argument), number > 0 {
      self = .number(number)
    } else {
      return nil
    }
  }

  static var defaultCompletionKind: CompletionKind { .list(["last"]) }
}
