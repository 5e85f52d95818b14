/// How often two people agreed to meet, read from the charter's answer ("once a month",
/// "every 2 weeks", `fortnightly`), as a number of days.
public struct Cadence: Sendable, Equatable, Codable {
  /// The answer as given.
  public var text: String
  /// Days from one meeting to the next.
  public var days: Int

  public init(text: String, days: Int) {
    self.text = text
    self.days = days
  }

  /// The cadence an answer names, nil when it names none (a skipped answer, "when we can").
  public init?(_ answer: Answer?) {
    let text: String
    switch answer {
    case .text(let value)?: text = value
    case .choice(let id)?: text = id
    case .yesNo?, .dateTime?, .list?, .actions?, .status?, .number?, .skipped?, nil: return nil
    }
    guard let days = Self.days(in: text) else { return nil }
    self.init(text: text, days: days)
  }

  /// The longest gap that still keeps to the cadence: a quarter of it again, for a meeting
  /// moved by a few days (a month of 30 days allows 37; a week, 8).
  public var longestGap: Int { days + days / 4 }

  private static let numbers = [
    "a": 1, "an": 1, "one": 1, "once": 1, "two": 2, "twice": 2, "other": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
  ]

  private static let units = [
    "day": 1, "week": 7, "weekly": 7, "fortnight": 14, "fortnightly": 14, "biweekly": 14,
    "month": 30, "monthly": 30, "bimonthly": 60, "quarter": 91, "quarterly": 91, "year": 365,
    "yearly": 365, "annually": 365,
  ]

  /// Days between meetings in a phrase: a unit with the count before it ("every 3 weeks",
  /// "every other month"), or "twice a month" (a unit shared by two meetings).
  static func days(in text: String) -> Int? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map { $0.hasSuffix("s") && units[String($0.dropLast())] != nil ? String($0.dropLast()) : String($0) }
    for (index, word) in words.enumerated() {
      guard let unit = units[word] else { continue }
      let before = index > 0 ? words[index - 1] : ""
      let twoBefore = index > 1 ? words[index - 2] : ""
      if ["twice", "two"].contains(twoBefore) && ["a", "per", "each", "every"].contains(before) {
        return max(1, unit / 2)
      }
      return unit * max(1, Int(before) ?? numbers[before] ?? 1)
    }
    return nil
  }
}
