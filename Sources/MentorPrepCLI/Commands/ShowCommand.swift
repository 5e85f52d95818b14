import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep show`: one session's whole record.
struct ShowCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a session's whole record, answers keyed by question id.")

  @OptionGroup var global: GlobalOptions

  @OptionGroup var chosen: SessionArgument

  @Flag(help: "Print the record as JSON (the json export).")
  var json = false

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let number = try workspace.resolve(chosen.session)
    if json {
      let text = try workspace.exporter.render(session: number, format: .json)
      Output.document(TerminalText(document: text))
      return 0
    }
    // One read of the session serves the record and the list being typed.
    let stored = try fromStore { () throws(StoreError) in try workspace.store.loadSession(number) }
    let record = stored.record(bank: workspace.bank)
    let partner = record.partner ?? "(partner not named yet)"
    Output.line("Session \(record.number) with \(partner), as \(record.role?.rawValue ?? "?")")
    Output.line(
      "Created \(record.createdAt), last saved \(record.updatedAt); reached \(record.phaseReached.rawValue); \(record.completed ? "complete" : "not complete")"
    )
    var shown: Set<String> = []
    for state in workspace.bank.statesInConversationOrder {
      let keys = state.answeredKeys(in: record.answers)
      Self.section("\(state.title) (\(state.id))", keys, record)
      shown.formUnion(keys)
    }
    // Answers to questions this bank does not have (the session was held with another) are
    // shown too, never left out.
    Self.section("Not in this question bank", record.answers.keys.filter { !shown.contains($0) }.sorted(), record)
    if let (key, items) = Self.draftInProgress(stored, in: workspace) {
      Output.line("")
      Output.line("Being typed")
      Output.line("  \(key) (so far): \(items.summary)")
    }
    if !record.actions.isEmpty {
      Output.line("")
      Output.line("Actions")
      for action in record.actions {
        let due = action.item.due.map { " by \($0)" } ?? ""
        Output.line(
          "  \(action.ref) [\(action.status.label)] \(action.item.text) — \(record.ownerName(action.item.owner))\(due)")
      }
    }
    return 0
  }

  /// A heading and its answers, one per line; nothing when there are none.
  private static func section(_ heading: TerminalText, _ keys: [String], _ record: SessionRecord) {
    guard !keys.isEmpty else { return }
    Output.line("")
    Output.line(heading)
    for key in keys {
      if let answer = record.answers[key] { Output.line("  \(key): \(answer.summary)") }
    }
  }

  /// The list a paused conversation was typing, which is saved with its position rather than as
  /// an answer; nil when there is none or the bank no longer knows the position.
  private static func draftInProgress(_ stored: StoredSession, in workspace: Workspace) -> (key: String, items: Answer)?
  {
    let context = DialogueContext(now: workspace.clock.local, sessionNumber: stored.number)
    let dialogue = try? Dialogue(
      bank: workspace.bank, context: context, answers: stored.answers, progress: stored.progress)
    return dialogue?.draftInProgress
  }
}
