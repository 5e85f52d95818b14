import ArgumentParser
import Foundation
import MentorPrepCore

/// A session named on the command line: a number, or `last` (the default).
enum SessionReference: ExpressibleByArgument, Equatable {
  case number(Int)
  case last

  public init?(argument: String) {
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
