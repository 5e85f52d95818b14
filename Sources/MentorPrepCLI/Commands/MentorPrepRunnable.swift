import ArgumentParser
import Foundation
import MentorPrepCore

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
      error.report()
      throw ExitCode(error.exitStatus)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
