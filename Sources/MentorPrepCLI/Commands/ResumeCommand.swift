import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep resume`: continue a saved session at its next question, or at a phase.
struct ResumeCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "Continue a saved session where it stopped.")

  @OptionGroup var global: GlobalOptions

  @OptionGroup var chosen: SessionArgument

  @Option(help: "Go to the start of this phase instead: before, during or after.")
  var phase: Phase?

  @OptionGroup var conversation: ConversationOptions

  func execute() throws(MentorPrepError) -> Int32 {
    try begin()
    return 0
  }

  /// The session's work without the terminal: `io` holds the conversation with another line
  /// reader and console (a test's); nil, with this terminal's.
  func begin(io: (reader: LineReader, console: Console)? = nil) throws(MentorPrepError) {
    let workspace = try Workspace(options: global, bank: BankSource(folder: conversation.bank))
    let number = try workspace.resolve(chosen.session)
    let lock = try workspace.lock(number)
    defer { withExtendedLifetime(lock) {} }
    let stored = try fromStore { () throws(StoreError) in try workspace.store.loadSession(number) }
    let record = stored.record(bank: workspace.bank)
    var memory = RelationshipMemory.none
    if let partner = record.partner, let role = record.role {
      memory = try fromStore { () throws(StoreError) in
        try workspace.store.relationshipMemory(partner: partner, role: role, excluding: number)
      }
    }
    var context = DialogueContext(
      now: workspace.clock.local, sessionNumber: number, startPhase: phase ?? stored.progress.startPhase ?? .before,
      memory: memory)
    context.resumeCommand = workspace.resumeCommand()
    if stored.answers[SessionRecord.Key.partner] == nil {
      context.knownPartners = try workspace.knownPartners(excluding: number)
    }
    var dialogue: Dialogue
    do {
      dialogue = try Dialogue(
        bank: workspace.bank, context: context, answers: stored.answers, progress: stored.progress)
    } catch {
      switch error {
      case .unknownID(let id): throw MentorPrepError.cannotResume(session: number, missingID: id)
      }
    }
    if let phase {
      guard dialogue.go(to: phase) else {
        throw .noSuchPhase(phase)
      }
    } else if dialogue.isFinished {
      throw .sessionComplete(number)
    }
    try workspace.converse(
      dialogue, session: number, greeting: "Resuming session \(number).", options: conversation, global: global,
      io: io)
  }
}
