import Foundation
import MentorPrepCore
import MentorPrepStore

/// Everything that can stop a command, each with one sentence that says what to do and the
/// exit status SPEC §6 gives it.
enum MentorPrepError: Error {
  /// The bank has problems; `folder` is where it was read from (nil: the built-in one).
  case badBank(BankProblems, folder: String?)
  case noBankFolder(String)
  case store(StoreError)
  case cannotResume(session: Int, missingID: String)
  case outputExists(String)
  case outputFolderMissing(String)
  /// The output path names something that is not a regular file (`is` says what it is).
  case notAFile(String, is: String)
  case cannotWrite(path: String, reason: String)
  case sessionComplete(Int)
  case export(ExportError)
  /// Piped input ended; `resume` is the command that continues the session.
  case inputEnded(resume: String, session: Int)
  /// Piped input ended before anything was answered, so no session was kept.
  case inputEndedBeforeAnswer
  /// The intro export of a session with no introduction; `export` is the command that exports
  /// the relationship's first session, where it was written, when that is another one.
  case noIntroduction(session: Int, export: String?)
  case banksFailedLint(failed: Int, of: Int)
  case unknownCommand(String, meant: String)
  case noSessions
  case noTerminal
  case noSuchPhase(Phase)
  case noSuchPartner(String)
  case ambiguousPartner(String, [String])
  /// A file to import that is not there (or cannot be read).
  case noInputFile(String, reason: String)
  /// A file to import that is not an exchange record mentorprep can read (SPEC §7).
  case badExchange(String, ExchangeReadError)
  /// A record from someone not linked to a partner here, read in a script (SPEC §7).
  case unlinkedSender(String, file: String)
  /// A record this home sent, imported back.
  case ownExchange(file: String, partner: String)

  /// The sentence, every name, path and word from outside escaped by its interpolation.
  var message: TerminalText {
    switch self {
    case .badBank(let problems, let folder):
      let count = problems.problems.count
      let lint = "mentorprep banks lint" + (folder.map { " " + GlobalOptions.shellQuoted($0) } ?? "")
      return
        "The question bank has \(count) problem\(count == 1 ? "" : "s") (listed above); fix them and run `\(lint)` again."
    case .noBankFolder(let path):
      return "There is no folder of question banks (.yaml files) at \(path); name one that holds them."
    case .store(let error):
      return TerminalText(escaping: error.message)
    case .cannotResume(let session, let id):
      return
        "Session \(session) was saved with '\(id)', which the current question banks no longer have; run it with the banks it was made with (--bank) or start a new session."
    case .outputExists(let path):
      return "\(path) already exists; choose another file or add --force to replace it."
    case .notAFile(let path, let what):
      return
        "\(path) is \(what); mentorprep writes only regular files (or into a FIFO or terminal), so name a file instead."
    case .outputFolderMissing(let path):
      return "The folder for \(path) does not exist; create it first or choose another path."
    case .cannotWrite(let path, let reason):
      return "Cannot write \(path) (\(reason)); check the folder's permissions and free space."
    case .sessionComplete(let session):
      return
        "Session \(session) is already complete; use --phase to revisit a phase, or `mentorprep start` for a new one."
    case .export(let error):
      return TerminalText(escaping: error.message)
    case .inputEnded(let resume, let session):
      return
        "The input ended before the conversation did; session \(session) is saved, so continue it with `\(resume)`."
    case .noIntroduction(let session, let export?):
      return
        "Session \(session) is not a first session, and the introduction is written at the first one; export it with `\(export)`."
    case .noIntroduction(let session, nil):
      return
        "Session \(session) has no introduction yet; resume it and answer the introduction questions before the meeting."
    case .inputEndedBeforeAnswer:
      return "The input ended before the first answer, so no session was kept; start again when you are ready."
    case .banksFailedLint(let failed, let count):
      return
        "\(failed) of \(count) bank folder\(count == 1 ? "" : "s") failed the check; fix the problems listed above."
    case .unknownCommand(let word, let meant):
      return "There is no command '\(word)'; did you mean '\(meant)'?"
    case .noSessions:
      return "There are no sessions yet; run `mentorprep start` to begin one."
    case .noTerminal:
      return "The line editor could not start on this terminal; use --plain."
    case .noSuchPhase(let phase):
      return "The question bank has no \(phase.rawValue) phase; choose another --phase."
    case .noSuchPartner(let name):
      return "No partner matches '\(name)'; `mentorprep list` shows the people you have met."
    case .ambiguousPartner(let name, let names):
      return
        "'\(name)' could be \(TerminalText.joined(names.map(TerminalText.init(escaping:)), separator: ", ")); give more of the name."
    case .noInputFile(let path, let reason):
      return "Cannot read \(path) (\(reason)); name the file your partner sent, or - for standard input."
    case .badExchange(let path, let error):
      return "\(path): " + TerminalText(escaping: error.message)
    case .ownExchange(let file, let partner):
      return
        "\(file) is a record you sent (of your sessions with \(partner)); import the agenda or follow-up \(partner) sends you."
    case .unlinkedSender(let sender, let file):
      return
        "\(file) is from \(sender), who is not linked to a partner here yet; say who with --with NAME (a partner you have met, or \(sender) to begin a new relationship)."
    }
  }

  var exitStatus: Int32 {
    switch self {
    case .badBank: 65
    case .noBankFolder, .noSessions, .outputFolderMissing: 66
    case .store(let error):
      switch error {
      case .noSuchSession, .noSuchAction: 66
      case .notWritable: 74
      case .corrupted, .damagedRow, .damagedSession, .newerSchema, .exchangeRefused: 65
      case .sessionInUse: 75
      }
    case .cannotResume: 65
    case .outputExists, .notAFile: 73
    case .cannotWrite: 74
    case .sessionComplete: 64
    case .export: 65
    case .inputEnded, .inputEndedBeforeAnswer: 3
    case .noIntroduction: 64
    case .banksFailedLint: 65
    case .unknownCommand: 64
    case .noTerminal: 74
    case .noSuchPhase: 64
    case .noSuchPartner: 66
    case .ambiguousPartner: 64
    case .noInputFile: 66
    case .badExchange: 65
    case .unlinkedSender: 64
    case .ownExchange: 65
    }
  }

  /// Writes the message on stderr, the one place a `mentorprep: …` line is written.
  func report() {
    Self.report(message)
  }

  /// Writes one sentence on stderr after the program's name; also for a warning that does not
  /// end the program.
  static func report(_ sentence: TerminalText) {
    writeLines(["mentorprep: " + sentence])
  }

  /// Writes lines on stderr as they are given: the one writer of stderr.
  static func writeLines(_ lines: [TerminalText]) {
    guard !lines.isEmpty else { return }
    Output.writeError(Data((TerminalText.joined(lines).text + "\n").utf8))
  }

  /// Reports the error and ends the program with its status, where no command is running to
  /// throw it to (the command line before parsing, a failed write to stdout).
  func exit() -> Never {
    report()
    Foundation.exit(exitStatus)
  }
}

/// Runs a store operation, its failure carried as `MentorPrepError.store`: the one place a
/// command maps the store's errors.
func fromStore<Value>(_ operation: () throws(StoreError) -> Value) throws(MentorPrepError) -> Value {
  do {
    return try operation()
  } catch {
    throw .store(error)
  }
}
