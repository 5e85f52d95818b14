import Yams

/// A place in a file, for messages.
struct Place: Sendable, Equatable {
  var file: String
  var line: Int
  var column: Int
}
