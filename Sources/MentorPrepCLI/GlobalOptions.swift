import ArgumentParser
import Foundation
import MentorPrepCore

/// The options every command takes (SPEC §2).
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The folder holding the sessions (default: $MENTORPREP_HOME, else $XDG_DATA_HOME/mentorprep, else ~/.local/share/mentorprep).", valueName: "dir"))
  var home: String?

  @Option(name: .long, help: ArgumentHelp("Fix the clock, as YYYY-MM-DD HH:MM (also $MENTORPREP_NOW), for reproducible transcripts and exports.", valueName: "datetime"))
  var now: String?

  @Flag(name: .long, help: "Never use colour (also $NO_COLOR).")
  var noColor = false

  func validate() throws {
    if let now, LocalDateTime(now) == nil {
      throw ValidationError("--now must be a date and time like 2026-11-20 09:00, not '\(now)'.")
    }
    if let env = ProcessInfo.processInfo.environment["MENTORPREP_NOW"], !env.isEmpty, now == nil,
      LocalDateTime(env) == nil
    {
      throw ValidationError("MENTORPREP_NOW must be a date and time like 2026-11-20 09:00, not '\(env)'.")
    }
  }

  var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// SPEC §1: --home, else $MENTORPREP_HOME, else $XDG_DATA_HOME/mentorprep, else ~/.local/share/mentorprep.
  var homePath: String {
    if let home, !home.isEmpty { return home }
    return Self.defaultHome(environment: environment)
  }

  /// The home used when no `--home` is given.
  static func defaultHome(environment: [String: String]) -> String {
    if let home = environment["MENTORPREP_HOME"], !home.isEmpty { return home }
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/mentorprep" }
    let userHome = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return userHome + "/.local/share/mentorprep"
  }

  /// ` --home DIR` (quoted for the shell) for a command suggested to the user, so that it finds
  /// the same home; empty when that home is the default one.
  static func homeOption(for home: String?) -> String {
    guard let home, home != defaultHome(environment: ProcessInfo.processInfo.environment) else { return "" }
    let safe = home.unicodeScalars.allSatisfy { scalar in
      CharacterSet.alphanumerics.contains(scalar) || "/._-+=:,@%~".unicodeScalars.contains(scalar)
    }
    return " --home " + (safe ? home : "'" + home.replacingOccurrences(of: "'", with: "'\\''") + "'")
  }

  var clock: Clock {
    let fixed = now ?? environment["MENTORPREP_NOW"].flatMap { $0.isEmpty ? nil : $0 }
    return fixed.flatMap(LocalDateTime.init).map(Clock.init(fixed:)) ?? Clock.system()
  }

  var colorAllowed: Bool {
    Console.colorAllowed(noColorFlag: noColor, environment: environment)
  }
}

/// "Now", either fixed by --now or read from the system, as a wall-clock time and an instant.
///
/// The instant and the time zone are worked out only when an export asks for them: the
/// calendar behind them (ICU) cost every start about half a millisecond.
struct Clock {
  var local: LocalDateTime
  /// The moment read from the system; nil for a fixed clock, whose instant is computed.
  private var readInstant: Date?

  var timeZone: TimeZone { TimeZone.current }

  var instant: Date {
    if let readInstant { return readInstant }
    var components = DateComponents()
    (components.year, components.month, components.day) = (local.year, local.month, local.day)
    (components.hour, components.minute) = (local.hour, local.minute)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
  }

  init(fixed: LocalDateTime) {
    local = fixed.hasTime ? fixed : fixed.at(hour: 0, minute: 0)
  }

  /// The system's time, split into the local date and time by the C library (the same zone
  /// as `TimeZone.current`: $TZ, else /etc/localtime).
  static func system() -> Clock {
    let date = Date()
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    var clock = Clock(
      fixed: LocalDateTime(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
        hour: Int(parts.tm_hour), minute: Int(parts.tm_min)))
    clock.readInstant = date
    return clock
  }
}
