import Foundation
import Testing

@testable import MentorPrepCLI

/// The environment is read by name, the few variables mentorprep uses: a dictionary of the whole
/// environment cost a first prompt 0.8 M instructions.
@Suite struct EnvironmentTests {
  @Test func onlyTheVariablesMentorprepUsesAreRead() throws {
    // The test runner's environment has many more (PATH at least).
    #expect(ProcessInfo.processInfo.environment["PATH"] != nil)
    #expect(Set(GlobalOptions.environment.keys).isSubset(of: GlobalOptions.environmentNames))
  }

  @Test func eachVariableReadHasTheValueTheProcessWasGiven() {
    let everything = ProcessInfo.processInfo.environment
    for name in GlobalOptions.environmentNames {
      #expect(GlobalOptions.environment[name] == everything[name], "\(name)")
    }
  }

  /// Every name looked up in the environment is one that is read: a new one must be added to
  /// `environmentNames`, or it would never be found.
  @Test func everyNameLookedUpIsRead() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/MentorPrepCLI").standardized
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    let lookUp = try Regex(#"environment\["([A-Z_]+)"\]"#)
    var names: Set<String> = []
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: lookUp) {
        if let name = match.output[1].substring { names.insert(String(name)) }
      }
    }
    #expect(names.count >= 5)
    // StoreCompletion reads SAP_SHELL, set by the parser's completion scripts, from ProcessInfo.
    #expect(names.subtracting(GlobalOptions.environmentNames).subtracting(["SAP_SHELL"]).isEmpty, "\(names)")
  }
}
