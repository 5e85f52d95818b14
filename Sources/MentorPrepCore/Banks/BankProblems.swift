/// Every problem found in a bank; a bank with any problem is not used.
public struct BankProblems: Error, Sendable, Equatable {
  public var problems: [BankProblem]

  public init(_ problems: [BankProblem]) {
    self.problems = problems
  }
}
