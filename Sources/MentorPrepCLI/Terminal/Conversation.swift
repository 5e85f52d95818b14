import Foundation
import MentorPrepCore
import MentorPrepStore

/// Runs one conversation: reads a line, feeds the dialogue, performs its effects, and commits
/// every accepted answer to the store before the next question is shown.
final class Conversation {
  /// How the conversation ended.
  enum Outcome {
    /// The whole conversation is done.
    case finished
    /// Left with /quit, Ctrl-D, a second Ctrl-C, a signal, or paused between phases.
    case left
    /// Piped input ran out before the dialogue did (exit 3).
    case inputEnded
  }

  private(set) var dialogue: Dialogue
  private let stores: HomeStore
  private let session: Int
  private let reader: LineReader
  private let console: Console
  private let clock: WallClock
  private let exporter: SessionExporter
  private var saved: DialogueProgress?
  /// Whether a line typed in this run was taken as an answer; a new session left before one
  /// was is not kept (SPEC §3).
  private(set) var answered = false
  /// Whether this run is to create the session, which it does with the first answer typed;
  /// until then what the options answered waits in `unsaved`.
  private let isNew: Bool
  private var unsaved: [(key: String, answer: Answer)] = []
  private var interruptsOnEmptyLine = 0

  init(
    dialogue: Dialogue, stores: HomeStore, session: Int, reader: LineReader, console: Console,
    clock: WallClock, exporter: SessionExporter, isNew: Bool = false
  ) {
    self.isNew = isNew
    self.dialogue = dialogue
    self.stores = stores
    self.session = session
    self.reader = reader
    self.console = console
    self.clock = clock
    self.exporter = exporter
  }

  func run() throws(MentorPrepError) -> Outcome {
    reader.completer = { [unowned self] typed in self.dialogue.completions(for: typed) }
    var event = DialogueEvent.start
    while true {
      let effects = dialogue.handle(event)
      if case .line = event, effects.contains(where: { if case .record = $0 { true } else { false } }) {
        answered = true
      }
      try save(effects)
      var prompt: Prompt?
      var followUp: DialogueEvent?
      for effect in effects {
        switch effect {
        case .say(let text, let style):
          console.say(escaping: text, style: style)
        case .ask(let next):
          prompt = next
        case .record:
          break
        case .lookUpRelationship(let partner, let role):
          followUp = .relationship(try memory(partner: partner, role: role))
        case .export(let format, let file):
          export(format: format, file: file)
        case .pause:
          return .left
        case .quit:
          sayGoodbye()
          return .left
        case .finish:
          showFollowUp()
          return .finished
        }
      }
      if let followUp {
        event = followUp
        continue
      }
      guard let prompt else { return .left }
      switch read(prompt) {
      case .line(let text): event = .line(text)
      case .left: return .left
      case .inputEnded: return .inputEnded
      }
    }
  }

  private enum Read { case line(String), left, inputEnded }

  /// Reads at the prompt until there is a line, handling Ctrl-C, Ctrl-D and signals.
  private func read(_ prompt: Prompt) -> Read {
    var prompt = prompt
    while true {
      switch reader.readLine(prompt: prompt) {
      case .line(let text):
        interruptsOnEmptyLine = 0
        if !reader.echoesInput { console.recordTyped(text, marker: prompt.marker) }
        return .line(text)
      case .interrupted(let emptyLine):
        prompt.prefill = nil
        guard emptyLine else {
          interruptsOnEmptyLine = 0
          continue
        }
        interruptsOnEmptyLine += 1
        if interruptsOnEmptyLine >= 2 {
          sayGoodbye()
          return .left
        }
        console.say("(Press Ctrl-C again, or Ctrl-D, to save and leave.)", style: .hint)
      case .terminated:
        sayGoodbye()
        return .left
      case .endOfInput:
        guard isatty(STDIN_FILENO) == 1 else { return .inputEnded }
        sayGoodbye()
        return .left
      }
    }
  }

  /// The last line before leaving at a prompt: where to continue, or, for a new session left
  /// before its first answer (which is not kept), that nothing was kept.
  private func sayGoodbye() {
    if isNew && !answered {
      console.say("Nothing was answered, so no session was kept.", style: .note)
    } else {
      console.say("Saved. Continue any time with `\(dialogue.context.resumeCommand)`.", style: .note)
    }
  }

  /// Commits the answers recorded by these effects and where the dialogue now stands, in one
  /// transaction, before anything of the next question is shown. A new session is created
  /// (and with it the store, in a fresh home) only when the first answer is typed.
  private func save(_ effects: [DialogueEffect]) throws(MentorPrepError) {
    var changes: [(key: String, answer: Answer)] = effects.compactMap {
      if case .record(let key, let answer) = $0 { return (key, answer) }
      return nil
    }
    if isNew && !answered {
      unsaved += changes
      return
    }
    guard !changes.isEmpty || saved != dialogue.progress else { return }
    // Nothing of a new session is saved until the save that creates it.
    let creating = isNew && saved == nil
    if creating { changes = unsaved + changes }
    try fromStore { () throws(StoreError) in
      try stores.opened().save(
        session: session, dialogue.snapshot(changes: changes, at: clock.local), creating: creating)
    }
    if creating { unsaved = [] }
    saved = dialogue.progress
  }

  private func memory(partner: String, role: Role) throws(MentorPrepError) -> RelationshipMemory {
    try fromStore { () throws(StoreError) in
      guard let store = try stores.existing() else { return .none }
      var memory = try store.relationshipMemory(partner: partner, role: role, excluding: session)
      if memory.returning {
        memory.progressLine = try store.progress(partner: partner, role: role, excluding: session)?
          .welcomeLine
      }
      return memory
    }
  }

  private func export(format: ExportFormat, file: String?) {
    guard !isNew || answered else {
      console.say("Nothing is saved yet to export: answer the question first.", style: .error)
      return
    }
    do {
      if let text = try exporter.export(session: session, format: format, to: file, force: false) {
        say(lines: text, style: .recall)
      } else if let file {
        console.say("Wrote \(format.rawValue) to \(file).", style: .note)
      }
    } catch {
      console.say(error.message, style: .error)
    }
  }

  /// An export's text, line by line (a mail or calendar file's CRLF ends as plain line ends).
  private func say(lines text: String, style: LineStyle) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      console.say(escaping: String(line.hasSuffix("\r") ? line.dropLast() : line), style: style)
    }
  }

  /// At the end, the follow-up message and how to send it.
  private func showFollowUp() {
    let text: String
    do {
      // Written from the dialogue's record: every answer is in it, so the session is not read back.
      text = try exporter.render(dialogue.record(at: clock.local), format: .text)
    } catch {
      console.say(error.message, style: .error)
      return
    }
    console.say("Your follow-up message, ready to send within a day:", style: .heading)
    say(lines: text, style: .lead)
    console.say(
      "Send it: `\(GlobalOptions.suggested("export \(session)\(GlobalOptions.homeOption(for: stores.home)) --format eml --output followup.eml"))` for a mail program, or --format ics for the calendar.",
      style: .note)
  }
}
