import Foundation
import MentorPrepCore

// generate-built-in-banks [OUTPUT]: loads prompts/*.yaml with every check the loader makes and
// writes the bank as Swift values to OUTPUT (default: the file MentorPrepBuiltInBanks compiles).
// A bank with problems is refused: each is printed, and the exit status is 65.

let defaultOutput =
  BankFolder.packageRoot + "/Sources/MentorPrepBuiltInBanks/BuiltInBanks+Generated.swift"

func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data("generate-built-in-banks: \(message)\n".utf8))
  exit(status)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, arguments.first?.hasPrefix("-") != true else {
  fail("usage: generate-built-in-banks [OUTPUT]", status: 64)
}
let output = arguments.first ?? defaultOutput

let files: [BankFile]
do {
  files = try BankFolder.prompts.files()
} catch {
  fail("cannot read \(BankFolder.prompts.path): \(error.localizedDescription)", status: 66)
}

let bank: QuestionBank
do {
  bank = try BankLoader.load(files)
} catch let problems as BankProblems {
  for problem in problems.problems {
    FileHandle.standardError.write(Data("\(problem)\n".utf8))
  }
  fail("prompts/ has \(problems.problems.count) problem(s); nothing was written.", status: 65)
} catch {
  fail("prompts/ could not be loaded: \(error)", status: 65)
}

let source = BankSwiftSource.file(for: bank)
// An unchanged file is left alone, so its targets are not rebuilt for nothing.
if (try? String(contentsOfFile: output, encoding: .utf8)) == source {
  print("\(output) is up to date")
} else {
  do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
  } catch {
    fail("cannot write \(output): \(error.localizedDescription)", status: 74)
  }
  print("wrote \(output)")
}
