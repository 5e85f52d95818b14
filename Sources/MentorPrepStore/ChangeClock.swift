import Foundation
import MentorPrepCore

/// The time the store stamps on a change to an action (`updated_at`, SPEC §7), by which two
/// partners' records merge: the system's, or the fixed clock of `--now`, so that a scripted
/// exchange is reproducible and its steps are ordered as the script dates them.
public final class ChangeClock: @unchecked Sendable {
  private let lock = NSLock()
  private var source: @Sendable () -> Date = { Date() }

  func use(_ clock: @escaping @Sendable () -> Date) {
    lock.withLock { source = clock }
  }

  /// Now, in UTC to the second: `2026-12-08T09:30:00Z`, written by the C library (a Foundation
  /// formatter would load a calendar on the save path).
  var now: String { ExchangeRecord.utc(lock.withLock { source }()) }

  /// The moment a wall-clock time is in the local zone, worked out by the C library (`mktime`,
  /// the zone of `TimeZone.current`) rather than a Foundation calendar, whose first use costs
  /// more than the rest of an export.
  public static func instant(of local: LocalDateTime) -> Date {
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
}
