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
      Output.write(Data(text.utf8))
      return 0
    }
    let record = try workspace.exporter.record(session: number)
    let partner = record.partner ?? "(partner not named yet)"
    Output.line("Session \(record.number) with \(partner), as \(record.role?.rawValue ?? "?")")
    Output.line("Created \(record.createdAt), last saved \(record.updatedAt); reached \(record.phaseReached.rawValue); \(record.completed ? "complete" : "not complete")")
    for state in workspace.bank.states {
      let keys = state.questions.flatMap { question in
        ([question.id] + record.answers.keys.filter { AnswerKey.isItem($0, of: question.id) }.sorted())
          .filter { record.answers[$0] != nil }
      }
      guard !keys.isEmpty else { continue }
      Output.line("")
      Output.line("\(state.title) (\(state.id))")
      for key in keys {
        if let answer = record.answers[key] { Output.line("  \(key): \(answer.summary)") }
      }
    }
    if let (key, items) = try Self.draftInProgress(session: number, in: workspace) {
      Output.line("")
      Output.line("Being typed")
      Output.line("  \(key) (so far): \(items.summary)")
    }
    if !record.actions.isEmpty {
      Output.line("")
      Output.line("Actions")
      for action in record.actions {
        let due = action.item.due.map { " by \($0)" } ?? ""
        Output.line("  \(action.ref) [\(action.status.label)] \(action.item.text) — \(record.ownerName(action.item.owner))\(due)")
      }
    }
    return 0
  }

  /// The list a paused conversation was typing, which is saved with its position rather than as
  /// an answer; nil when there is none or the bank no longer knows the position.
  private static func draftInProgress(session: Int, in workspace: Workspace) throws(MentorPrepError)
    -> (key: String, items: Answer)?
  {
    let stored = try fromStore { () throws(StoreError) in try workspace.store.loadSession(session) }
    let context = DialogueContext(now: workspace.clock.local, sessionNumber: session)
    let dialogue = try? Dialogue(bank: workspace.bank, context: context, answers: stored.answers, progress: stored.progress)
    return dialogue?.draftInProgress
  }
}
