import Foundation

// generate-built-in-banks [--prompts DIR] [OUTPUT]: writes the built-in bank as Swift values
// (see BuiltInBankGenerator); `make banks` runs it.

guard let generator = BuiltInBankGenerator(arguments: Array(CommandLine.arguments.dropFirst())) else {
  FileHandle.standardError.write(Data("generate-built-in-banks: \(BuiltInBankGenerator.usage)\n".utf8))
  exit(64)
}
exit(generator.run { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
