/// One line of the after phase's single question about your own actions: the number of one of
/// them and what becomes of it — `2 by next friday`, `1 hand over`, `3 drop`, `1 keep`, or
/// `2 redate` (its new date then asked). The actions not named stand as agreed.
public struct CommitmentChange: Sendable, Equatable {
  /// Which of your actions, counting from 1 as they are listed.
  public var number: Int
  public var choice: CommitmentChoice
  /// The new date of a re-dated action, when the line gives one.
  public var newDue: LocalDateTime?

  public init(number: Int, choice: CommitmentChoice, newDue: LocalDateTime? = nil) {
    self.number = number
    self.choice = choice
    self.newDue = newDue
  }

  /// The words that say each choice.
  static let words: [(words: [String], choice: CommitmentChoice)] = [
    (["keep", "keep it", "as agreed", "stands"], .keep),
    (["drop", "drop it", "dropped"], .drop),
    (["hand over", "hand it over", "handover", "hand it to them", "hand it to my partner"], .handOver),
    (["redate", "re-date", "new date", "later"], .redate),
  ]

  /// Reads `line` for one of `count` actions; `date` reads a new date (its text after an
  /// optional `by`), refusing one that cannot be.
  public static func read(
    _ line: String, among count: Int, date: (String) -> Result<LocalDateTime, AnswerRejection>
  ) -> Result<CommitmentChange, AnswerRejection> {
    let example = "Type a number and what becomes of it: 2 by next friday, 1 hand over, 3 drop."
    let numbered: (number: Int?, rest: Substring)
    switch NumberedLine.read(line, among: count) {
    case .success(let read): numbered = read
    case .failure(let rejection): return .failure(rejection)
    }
    guard let number = numbered.number else { return .failure(.init("Start with the action's number. \(example)")) }
    var rest = numbered.rest.lowercased()
    guard !rest.isEmpty else { return .failure(.init("Say what becomes of action \(number). \(example)")) }
    if let (_, choice) = words.first(where: { $0.words.contains(rest) }) {
      return .success(CommitmentChange(number: number, choice: choice))
    }
    if rest.hasPrefix("by ") { rest = String(rest.dropFirst(3)) }
    switch date(rest) {
    case .success(let due): return .success(CommitmentChange(number: number, choice: .redate, newDue: due))
    case .failure(let rejection):
      return .failure(
        .init("'\(line.trimmingWhitespace)' is neither keep, drop, hand over nor a date: \(rejection.reason)"))
    }
  }
}
