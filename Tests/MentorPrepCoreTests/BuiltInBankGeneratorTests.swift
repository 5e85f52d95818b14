import Foundation
import Testing

@testable import generate_built_in_banks

/// `generate-built-in-banks` as `make banks` runs it, here on temporary files.
@Suite struct BuiltInBankGeneratorTests {
  static func temporaryFile() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("generated-\(UUID().uuidString).swift").path
  }

  @Test func aBankWithProblemsIsRefusedAndNothingIsWritten() throws {
    let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("BrokenBanks").path
    let broken = cases + "/goto-unknown-state"
    let output = Self.temporaryFile()
    let generator = try #require(BuiltInBankGenerator(arguments: ["--prompts", broken, output]))
    var said: [String] = []
    #expect(generator.run { said.append($0) } == 65)
    let expected = try String(contentsOfFile: broken + "/expected.txt", encoding: .utf8)
      .split(separator: "\n").map { "\(cases)/\($0)" }
    #expect(Array(said.dropLast()) == expected)
    #expect(said.last?.hasSuffix("has problems; nothing was written.") == true)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func theBankIsWrittenThenLeftAloneWhenUnchanged() throws {
    let output = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(atPath: output) }
    let generator = try #require(BuiltInBankGenerator(arguments: [output]))
    #expect(generator.prompts.path == BankFolder.prompts.path)
    var said: [String] = []
    #expect(generator.run { said.append($0) } == 0)
    #expect(
      try String(contentsOfFile: output, encoding: .utf8)
        == String(contentsOf: BuiltInBankTests.generatedFile, encoding: .utf8))
    #expect(generator.run { said.append($0) } == 0)
    #expect(said == ["wrote \(output)", "\(output) is up to date"])
  }

  @Test func usageErrorsAreRefused() {
    #expect(BuiltInBankGenerator(arguments: ["--force"]) == nil)
    #expect(BuiltInBankGenerator(arguments: ["a.swift", "b.swift"]) == nil)
    #expect(BuiltInBankGenerator(arguments: ["--prompts"]) == nil)
  }
}
