import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep actions`: the actions of every session, with owner, due date and status.
struct ActionsCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "actions", abstract: "List actions with owner, due date, status and session.")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Only the actions not yet done.")
  var open = false

  @Option(name: .customLong("with"), help: ArgumentHelp("Only the actions agreed with this partner.", valueName: "name"))
  var partner: String?

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let rows: [ActionRow]
    do {
      rows = try workspace.store.actions(openOnly: open, partner: partner)
    } catch {
      throw .store(error)
    }
    if json {
      Output.json(rows)
      return 0
    }
    guard !rows.isEmpty else {
      print(open ? "No open actions." : "No actions yet.")
      return 0
    }
    var table = Output.Table(header: ["Ref", "Action", "Owner", "Due", "Status", "Partner"], rows: rows.count)
    for row in rows {
      table.add(row.ref)
      table.add(row.text)
      table.add(row.ownerName)
      table.add(row.due?.description ?? "-")
      table.add(row.status.label)
      table.add(row.partner ?? "-")
    }
    table.write()
    return 0
  }
}
