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
    if let home = environment["MENTORPREP_HOME"], !home.isEmpty { return home }
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/mentorprep" }
    let userHome = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return userHome + "/.local/share/mentorprep"
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
struct Clock {
  var local: LocalDateTime
  var instant: Date
  var timeZone: TimeZone

  init(fixed: LocalDateTime) {
    timeZone = TimeZone.current
    local = fixed.hasTime ? fixed : fixed.at(hour: 0, minute: 0)
    var components = DateComponents()
    (components.year, components.month, components.day) = (local.year, local.month, local.day)
    (components.hour, components.minute) = (local.hour, local.minute)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    instant = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
  }

  static func system() -> Clock {
    let date = Date()
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    var clock = Clock(
      fixed: LocalDateTime(
        year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour,
        minute: parts.minute))
    clock.instant = date
    return clock
  }
}
