import Foundation
import MentorPrepCore

/// One run of the generator: load a folder of banks with every check, write its Swift source.
struct BuiltInBankGenerator {
  /// Where the banks are read (prompts/ unless told otherwise).
  var prompts = BankFolder.prompts
  /// The file written (the one MentorPrepBuiltInBanks compiles unless told otherwise).
  var output = BankFolder.packageRoot + "/Sources/MentorPrepBuiltInBanks/BuiltInBanks+Generated.swift"

  static let usage = "usage: generate-built-in-banks [--prompts DIR] [OUTPUT]"

  /// The run the command line asks for, or nil for a usage error.
  init?(arguments: [String]) {
    var rest = arguments[...]
    var outputs: [String] = []
    while let argument = rest.popFirst() {
      if argument == "--prompts", let path = rest.popFirst() {
        prompts = BankFolder(path: path, shownAs: path.hasSuffix("/") ? String(path.dropLast()) : path)
      } else if argument.hasPrefix("-") {
        return nil
      } else {
        outputs.append(argument)
      }
    }
    guard outputs.count <= 1 else { return nil }
    if let path = outputs.first { output = path }
  }

  init() {}

  /// Generates the file and returns the exit status; `say` gets each line for stderr.
  ///
  /// A bank with problems is refused with each problem listed (65) and nothing is written;
  /// an unchanged file is left alone, so its target is not rebuilt for nothing.
  func run(say: (String) -> Void) -> Int32 {
    let files: [BankFile]
    do {
      files = try prompts.files()
    } catch {
      say("generate-built-in-banks: cannot read the banks in \(prompts.path): \(error.localizedDescription)")
      return 66
    }
    let bank: QuestionBank
    do {
      bank = try BankLoader.load(files)
    } catch {
      for problem in error.problems { say(problem.description) }
      say("generate-built-in-banks: \(prompts.shownAs) has problems; nothing was written.")
      return 65
    }
    let source = BankSwiftSource.file(for: bank)
    if (try? String(contentsOfFile: output, encoding: .utf8)) == source {
      say("\(output) is up to date")
      return 0
    }
    do {
      try source.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
      say("generate-built-in-banks: cannot write \(output): \(error.localizedDescription)")
      return 74
    }
    say("wrote \(output)")
    return 0
  }
}
