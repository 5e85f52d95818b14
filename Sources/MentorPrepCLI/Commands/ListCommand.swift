import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep list`: every session, one line each.
struct ListCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the sessions: number, date, partner, role, phase reached.")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    // A damaged session is named on stderr; the others are listed (SPEC §6).
    let sessions = try fromStore { () throws(StoreError) in
      try workspace.store.sessions(damaged: { MentorPrepError.store($0).report() })
    }
    if json {
      Output.json(sessions)
      return 0
    }
    guard !sessions.isEmpty else {
      Output.line("No sessions yet; run `mentorprep start` to begin one.")
      return 0
    }
    var table = Output.Table(
      header: ["#", "Created", "Meeting", "Partner", "Role", "Phase", "Status"], rows: sessions.count)
    for session in sessions {
      table.add(number: session.number)
      table.add(session.createdAt)
      table.add(session.meetingAt)
      table.add(session.partner ?? "-")
      table.add(ascii: session.role?.rawValue ?? "-")
      table.add(ascii: session.phaseReached.rawValue)
      table.add(ascii: session.completed ? "complete" : "open")
    }
    table.write()
    return 0
  }
}
