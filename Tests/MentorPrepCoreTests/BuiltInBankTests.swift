import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct BuiltInBankTests {
  @Test func builtInBanksLoadWithoutProblems() throws {
    do {
      let bank = try BankLoader.load(BuiltInBanks.files)
      #expect(bank.entries[.setup] == "setup.who")
      #expect(bank.states.count > 20)
    } catch {
      Issue.record("\(error.problems.map(\.description).joined(separator: "\n"))")
    }
  }

  /// The embedded copy must match prompts/: `make banks` re-embeds after an edit.
  @Test func embeddedBanksMatchThePromptsFolder() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("prompts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names.map { "prompts/\($0)" } == BuiltInBanks.files.map(\.name),
            "prompts/ and the embedded banks list different files; run `make banks`")
    for file in BuiltInBanks.files {
      let onDisk = try Data(contentsOf: root.appendingPathComponent(file.name))
      #expect(Array(onDisk) == file.bytes + [0x0A] || Array(onDisk) == file.bytes,
              "\(file.name) differs from its embedded copy; run `make banks`")
    }
  }
}
