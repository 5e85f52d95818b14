/// One thing wrong with a question bank, at a place in one of its files.
public struct BankProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `prompts/before.yaml:12:5: error: unknown key 'questin'`, the form compilers use.
  public var description: String {
    "\(file):\(line):\(column): error: \(message)"
  }
}
