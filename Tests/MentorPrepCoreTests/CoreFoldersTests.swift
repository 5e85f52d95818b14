import Foundation
import Testing

/// The core's folders are layers: Answers (values) under Banks, under Session, under Dialogue,
/// Exports and Exchange; no chain of folders naming one another's types comes back to where it
/// began, so each can be read, and changed, knowing only what lies under it.
@Suite struct CoreFoldersTests {
  static let core = BankSchemaTests.root.appendingPathComponent("Sources/MentorPrepCore")

  /// Each folder's Swift files, comments taken out.
  static func sources() throws -> [String: [String: String]] {
    var folders: [String: [String: String]] = [:]
    for folder in try FileManager.default.contentsOfDirectory(atPath: core.path).sorted() {
      let url = core.appendingPathComponent(folder)
      guard let files = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
      for file in files where file.hasSuffix(".swift") {
        let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
        folders[folder, default: [:]][file] = text.replacing(/\/\/[^\n]*/, with: "")
      }
    }
    return folders
  }

  @Test func theFoldersReferToOneAnotherWithoutACycle() throws {
    let folders = try Self.sources()
    var home: [String: String] = [:]
    for (folder, files) in folders {
      for text in files.values {
        for match in text.matches(
          of: /(?m)^(?:public |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol) (\w+)/)
        {
          home[String(match.output.1)] = folder
        }
      }
    }
    var uses: [String: Set<String>] = [:]
    for (folder, files) in folders {
      let words = Set(files.values.flatMap { $0.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init) })
      uses[folder] = Set(words.compactMap { home[$0] }.filter { $0 != folder })
    }
    #expect(uses.count >= 6)
    // A cycle of any length: a folder reached again from itself.
    func path(from start: String, to target: String, seen: inout Set<String>) -> [String]? {
      for next in uses[start, default: []].sorted() {
        if next == target { return [start, next] }
        guard seen.insert(next).inserted, let rest = path(from: next, to: target, seen: &seen) else { continue }
        return [start] + rest
      }
      return nil
    }
    for folder in uses.keys.sorted() {
      var seen: Set<String> = []
      if let cycle = path(from: folder, to: folder, seen: &seen) {
        Issue.record("the core's folders refer round: \(cycle.joined(separator: " → "))")
      }
    }
  }
}
