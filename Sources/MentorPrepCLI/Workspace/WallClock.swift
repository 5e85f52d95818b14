import Foundation
import MentorPrepCore
import MentorPrepStore

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

  /// For a fixed clock, the moment its wall-clock time is in the local zone (as the store
  /// works it out).
  var instant: Date { readInstant ?? ChangeClock.instant(of: local) }

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
    var clock = WallClock(fixed: local(date))
    clock.readInstant = date
    return clock
  }
}
