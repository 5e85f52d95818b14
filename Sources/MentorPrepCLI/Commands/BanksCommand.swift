import ArgumentParser
import Foundation
import MentorPrepBuiltInBanks
import MentorPrepCore

/// `mentorprep banks`: check and list question banks.
struct BanksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "banks", abstract: "Check or list question banks.",
    subcommands: [Lint.self, Show.self])

  /// `banks lint [DIR …]`: every problem of each folder, as FILE:LINE:COLUMN: error: MESSAGE,
  /// then a warning for each well-known question a folder's bank lacks (which fails nothing).
  struct Lint: MentorPrepRunnable {
    // Named here, not derived from the type's name: deriving it reflects on the type, which
    // costs every run of the program a few milliseconds at start-up.
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check folders of question banks with the loader the dialogue uses (default: the built-in banks).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Folders of .yaml banks.", valueName: "dir"))
    var folders: [String] = []

    func execute() throws(MentorPrepError) -> Int32 {
      let sources = folders.isEmpty ? [BankSource.builtIn] : folders.map(BankSource.folder)
      var failed = 0
      for source in sources {
        let name: String
        let problems: [BankProblem]
        let bank: QuestionBank?
        var firstFile: String?
        switch source {
        case .builtIn:
          // The YAML of prompts/ was checked when the bank was generated from it; what is left
          // to check is the meaning of the values compiled in.
          name = "built-in banks"
          bank = BuiltInBanks.bank
          problems = BankLoader.problems(in: BuiltInBanks.bank, named: name)
        case .folder(let path):
          name = path
          let files = try BankSource.files(in: path)
          firstFile = files.first?.name
          do {
            bank = try BankLoader.load(files)
            problems = []
          } catch {
            bank = nil
            problems = error.problems
          }
        }
        if let bank, problems.isEmpty {
          let questions = bank.states.reduce(0) { $0 + $1.questions.count }
          let missing = bank.missingWellKnownQuestions
          for question in missing { Output.line(TerminalText(escaping: question.warning(in: firstFile ?? name))) }
          let warnings = missing.isEmpty ? "" : ", \(missing.count) warning\(missing.count == 1 ? "" : "s")"
          Output.line("\(name): \(bank.states.count) states, \(questions) questions, no problems\(warnings)")
        } else {
          failed += 1
          for problem in problems { Output.line("\(problem.description)") }
        }
      }
      if failed > 0 {
        throw .banksFailedLint(failed: failed, of: sources.count)
      }
      return 0
    }
  }

  /// `banks show [--json]`: the states and question ids.
  struct Show: MentorPrepRunnable {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "List the states and question ids of a bank.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("A folder of banks instead of the built-in ones.", valueName: "dir"))
    var bank: String?

    @Flag(help: "Print the whole bank as JSON.")
    var json = false

    func execute() throws(MentorPrepError) -> Int32 {
      let loaded = try BankSource(folder: bank).load()
      if json {
        Output.json(loaded)
        return 0
      }
      for state in loaded.states {
        let each = state.forEach.map { ", for each of \($0.rawValue)" } ?? ""
        Output.line("\(state.id)  \(state.title) (\(state.phase.rawValue)\(each))")
        for question in state.questions {
          let audience = question.audience == .both ? "" : " (\(question.audience.rawValue))"
          let optional = question.optional ? ", optional" : ""
          Output.line("  \(question.id)  [\(question.kind.rawValue)\(optional)]\(audience)")
        }
      }
      return 0
    }
  }
}
