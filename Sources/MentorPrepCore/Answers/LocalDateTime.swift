/// A wall-clock date, with a time of day when one was given, in the user's own time zone.
///
/// Meetings and due dates are agreed in local time, so they are kept as such; exports turn them
/// into what their format needs.
public struct LocalDateTime: Sendable, Hashable, Comparable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int?
  public var minute: Int?

  public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = hour == nil ? nil : (minute ?? 0)
  }

  public var hasTime: Bool { hour != nil }

  /// The same day with another time of day (or none).
  public func at(hour: Int?, minute: Int?) -> LocalDateTime {
    LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
  }

  /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic on days.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The day with this day number, keeping no time of day.
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// 0 for Monday … 6 for Sunday.
  public var weekday: Int {
    ((dayNumber % 7) + 7 + 3) % 7
  }

  /// The date some days later, keeping the time of day.
  public func adding(days: Int) -> LocalDateTime {
    LocalDateTime(dayNumber: dayNumber + days).at(hour: hour, minute: minute)
  }

  /// Whether year, month and day name a real calendar day.
  public static func isValidDay(year: Int, month: Int, day: Int) -> Bool {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
    let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Minutes since 1970-01-01 00:00, counting a day without time as its midnight.
  public var minuteNumber: Int {
    dayNumber * 1440 + (hour ?? 0) * 60 + (minute ?? 0)
  }

  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    (lhs.minuteNumber, lhs.hasTime ? 1 : 0) < (rhs.minuteNumber, rhs.hasTime ? 1 : 0)
  }

  public static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `Thursday 26 November 2026, 15:00`: the form a person reads in a message.
  public var spoken: String {
    var text = "\(Self.weekdayNames[weekday]) \(day) \(Self.monthNames[month - 1]) \(year)"
    if let hour, let minute { text += ", " + Self.pad(hour) + ":" + Self.pad(minute) }
    return text
  }

  static func pad(_ value: Int, width: Int = 2) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension LocalDateTime: CustomStringConvertible, LosslessStringConvertible, Codable {
  /// `2026-11-26 15:00` or `2026-11-26`: the form users type and the record keeps.
  public var description: String {
    written(separator: UInt8(ascii: " "))
  }

  /// ISO 8601: `2026-11-26T15:00` or `2026-11-26`.
  public var iso8601: String {
    written(separator: UInt8(ascii: "T"))
  }

  /// The date with `separator` before the time of day, its digits written into a few bytes:
  /// `list` writes two dates for each of tens of thousands of sessions, and joining padded
  /// strings took a quarter of its time.
  private func written(separator: UInt8) -> String {
    guard let length = digitsLength else {
      var text = Self.pad(year, width: 4) + "-" + Self.pad(month) + "-" + Self.pad(day)
      if let hour, let minute {
        text += String(UnicodeScalar(separator)) + Self.pad(hour) + ":" + Self.pad(minute)
      }
      return text
    }
    return String(unsafeUninitializedCapacity: length) { bytes in fill(bytes, separator: separator) }
  }

  /// Appends the bytes of `description` (or, with `T`, of `iso8601`) to `bytes`, for a writer
  /// that collects bytes rather than strings (`list`'s table).
  public func appendText(separator: UInt8 = UInt8(ascii: " "), to bytes: inout [UInt8]) {
    guard digitsLength != nil else {
      bytes.append(contentsOf: written(separator: separator).utf8)
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<fill(digits, separator: separator)]))
    }
  }

  /// 10 or 16, the bytes of the written form, when every field has its usual number of digits.
  private var digitsLength: Int? {
    let twoDigits = 0...99
    guard (0...9999).contains(year), twoDigits.contains(month), twoDigits.contains(day),
      twoDigits.contains(hour ?? 0), twoDigits.contains(minute ?? 0)
    else { return nil }
    return hour == nil || minute == nil ? 10 : 16
  }

  /// Writes the written form into `bytes` (room for `digitsLength` of them); its length.
  private func fill(_ bytes: UnsafeMutableBufferPointer<UInt8>, separator: UInt8) -> Int {
    let zero = UInt8(ascii: "0")
    func two(_ value: Int, at offset: Int) {
      bytes[offset] = zero + UInt8(value / 10)
      bytes[offset + 1] = zero + UInt8(value % 10)
    }
    two(year / 100, at: 0)
    two(year % 100, at: 2)
    bytes[4] = UInt8(ascii: "-")
    two(month, at: 5)
    bytes[7] = UInt8(ascii: "-")
    two(day, at: 8)
    guard let hour, let minute else { return 10 }
    bytes[10] = separator
    two(hour, at: 11)
    bytes[13] = UInt8(ascii: ":")
    two(minute, at: 14)
    return 16
  }

  /// Reads `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM[:SS]`.
  public init?(_ text: String) {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
    guard (1...2).contains(parts.count) else { return nil }
    let dayParts = parts[0].split(separator: "-", omittingEmptySubsequences: false)
    guard dayParts.count == 3, dayParts[0].count == 4, dayParts[1].count == 2,
      dayParts[2].count == 2, dayParts.allSatisfy(Self.isDigits),
      let year = Int(dayParts[0]), let month = Int(dayParts[1]), let day = Int(dayParts[2]),
      Self.isValidDay(year: year, month: month, day: day)
    else { return nil }
    var hour: Int?
    var minute: Int?
    if parts.count == 2 {
      guard let time = Self.parseTime(String(parts[1])) else { return nil }
      (hour, minute) = (time.hour, time.minute)
    }
    self.init(year: year, month: month, day: day, hour: hour, minute: minute)
  }

  /// Reads `HH:MM` or `HH:MM:SS` (seconds are dropped), 24-hour clock.
  static func parseTime(_ text: String) -> (hour: Int, minute: Int)? {
    let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(pieces.count),
      pieces.allSatisfy({ (1...2).contains($0.count) && isDigits($0) }),
      let hour = Int(pieces[0]), let minute = Int(pieces[1]), (0...23).contains(hour),
      (0...59).contains(minute), pieces.count == 2 || (Int(pieces[2]).map { (0...59).contains($0) } ?? false)
    else { return nil }
    return (hour, minute)
  }

  /// Only ASCII digits: `Int("+7")` would otherwise accept a sign.
  static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = LocalDateTime(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date (YYYY-MM-DD[THH:MM])")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso8601)
  }
}
