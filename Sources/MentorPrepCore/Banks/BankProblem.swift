/// One thing wrong with a question bank, at a place in one of its files.
public struct BankProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  /// A problem found at `place`.
  init(at place: BankLocation, _ message: String) {
    (file, line, column) = (place.file, place.line, place.column)
    self.message = message
  }

  /// `prompts/before.yaml:12:5: error: unknown key 'questin'`, the form compilers use.
  public var description: String {
    "\(file):\(line):\(column): error: \(message)"
  }
}
