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

  @Argument(help: "The session: its number, or last (the default).")
  var session: SessionReference = .last

  @Option(help: "Go to the start of this phase instead: before, during or after.")
  var phase: Phase?

  @Option(help: ArgumentHelp("The folder of question banks the session was started with.", valueName: "dir"))
  var bank: String?

  @Option(help: ArgumentHelp("Also write a plain transcript of the conversation to this file.", valueName: "file"))
  var transcript: String?

  @Flag(help: "Plain, screen-reader-friendly prompts: no line editor, no redraws, no colour.")
  var plain = false

  func validate() throws {
    if phase == .setup { throw ValidationError("--phase must be before, during or after.") }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global, bank: BankSource(folder: bank))
    let number = try workspace.resolve(session)
    let lock = try workspace.lock(number)
    defer { withExtendedLifetime(lock) {} }
    let stored: StoredSession
    do {
      stored = try workspace.store.loadSession(number)
    } catch {
      throw .store(error)
    }
    let record = stored.record(bank: workspace.bank)
    var memory = RelationshipMemory.none
    if let partner = record.partner, let role = record.role {
      do {
        memory = try workspace.store.relationshipMemory(partner: partner, role: role, excluding: number)
      } catch {
        throw .store(error)
      }
    }
    let context = DialogueContext(
      now: workspace.clock.local, sessionNumber: number, startPhase: phase ?? .before, memory: memory)
    var dialogue: Dialogue
    do {
      dialogue = try Dialogue(bank: workspace.bank, context: context, answers: stored.answers, progress: stored.progress)
    } catch {
      switch error {
      case .unknownID(let id): throw MentorPrepError.cannotResume(session: number, missingID: id)
      }
    }
    if let phase {
      guard dialogue.go(to: phase) else {
        throw .export("The question bank has no \(phase.rawValue) phase to go to.")
      }
    } else if dialogue.isFinished {
      throw .sessionComplete(number)
    }
    let (reader, console) = try workspace.terminal(options: global, plain: plain, transcriptPath: transcript)
    console.say("Resuming session \(number).", style: .note)
    let conversation = Conversation(
      dialogue: dialogue, store: workspace.store, session: number, reader: reader, console: console,
      clock: workspace.clock, exporter: workspace.exporter)
    return try StartCommand.status(conversation.run(), session: number)
  }
}
