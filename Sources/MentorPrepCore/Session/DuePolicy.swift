/// What `due` counts as overdue, coming and ahead (SPEC §2), apart from how the store reads it:
/// a date alone is due all that day, a time until that minute; the window is today and the
/// `days` after it; a meeting whose after phase is not finished is followed up once it has
/// begun, and overdue a day after; the user's own overdue actions come before the partners'.
public struct DuePolicy: Sendable, Equatable {
  public let now: LocalDateTime
  public let days: Int

  public init(now: LocalDateTime, within days: Int) {
    self.now = now
    self.days = days
  }

  public var today: LocalDateTime { now.at(hour: nil, minute: nil) }

  /// The first day past the window.
  public var end: LocalDateTime { today.adding(days: days + 1) }

  /// Whether an action dated `due` is past it.
  public func isOverdue(_ due: LocalDateTime) -> Bool {
    due.hasTime ? due < now : due < today
  }

  /// Whether a meeting at `date` is still to come and starts before the window's end.
  public func isAhead(_ date: LocalDateTime) -> Bool {
    (date.hasTime ? date >= now : date >= today) && date < end
  }

  /// Whether a meeting at `meeting` wants its follow-up (it has begun), and whether that is
  /// overdue (a day has passed since it began).
  public func followUp(after meeting: LocalDateTime) -> (isDue: Bool, isOverdue: Bool) {
    let start = meeting.hasTime ? meeting : meeting.at(hour: 0, minute: 0)
    return (start <= now, start.adding(days: 1) < now)
  }

  /// Overdue items in the order `due` lists them: the user's own first, each side in its order.
  public static func mineFirst<Item>(_ items: [Item], isMine: (Item) -> Bool) -> [Item] {
    items.filter(isMine) + items.filter { !isMine($0) }
  }
}
