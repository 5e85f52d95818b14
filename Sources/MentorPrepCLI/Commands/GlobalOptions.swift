import ArgumentParser
import Foundation
import MentorPrepCore

/// The options every command takes (SPEC §2).
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The folder holding the sessions (default: $MENTORPREP_HOME, else $XDG_DATA_HOME/mentorprep, else ~/.local/share/mentorprep).",
      valueName: "dir"))
  var home: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Fix the clock, as YYYY-MM-DD HH:MM (also $MENTORPREP_NOW), for reproducible transcripts and exports.",
      valueName: "datetime"))
  var now: String?

  @Flag(name: .long, help: "Never use colour (also $NO_COLOR).")
  var noColor = false

  func validate() throws {
    if let now, LocalDateTime(now) == nil {
      throw ValidationError("--now must be a date and time like 2026-11-20 09:00, not '\(now)'.")
    }
    if let env = environment["MENTORPREP_NOW"], !env.isEmpty, now == nil,
      LocalDateTime(env) == nil
    {
      throw ValidationError("MENTORPREP_NOW must be a date and time like 2026-11-20 09:00, not '\(env)'.")
    }
  }

  var environment: [String: String] { Self.environment }

  /// The variables mentorprep reads, read once: `ProcessInfo` builds the dictionary anew each
  /// time it is asked, and a first prompt asked seven times (a tenth of its instructions).
  /// Only these are read, by name: a dictionary of the whole environment (forty variables
  /// in a usual shell) cost a first prompt 0.8 M instructions.
  static let environment: [String: String] = {
    var found: [String: String] = [:]
    for name in environmentNames {
      if let value = getenv(name) { found[name] = String(cString: value) }
    }
    return found
  }()

  /// Every variable read from `environment`.
  static let environmentNames = [
    "MENTORPREP_HOME", "MENTORPREP_NOW", "MENTORPREP_RUN_BY", "XDG_DATA_HOME", "HOME", "NO_COLOR",
    "TERM", "ACCESSIBLE", "COLUMNS",
  ]

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
    guard let home, home != defaultHome(environment: environment) else { return "" }
    return " --home " + shellQuoted(home)
  }

  /// A mentorprep command line suggested to the user (`resume 2 --home H`), as they can run it:
  /// `mentorprep …`, or, when `make run` started this process (it sets `MENTORPREP_RUN_BY=make`)
  /// and so `mentorprep` need not be on the PATH, `make run ARGS="…"`.
  static func suggested(_ arguments: String) -> String {
    guard environment["MENTORPREP_RUN_BY"] == "make" else {
      return "mentorprep " + arguments
    }
    // Inside double quotes the shell keeps the single quotes of a quoted path for make's own.
    let plain = arguments.unicodeScalars.allSatisfy { !" '\"$`\\".unicodeScalars.contains($0) }
    return "make run ARGS=" + (plain ? arguments : "\"" + arguments + "\"")
  }

  /// A path as a shell reads it back: as it is when plain, else in single quotes.
  static func shellQuoted(_ path: String) -> String {
    let safe = path.unicodeScalars.allSatisfy { scalar in
      CharacterSet.alphanumerics.contains(scalar) || "/._-+=:,@%~".unicodeScalars.contains(scalar)
    }
    return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  var clock: WallClock {
    let fixed = now ?? environment["MENTORPREP_NOW"].flatMap { $0.isEmpty ? nil : $0 }
    return fixed.flatMap(LocalDateTime.init).map(WallClock.init(fixed:)) ?? WallClock.system()
  }

  var colorAllowed: Bool {
    Console.colorAllowed(noColorFlag: noColor, environment: environment)
  }

  /// Whether output is for a screen reader (SPEC §2): `TERM=dumb`, or `ACCESSIBLE` set to
  /// anything but `0` or `false`. Like `--plain`: plain prompts, no line editor, no colour,
  /// charts in ASCII.
  var accessible: Bool {
    if environment["TERM"] == "dumb" { return true }
    guard let value = environment["ACCESSIBLE"]?.lowercased(), !value.isEmpty else { return false }
    return value != "0" && value != "false"
  }
}
