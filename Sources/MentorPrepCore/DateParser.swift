/// Reads the date forms a user types (SPEC §3), relative to a fixed "now".
///
/// `2026-11-26 15:00`, `2026-11-26`, `today`, `tomorrow 9:30`, `thursday 15:00`,
/// `next thursday`, `in 3 days`, `in 2 weeks`. A weekday means the next such day after today.
public struct DateParser: Sendable {
  public var now: LocalDateTime

  public init(now: LocalDateTime) {
    self.now = now
  }

  /// What the user can type, for messages.
  public static let forms = "YYYY-MM-DD [HH:MM], today or tomorrow [HH:MM], a weekday [HH:MM], or in N days/weeks"

  public func parse(_ input: String) -> LocalDateTime? {
    if let exact = LocalDateTime(input.trimmingWhitespace) { return exact }
    var words = input.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return nil }
    var time: (hour: Int, minute: Int)?
    if let last = words.last, let parsed = LocalDateTime.parseTime(last) {
      time = parsed
      words.removeLast()
      if words.last == "at" { words.removeLast() }
    }
    guard let day = parseDay(words) else { return nil }
    return day.at(hour: time?.hour, minute: time?.minute)
  }

  private func parseDay(_ words: [String]) -> LocalDateTime? {
    let today = now.at(hour: nil, minute: nil)
    switch words.count {
    case 1:
      if words[0] == "today" { return today }
      if words[0] == "tomorrow" { return today.adding(days: 1) }
      if let exact = LocalDateTime(words[0]) { return exact }
      return nextWeekday(words[0])
    case 2 where words[0] == "next" || words[0] == "on":
      return nextWeekday(words[1])
    case 3 where words[0] == "in":
      guard LocalDateTime.isDigits(Substring(words[1])), let count = Int(words[1]), (0...3650).contains(count)
      else { return nil }
      switch words[2] {
      case "day", "days": return today.adding(days: count)
      case "week", "weeks": return today.adding(days: 7 * count)
      default: return nil
      }
    default:
      return nil
    }
  }

  private func nextWeekday(_ word: String) -> LocalDateTime? {
    guard word.count >= 3,
      let target = LocalDateTime.weekdayNames.firstIndex(where: { $0.lowercased().hasPrefix(word) })
    else { return nil }
    let today = now.at(hour: nil, minute: nil)
    let ahead = (target - today.weekday + 7) % 7
    return today.adding(days: ahead == 0 ? 7 : ahead)
  }
}
