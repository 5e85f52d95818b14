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
      ActionsCommand.self, ExportCommand.self, BanksCommand.self,
    ],
    defaultSubcommand: StartCommand.self
  )

  public init() {}
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
