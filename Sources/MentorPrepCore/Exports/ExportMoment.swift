import Foundation

/// The moment an export is made: an instant and the user's time zone, written the ways mail and
/// calendar files want it. Works on plain arithmetic, so no locale can change the output.
struct ExportMoment: Sendable, Equatable {
  var instant: Date
  var timeZone: TimeZone

  /// Whole seconds since 1970 (fractions are dropped, as every format here counts seconds).
  private var seconds: Int { Int(instant.timeIntervalSince1970.rounded(.down)) }

  /// The user's offset from UTC at that instant, in seconds.
  var offset: Int { timeZone.secondsFromGMT(for: instant) }

  /// `20261120T090000Z`: UTC in the basic ISO 8601 form of iCalendar's DTSTAMP.
  var utcStamp: String {
    let parts = Self.split(seconds)
    return LocalDateTime.pad(parts.day.year, width: 4) + LocalDateTime.pad(parts.day.month)
      + LocalDateTime.pad(parts.day.day) + "T" + LocalDateTime.pad(parts.hour)
      + LocalDateTime.pad(parts.minute) + LocalDateTime.pad(parts.second) + "Z"
  }

  /// `Fri, 20 Nov 2026 10:00:00 +0100`: RFC 5322's date-time, in the user's time zone.
  var rfc5322: String {
    let parts = Self.split(seconds + offset)
    let day = parts.day
    let weekday = String(LocalDateTime.weekdayNames[day.weekday].prefix(3))
    let month = String(LocalDateTime.monthNames[day.month - 1].prefix(3))
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset) / 60
    return "\(weekday), \(day.day) \(month) \(LocalDateTime.pad(day.year, width: 4)) "
      + LocalDateTime.pad(parts.hour) + ":" + LocalDateTime.pad(parts.minute) + ":"
      + LocalDateTime.pad(parts.second) + " " + sign + LocalDateTime.pad(minutes / 60)
      + LocalDateTime.pad(minutes % 60)
  }

  private static func split(_ seconds: Int) -> (
    day: LocalDateTime, hour: Int, minute: Int, second: Int
  ) {
    let days = Int((Double(seconds) / 86_400).rounded(.down))
    let rest = seconds - days * 86_400
    return (LocalDateTime(dayNumber: days), rest / 3600, rest % 3600 / 60, rest % 60)
  }
}
