import Foundation
import MentorPrepCore

/// "Now", either fixed by --now or read from the system, as a wall-clock time and an instant.
///
/// The instant and the time zone are worked out only when an export asks for them: the
/// calendar behind them (ICU) cost every start about half a millisecond.
struct WallClock {
  var local: LocalDateTime
  /// The moment read from the system; nil for a fixed clock, whose instant is computed.
  private var readInstant: Date?

  var timeZone: TimeZone { TimeZone.current }

  /// Whether the clock was fixed (`--now`, `$MENTORPREP_NOW`) rather than read from the system.
  var isFixed: Bool { readInstant == nil }

  /// For a fixed clock, the moment its wall-clock time is in the local zone, worked out by the C
  /// library (`mktime`, the zone of `TimeZone.current`) rather than a Foundation calendar,
  /// whose first use cost more than the rest of an export.
  var instant: Date {
    if let readInstant { return readInstant }
    var parts = tm()
    parts.tm_year = Int32(local.year - 1900)
    parts.tm_mon = Int32(local.month - 1)
    parts.tm_mday = Int32(local.day)
    parts.tm_hour = Int32(local.hour ?? 0)
    parts.tm_min = Int32(local.minute ?? 0)
    parts.tm_isdst = -1
    let seconds = mktime(&parts)
    return Date(timeIntervalSince1970: seconds == -1 ? 0 : TimeInterval(seconds))
  }

  init(fixed: LocalDateTime) {
    local = fixed.hasTime ? fixed : fixed.at(hour: 0, minute: 0)
  }

  /// An instant as the local date and time, by the C library (as `system()`).
  static func local(_ date: Date) -> LocalDateTime {
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return LocalDateTime(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
      hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }

  /// The system's time, split into the local date and time by the C library (the same zone
  /// as `TimeZone.current`: $TZ, else /etc/localtime).
  static func system() -> WallClock {
    let date = Date()
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    var clock = WallClock(
      fixed: LocalDateTime(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
        hour: Int(parts.tm_hour), minute: Int(parts.tm_min)))
    clock.readInstant = date
    return clock
  }
}
