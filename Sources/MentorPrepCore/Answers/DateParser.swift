/// Reads the date forms a user types (SPEC §3), relative to a fixed "now".
///
/// `2026-11-26 15:00`, `2026-11-26`, `today`, `tomorrow 9:30`, `thursday 3pm`, `next thursday`,
/// `in 3 days`, `in 2 weeks`, `in a fortnight`, `in 3 months`, `31 dec`, `dec 31 at 10am`, `31 December 2027`.
/// A weekday, and a day and month without a year, mean the next such day after today.
public struct DateParser: Sendable {
  public var now: LocalDateTime

  public init(now: LocalDateTime) {
    self.now = now
  }

  /// What the user can type, for messages: one line of examples.
  public static let forms =
    "friday 15:00, tomorrow 3pm, next monday, in 2 weeks, 31 dec at 10am or 2026-12-31 15:00"

  /// The date `input` names, or nil.
  public func parse(_ input: String) -> LocalDateTime? {
    try? read(input).get()
  }

  /// The date `input` names, or one sentence saying why not (with a suggestion where one helps).
  public func read(_ input: String) -> Result<LocalDateTime, AnswerRejection> {
    let trimmed = input.trimmingWhitespace
    if let exact = LocalDateTime(trimmed) { return Self.withinYears(exact) }
    if let numeric = Self.numericDayMonth(trimmed) { return .failure(numeric) }
    if let checked = weekdayBeforeADate(trimmed) { return checked.flatMap(Self.withinYears) }
    guard let date = readWords(trimmed) else {
      let shown = trimmed.isEmpty ? "That" : "'\(ExportText.line(String(trimmed.prefix(60))))'"
      return .failure(.init("\(shown) is not a date I can read; try \(Self.forms)."))
    }
    return Self.withinYears(date)
  }

  /// `thursday 17 december 10:00`: a weekday before a date that names its own day is checked
  /// against it, not read as the next such weekday; nil where the words are not of that form.
  private func weekdayBeforeADate(_ input: String) -> Result<LocalDateTime, AnswerRejection>? {
    var words = input.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
    if words.first?.lowercased() == "on" { words.removeFirst() }
    guard words.count >= 2, let named = Self.weekday(words[0].lowercased()) else { return nil }
    let rest = words.dropFirst().joined(separator: " ")
    // Only a date with its own day: `friday next week`, `friday 15:00` are not of this form.
    guard let first = words.dropFirst().first?.lowercased(), Self.month(first) != nil || first.first?.isNumber == true,
      Self.parseClock(rest.lowercased()) == nil, let date = LocalDateTime(rest) ?? readWords(rest)
    else { return nil }
    guard date.weekday != named else { return .success(date) }
    let day = "\(date.day) \(LocalDateTime.monthNames[date.month - 1]) \(date.year)"
    return .failure(
      .init(
        "\(day) is a \(LocalDateTime.weekdayNames[date.weekday]), not a \(LocalDateTime.weekdayNames[named])."))
  }

  /// A date is kept with a four-digit year: anything later is refused here, before it is stored.
  private static func withinYears(_ date: LocalDateTime) -> Result<LocalDateTime, AnswerRejection> {
    guard date.year <= 9999 else {
      return .failure(.init("That is after the year 9999; give a date before then."))
    }
    return .success(date)
  }

