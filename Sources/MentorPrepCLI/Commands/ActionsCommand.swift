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

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp("Only the actions agreed with this partner.", valueName: "name"),
    completion: StoreCompletion.partners)
  var partner: String?

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Argument(
    help: ArgumentHelp(
      "`done REF...` or `drop REF...` settles actions between meetings (REF as listed, e.g. 2.1).",
      valueName: "done|drop REF"))
  var settling: [String] = []

  func validate() throws {
    guard let verb = settling.first else { return }
    guard settlement(verb) != nil else {
      throw ValidationError("Unknown action command '\(verb)'; use `actions done REF...` or `actions drop REF...`.")
    }
    let refs = settling.dropFirst()
    guard !refs.isEmpty else { throw ValidationError("Name the actions to mark \(verb), e.g. `actions \(verb) 2.1`.") }
    for ref in refs where ref.wholeMatch(of: /[1-9][0-9]*\.[1-9][0-9]*|r[1-9][0-9]*/) == nil {
      throw ValidationError(
        "'\(ref)' is not an action ref; refs look like 2.1 (session.number), or r1 for one your partner's record brought."
      )
    }
    guard !open, partner == nil, !json else {
      throw ValidationError("`actions \(verb)` takes only refs, not --open, --with or --json.")
    }
  }

  /// The status a settling word gives an action.
  private func settlement(_ verb: String) -> ActionStatus? {
    switch verb {
    case "done": .done
    case "drop": .dropped
    default: nil
    }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    if let verb = settling.first, let status = settlement(verb) {
      let refs = Array(settling.dropFirst())
      try fromStore { () throws(StoreError) in try workspace.store.settleActions(refs, as: status) }
      Output.line("Marked \(refs.joined(separator: ", ")) \(status.label).")
      return 0
    }
    let partner = try partner.flatMap { name throws(MentorPrepError) in try workspace.partner(named: name) }
    let rows = try fromStore { () throws(StoreError) in
      try workspace.store.actions(openOnly: open, partner: partner, damaged: { MentorPrepError.store($0).report() })
    }
    if json {
      Output.json(rows)
      return 0
    }
    guard !rows.isEmpty else {
      Output.line(open ? "No open actions." : "No actions yet.")
      return 0
    }
    // Who agreed each action is a column once a partner's record brought one (SPEC §7).
    let received = rows.contains { $0.agreedBy != nil }
    var table = Output.Table(
      header: ["Ref", "Action", "Owner", "Due", "Status", "Partner"] + (received ? ["Agreed by"] : []), rows: rows.count
    )
    for row in rows {
      table.add(row.ref)
      table.add(row.text)
      table.add(row.ownerName)
      table.add(row.due?.description ?? "-")
      table.add(row.status.label)
      table.add(row.partner ?? "-")
      if received { table.add(row.agreedBy ?? "you") }
    }
    table.write()
    return 0
  }
}
