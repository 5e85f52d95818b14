import CEditLine
import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep start`: a new session, from setup to the end of the chosen phase onwards.
struct StartCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Start a new session (the default command).")

  @OptionGroup var global: GlobalOptions

  @Option(help: "Your side of the relationship: mentee or mentor.")
  var role: Role?

  @Option(help: ArgumentHelp("Your own name.", valueName: "name"))
  var me: String?

  @Option(name: .customLong("with"), help: ArgumentHelp("Your partner's name.", valueName: "name"))
  var partner: String?

  @Option(help: ArgumentHelp("Your partner's email address.", valueName: "address"))
  var email: String?

  @Option(help: "Where to begin after setup: before, during or after the meeting.")
  var phase: Phase?

  @Option(help: ArgumentHelp("Run the dialogue from this folder of question banks.", valueName: "dir"))
  var bank: String?

  @Option(help: ArgumentHelp("Also write a plain transcript of the conversation to this file.", valueName: "file"))
  var transcript: String?

  @Flag(help: "Plain, screen-reader-friendly prompts: no line editor, no redraws, no colour.")
  var plain = false

  func validate() throws {
    if phase == .setup { throw ValidationError("--phase must be before, during or after.") }
    for (name, value) in [("--me", me), ("--with", partner)] {
      if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("\(name) needs a name.")
      }
    }
    if let email, !Self.looksLikeEmail(email) {
      throw ValidationError("--email must be an address like sam@example.com, not '\(email)'.")
    }
  }

  static func looksLikeEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
      && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
  }

  /// The answers the options give in advance.
  var prefill: [String: Answer] {
    var answers: [String: Answer] = [:]
    if let role { answers[SessionRecord.Key.role] = .choice(role.rawValue) }
    if let me { answers[SessionRecord.Key.me] = .text(me.trimmingCharacters(in: .whitespaces)) }
    if let partner { answers[SessionRecord.Key.partner] = .text(partner.trimmingCharacters(in: .whitespaces)) }
    if let email { answers[SessionRecord.Key.partnerEmail] = .text(email) }
    return answers
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global, bank: BankSource(folder: bank))
    let context = DialogueContext(
      now: workspace.clock.local, sessionNumber: 0, startPhase: phase ?? .before)
    var dialogue = Dialogue(bank: workspace.bank, context: context, prefill: prefill)
    let session: Int
    do {
      session = try workspace.store.createSession(at: workspace.clock.local, progress: dialogue.progress)
    } catch {
      throw .store(error)
    }
    dialogue = Dialogue(
      bank: workspace.bank,
      context: DialogueContext(now: workspace.clock.local, sessionNumber: session, startPhase: phase ?? .before),
      prefill: prefill)
    let lock = try workspace.lock(session)
    defer { withExtendedLifetime(lock) {} }
    let (reader, console) = try workspace.terminal(options: global, plain: plain, transcriptPath: transcript)
    console.say("Session \(session). Type /help for commands; your answers are saved as you go.", style: .note)
    let conversation = Conversation(
      dialogue: dialogue, store: workspace.store, session: session, reader: reader, console: console,
      clock: workspace.clock, exporter: workspace.exporter)
    return try Self.status(conversation.run(), session: session)
  }

  /// The exit status of a conversation's outcome (SPEC §6).
  static func status(_ outcome: Conversation.Outcome, session: Int) -> Int32 {
    fflush(cel_stdout())
    switch outcome {
    case .finished, .left:
      return 0
    case .inputEnded:
      FileHandle.standardError.write(Data("mentorprep: The input ended before the conversation did; session \(session) is saved, so continue it with `mentorprep resume \(session)`.\n".utf8))
      return 3
    }
  }
}