  private func readWords(_ input: String) -> LocalDateTime? {
    var words = input.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
      .map(String.init)
    guard !words.isEmpty else { return nil }
    var time: (hour: Int, minute: Int)?
    if words.count >= 2, let last = words.last {
      // `3 pm` is one time written as two words.
      if last == "am" || last == "pm", words.count >= 3 {
        time = Self.parseClock(words[words.count - 2] + last)
        if time != nil { words.removeLast(2) }
      } else if let parsed = Self.parseClock(last) {
        time = parsed
        words.removeLast()
      }
      if time != nil, words.last == "at" { words.removeLast() }
    }
    if words.first == "on", words.count > 1 { words.removeFirst() }
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
    case 2 where words[0] == "next":
      return nextWeekday(words[1])
    case 3 where words[0] == "in":
      let count: Int
      if words[1] == "a" || words[1] == "one" {
        count = 1
      } else {
        guard LocalDateTime.isDigits(Substring(words[1])), let number = Int(words[1]),
          (0...3650).contains(number)
        else { return nil }
        count = number
      }
      switch words[2] {
      case "day", "days": return today.adding(days: count)
      case "week", "weeks": return today.adding(days: 7 * count)
      case "fortnight", "fortnights": return today.adding(days: 14 * count)
      case "month", "months": return Self.adding(months: count, to: today)
      default: return nil
      }
    case 2, 3:
      return dayAndMonth(words)
    default:
      return nil
    }
  }

  /// The same day `count` months on, or the month's last day when it is shorter
  /// (`in 1 month` from 31 January is 28 or 29 February).
  static func adding(months count: Int, to day: LocalDateTime) -> LocalDateTime {
    let months = day.year * 12 + (day.month - 1) + count
    let (year, month) = (months / 12, months % 12 + 1)
    var date = day.day
    while date > 28, !LocalDateTime.isValidDay(year: year, month: month, day: date) { date -= 1 }
    return LocalDateTime(year: year, month: month, day: date)
  }

  /// `31 dec`, `dec 31`, `31st December`, with an optional year after them.
  private func dayAndMonth(_ words: [String]) -> LocalDateTime? {
    var year: Int?
    var words = words
    if words.count == 3 {
      guard words[2].count == 4, LocalDateTime.isDigits(Substring(words[2])) else { return nil }
      year = Int(words[2])
      words.removeLast()
    }
    let (dayWord, monthWord) =
      Self.month(words[1]) != nil ? (words[0], words[1]) : (words[1], words[0])
    guard let month = Self.month(monthWord), let day = Self.dayOfMonth(dayWord) else { return nil }
    if let year {
      guard LocalDateTime.isValidDay(year: year, month: month, day: day) else { return nil }
      return LocalDateTime(year: year, month: month, day: day)
    }
    // Without a year: the next such day after today (29 February may be some years ahead).
    for candidate in now.year...(now.year + 8)
    where LocalDateTime.isValidDay(year: candidate, month: month, day: day) {
      let date = LocalDateTime(year: candidate, month: month, day: day)
      if date.dayNumber > now.dayNumber { return date }
    }
    return nil
  }

  private func nextWeekday(_ word: String) -> LocalDateTime? {
    guard let target = Self.weekday(word) else { return nil }
    let today = now.at(hour: nil, minute: nil)
    let ahead = (target - today.weekday + 7) % 7
    return today.adding(days: ahead == 0 ? 7 : ahead)
  }

  // MARK: - Words

  /// 0 for Monday … 6 for Sunday, from the name or its first three letters or more.
  static func weekday(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    return LocalDateTime.weekdayNames.firstIndex { $0.lowercased().hasPrefix(word.lowercased()) }
  }

  /// 1 for January … 12 for December, from the name or its first three letters or more.
  static func month(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    return LocalDateTime.monthNames.firstIndex { $0.lowercased().hasPrefix(word.lowercased()) }
      .map { $0 + 1 }
  }

  /// `31`, `31st`, `2nd`: a day of a month, 1 to 31.
  private static func dayOfMonth(_ word: String) -> Int? {
    var digits = Substring(word)
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
      digits = digits.dropLast(2)
    }
    guard (1...2).contains(digits.count), LocalDateTime.isDigits(digits), let day = Int(digits),
      (1...31).contains(day)
    else { return nil }
    return day
  }

  /// `15:00`, `9:30`, `3pm`, `3:30pm`, `12am`: a time of day.
  static func parseClock(_ word: String) -> (hour: Int, minute: Int)? {
    if let time = LocalDateTime.parseTime(word) { return time }
    let lowered = word.lowercased()
    guard lowered.hasSuffix("am") || lowered.hasSuffix("pm") else { return nil }
    let clock = String(lowered.dropLast(2))
    var hour: Int
    var minute = 0
    if clock.contains(":") {
      guard let time = LocalDateTime.parseTime(clock) else { return nil }
      (hour, minute) = (time.hour, time.minute)
    } else {
      guard (1...2).contains(clock.count), LocalDateTime.isDigits(Substring(clock)), let value = Int(clock)
      else { return nil }
      hour = value
    }
    guard (1...12).contains(hour) else { return nil }
    hour %= 12
    if lowered.hasSuffix("pm") { hour += 12 }
    return (hour, minute)
  }

  /// Whether a word can only begin a date: a digit, a weekday, a month, `today`, `tomorrow`,
  /// `next` or `in`. An action's `by …` that begins so must be read as a date.
  public static func beginsADate(_ word: String) -> Bool {
    let lowered = word.lowercased()
    if let first = lowered.unicodeScalars.first, (0x30...0x39).contains(first.value) { return true }
    return ["today", "tomorrow", "next", "in"].contains(lowered) || weekday(lowered) != nil
      || month(lowered) != nil
  }

  /// `31/12` or `12.31`: a day and a month in numbers, which readers take either way round.
  /// The reason names the month in words, as it should be typed.
  static func numericDayMonth(_ text: String) -> AnswerRejection? {
    let first = text.split(separator: " ").first.map(String.init) ?? ""
    let parts = first.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." })
    guard (2...3).contains(parts.count), parts.allSatisfy({ LocalDateTime.isDigits($0) && $0.count <= 4 }),
      let a = Int(parts[0]), let b = Int(parts[1])
    else { return nil }
    func written(day: Int, month: Int) -> String? {
      guard (1...31).contains(day), (1...12).contains(month) else { return nil }
      return "\(day) \(LocalDateTime.monthNames[month - 1].prefix(3).lowercased())"
    }
    let readings = [written(day: a, month: b), written(day: b, month: a)].compactMap { $0 }
    let suggestion: String
    switch Set(readings).count {
    case 0: return .init("'\(first)' is not a date I can read; write the month as a word, like 31 dec.")
    case 1:
      // Only one reading is a date, but numbers alone are read differently in other countries.
      return .init("'\(first)' is not a form I read; write the month as a word: \(readings[0]).")
    default: suggestion = "\(readings[0]) or \(readings[1])"
    }
    return .init("'\(first)' could be read two ways; write the month as a word: \(suggestion).")
  }
}
