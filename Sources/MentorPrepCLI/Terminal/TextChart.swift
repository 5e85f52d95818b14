import Foundation
import MentorPrepCore

/// Charts drawn in text: bars and a time line as wide as the screen, in Unicode blocks or, for
/// `--plain` and `TERM=dumb`, in plain ASCII.
struct TextChart {
  /// Columns to fill.
  var width: Int
  /// Unicode blocks and lines; plain ASCII when false.
  var unicode: Bool

  /// `$COLUMNS`, else the terminal's width, else 80; never narrower than 20.
  static func width(environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      return max(20, columns)
    }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return max(20, Int(size.ws_col))
    }
    return 80
  }

  /// A bar `length` columns long filled to `fraction` (0…1): eighths of a block in Unicode,
  /// `#` on `.` in ASCII.
  func bar(_ fraction: Double, length: Int) -> String {
    let length = max(1, length)
    let clamped = min(1, max(0, fraction))
    guard unicode else {
      let filled = Int((clamped * Double(length)).rounded())
      return String(repeating: "#", count: filled) + String(repeating: ".", count: length - filled)
    }
    let eighths = Int((clamped * Double(length * 8)).rounded())
    let full = eighths / 8
    let partial = eighths % 8
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    let head = String(repeating: "█", count: full) + partials[partial]
    return head + String(repeating: "░", count: length - full - (partial > 0 ? 1 : 0))
  }

  /// A line `length` columns long with a mark at each day, placed by its distance from the
  /// first; a stretch longer than `longestGap` days is drawn dotted.
  func timeLine(days: [Int], length: Int, longestGap: Int?) -> String {
    let length = max(2, length)
    guard let first = days.first, let last = days.last, last > first else {
      return unicode ? "●" : "o"
    }
    let span = Double(last - first)
    let positions = days.map { Int((Double($0 - first) / span * Double(length - 1)).rounded()) }
    var cells = Array(repeating: unicode ? "─" : "-", count: length)
    for index in 1..<days.count where longestGap.map({ days[index] - days[index - 1] > $0 }) ?? false {
      for cell in (positions[index - 1] + 1)..<max(positions[index - 1] + 1, positions[index]) {
        cells[cell] = unicode ? "┄" : "."
      }
    }
    for position in positions { cells[position] = unicode ? "●" : "o" }
    return cells.joined()
  }

  private static let weekdays = LocalDateTime.weekdayNames.map { String($0.prefix(3)) }
  private static let months = LocalDateTime.monthNames.map { String($0.prefix(3)) }

  /// `Fri 4 Dec 2026`, with `, 15:00` when the date has a time. (`due` writes one for each of
  /// thousands of actions: built from ready pieces, not formatted.)
  static func shortDate(_ date: LocalDateTime) -> String {
    var text = weekdays[date.weekday]
    text.reserveCapacity(24)
    text += " "
    text += shortDay(date)
    if let hour = date.hour, let minute = date.minute {
      text += hour < 10 ? ", 0" : ", "
      text += String(hour)
      text += minute < 10 ? ":0" : ":"
      text += String(minute)
    }
    return text
  }

  /// `4 Dec 2026`: the day alone, short.
  static func shortDay(_ date: LocalDateTime) -> String {
    var text = String(date.day)
    text += " "
    text += months[date.month - 1]
    text += " "
    text += String(date.year)
    return text
  }

  /// A fraction as a whole percentage: `67%`.
  static func percent(_ fraction: Double) -> String {
    "\(Int((fraction * 100).rounded()))%"
  }
}
