import ArgumentParser
import CEditLine
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

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp("Your partner's name.", valueName: "name"),
    completion: StoreCompletion.partners)
  var partner: String?

  @Option(help: ArgumentHelp("Your partner's email address.", valueName: "address"))
  var email: String?

  @Option(help: "How deep to go: quick (the questions that matter when time is short) or full (the whole method).")
  var depth: Depth?

  @Option(help: "Where to begin after setup: before, during or after the meeting.")
  var phase: Phase?

  @OptionGroup var conversation: ConversationOptions

  func validate() throws {
    for (name, value) in [("--me", me), ("--with", partner)] {
      if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("\(name) needs a name.")
      }
    }
    if let email, EmailAddress(email) == nil {
      throw ValidationError("--email must be an address like name@example.org, not '\(email)'.")
    }
  }

  /// The answers the options give in advance; `partner` is the name `--with` came to, `me` the
  /// name `--me` gives, else the one of the sessions before.
  func prefill(partner: String?, me: String?) -> [String: Answer] {
    var answers: [String: Answer] = [:]
    if let role { answers[SessionRecord.Key.role] = .choice(role.rawValue) }
    if let me { answers[SessionRecord.Key.me] = .text(PersonName.stored(me)) }
    if let partner { answers[SessionRecord.Key.partner] = .text(PersonName.stored(partner)) }
    if let email = email.flatMap(EmailAddress.init) { answers[SessionRecord.Key.partnerEmail] = .text(email.text) }
    if let depth { answers[SessionRecord.Key.depth] = .choice(depth.rawValue) }
    return answers
  }

  func execute() throws(MentorPrepError) -> Int32 {
    try begin()
    return 0
  }

  /// The session's work without the terminal: `io` holds the conversation with another line
  /// reader and console (a test's); nil, with this terminal's.
  func begin(io: (reader: LineReader, console: Console)? = nil) throws(MentorPrepError) {
    let workspace = try Workspace(options: global, bank: BankSource(folder: conversation.bank))
    // Someone met before is continued under the name stored for them; anyone else is new.
    let known = try partner.flatMap { name throws(MentorPrepError) in try workspace.partner(named: name, mayBeNew: true)
    }
    if let known { Output.line("Continuing with \(known).") }
    // Your name is asked once per home: the sessions before remember it.
    let remembered = me == nil ? try workspace.ownName() : nil
    let answers = prefill(partner: known ?? partner.map(PersonName.stored), me: me ?? remembered)
    // The partners met before are needed only when the partner's name is asked.
    let partners = answers[SessionRecord.Key.partner] == nil ? try workspace.knownPartners() : .none
    func dialogue(session: Int) -> Dialogue {
      var context = DialogueContext(
        now: workspace.clock.local, sessionNumber: session, startPhase: phase ?? .before)
      context.resumeCommand = workspace.resumeCommand()
      context.knownPartners = partners
      return Dialogue(bank: workspace.bank, context: context, prefill: answers)
    }
    // A transcript that may not be written is refused before a session is begun for it.
    if let transcript = conversation.transcript { _ = try OutputFile.target(transcript, force: conversation.force) }
    // The session is created with its first answer; until then its number is only reserved.
    let (session, lock) = try workspace.reserveNewSession()
    defer { withExtendedLifetime(lock) {} }
    try workspace.converse(
      dialogue(session: session), session: session, new: true,
      greeting: "Session \(session)" + (remembered.map { ", as \($0) (--me to give another name)" } ?? "")
        + ". Type /help for commands; your answers are saved as you go.",
      options: conversation, global: global, io: io)
  }
}
