/// A line that names one of the items listed above it by number first, then says something
/// of it (`2 by next friday`, `1 the room is booked`): the commitments and the successes of
/// today's actions are answered so.
enum NumberedLine {
  /// The line's number, when it begins with one, and what follows it (after `.`, `:` or `,`);
  /// a number that is not listed is refused.
  static func read(_ line: String, among count: Int) -> Result<(number: Int?, rest: Substring), AnswerRejection> {
    let text = line.trimmingWhitespace
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let number = Int(digits)
    if let number, !(1...count).contains(number) {
      let range = count == 1 ? "1" : "1 to \(count)"
      return .failure(.init("There is no action \(number) here; the numbers go from \(range)."))
    }
    let rest = text.dropFirst(number == nil ? 0 : digits.count).drop {
      $0 == " " || $0 == "." || $0 == ":" || $0 == ","
    }
    return .success((number, rest))
  }
}
