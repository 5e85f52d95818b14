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
    let sessions: [SessionSummary]
    do {
      sessions = try workspace.store.sessions()
    } catch {
      throw .store(error)
    }
    if json {
      Output.json(sessions)
      return 0
    }
    guard !sessions.isEmpty else {
      print("No sessions yet; run `mentorprep start` to begin one.")
      return 0
    }
    var table = [["#", "Created", "Meeting", "Partner", "Role", "Phase", "Status"]]
    for session in sessions {
      table.append([
        String(session.number), session.createdAt.description, session.meetingAt?.description ?? "-",
        session.partner ?? "-", session.role?.rawValue ?? "-", session.phaseReached.rawValue,
        session.completed ? "complete" : "open",
      ])
    }
    Output.table(table)
    return 0
  }
}
