import CEditLine
import CTerminalSignals
import Foundation
import MentorPrepBuiltInBanks
import MentorPrepCore
import MentorPrepStore

/// The home folder's store and the bank a command works with.
struct Workspace {
  let home: String
  /// The home's store, opened on first use.
  let stores: HomeStore
  let clock: WallClock
  /// Where the bank came from, so a suggested command names the same folder.
  let bankSource: BankSource

  /// A folder's bank, loaded (and checked) when the command begins; nil for the built-in one.
  private let folderBank: QuestionBank?

  init(options: GlobalOptions, bank source: BankSource = .builtIn) throws(MentorPrepError) {
    home = options.homePath
    clock = options.clock
    bankSource = source
    if case .folder = source { folderBank = try source.load() } else { folderBank = nil }
    stores = HomeStore(home: options.homePath, clock: clock)
  }

  /// The bank: the built-in one is made on first use, so that a command that asks no
  /// questions (`list`, `search`) does not build it.
  var bank: QuestionBank { folderBank ?? BuiltInBanks.bank }

  /// The home's store, created when the home has none yet.
  var store: SessionStore {
    get throws(StoreError) { try stores.opened() }
  }

  /// `mentorprep resume [SESSION]` (as `suggested` names the program) with the options that
  /// find this session again: the home and the bank folder, when they are not the defaults.
  func resumeCommand(_ session: Int? = nil) -> String {
    var arguments = "resume" + (session.map { " \($0)" } ?? "") + GlobalOptions.homeOption(for: home)
    if case .folder(let path) = bankSource { arguments += " --bank " + GlobalOptions.shellQuoted(path) }
    return GlobalOptions.suggested(arguments)
  }

  var exporter: SessionExporter {
    SessionExporter(stores: stores, bank: bank, clock: clock)
  }

  /// The number a session reference names; `last` needs at least one session.
  func resolve(_ reference: SessionReference) throws(MentorPrepError) -> Int {
    switch reference {
    case .number(let number):
      return number
    case .last:
      let last = try fromStore { () throws(StoreError) in try store.lastSessionNumber() }
      guard let last else { throw .noSessions }
      return last
    }
  }

  func lock(_ session: Int) throws(MentorPrepError) -> SessionLock {
    try fromStore { () throws(StoreError) in try store.lock(session: session) }
  }

  /// The number a new session will have, reserved by its lock: the one after the last, or the
  /// next free one while another `start` holds that. Nothing is written: the session is
  /// created with its first answer.
  func reserveNewSession() throws(MentorPrepError) -> (number: Int, lock: SessionLock) {
    try fromStore { () throws(StoreError) in
      var number = try (stores.existing()?.lastSessionNumber() ?? 0) + 1
      while true {
        do throws(StoreError) {
          return (number, try SessionStore.lock(session: number, home: home))
        } catch {
          guard case .sessionInUse = error else { throw error }
          number += 1
        }
      }
    }
  }

  /// The line reader for this terminal (or pipe), and the console that goes with it.
  func terminal(
    options: GlobalOptions, plain: Bool, transcriptPath: String?, forceTranscript: Bool = false
  ) throws(MentorPrepError) -> (LineReader, Console) {
    let transcript = try transcriptPath.map { path throws(MentorPrepError) in
      try OutputFile.stream(to: path, force: forceTranscript)
    }
    // The line editor draws on stdout: with stdout a pipe (`mentorprep | tee log`) it would
    // show no prompt and keep nothing typed, so it needs both ends at a terminal.
    let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    // For a screen reader (`--plain`, `TERM=dumb`, `ACCESSIBLE`): no line editor, no colour,
    // lines whole. Wrapped at any other terminal; whole in a pipe.
    let plain = plain || options.accessible
    let wraps = interactive && !plain
    let width: () -> Int? = { wraps ? LineWrap.terminalWidth() : nil }
    let console = Console(color: options.colorAllowed && !plain, transcript: transcript, width: width)
    terminal_signals_install()
    if interactive && !plain {
      guard let reader = EditLineReader(console: console, historyPath: home + "/history") else {
        throw .noTerminal
      }
      return (reader, console)
    }
    return (PlainLineReader(output: console, echoesInput: !interactive), console)
  }

  /// Holds the conversation at this terminal (or pipe); input that ends before the dialogue
  /// does is an error (exit 3), the session saved and resumable. A `new` session is created
  /// with its first answer: one left before that leaves nothing behind.
  ///
  /// `io` is the line reader and console to hold it with instead of this terminal's (a test's).
  func converse(
    _ dialogue: Dialogue, session: Int, new: Bool = false, greeting: TerminalText, options: ConversationOptions,
    global: GlobalOptions, io: (reader: LineReader, console: Console)? = nil
  ) throws(MentorPrepError) {
    let reader: LineReader
    let console: Console
    if let io {
      (reader, console) = io
    } else {
      (reader, console) = try terminal(
        options: global, plain: options.plain, transcriptPath: options.transcript, forceTranscript: options.force)
    }
    console.say(greeting, style: .note)
    let conversation = Conversation(
      dialogue: dialogue, stores: stores, session: session, reader: reader, console: console,
      clock: clock, exporter: exporter, isNew: new)
    let outcome = try conversation.run()
    fflush(cel_stdout())
    // The session's answers go into the search index now, in one transaction (SearchIndex);
    // should that fail, the next search indexes them, so the conversation's outcome stands.
    try? stores.existing()?.indexStaleSessions()
    switch outcome {
    case .finished, .left:
      return
    case .inputEnded where new && !conversation.answered:
      throw .inputEndedBeforeAnswer
    case .inputEnded:
      throw .inputEnded(resume: resumeCommand(session), session: session)
    }
  }
}
