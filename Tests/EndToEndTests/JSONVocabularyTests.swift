import Foundation
import Testing

/// One JSON vocabulary across commands (SPEC §2): every key snake_case, none camelCase and
/// none of Swift's `_0` for an unnamed value.
@Suite struct JSONVocabularyTests {
  /// Every key of a JSON value, at any depth, with where it was found.
  static func keys(of value: Any, at path: String = "$") -> [(key: String, path: String)] {
    if let object = value as? [String: Any] {
      return object.flatMap { key, inner in [(key, path)] + keys(of: inner, at: "\(path).\(key)") }
    }
    if let array = value as? [Any] {
      return array.enumerated().flatMap { keys(of: $1, at: "\(path)[\($0)]") }
    }
    return []
  }

  @Test func everyCommandThatPrintsJSONUsesSnakeCaseKeys() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let session = try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: home)
    #expect(session.status == 0)

    let commands = [
      ["list", "--json"], ["show", "1", "--json"], ["actions", "--json"], ["banks", "show", "--json"],
      ["export", "1", "--format", "json"],
    ]
    for command in commands {
      let result = try Binary.run(command, home: home)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      let json = try JSONSerialization.jsonObject(with: result.stdoutBytes)
      let keys = Self.keys(of: json)
      #expect(!keys.isEmpty, "\(command)")
      let wrong = keys.filter { $0.key.contains(where: \.isUppercase) || $0.key == "_0" }
      #expect(wrong.isEmpty, "\(command): \(wrong.prefix(5).map { "\($0.path).\($0.key)" })")
    }
  }

  /// SPEC §7: the ids that travel are shown by every command that prints a session or an
  /// action as JSON, and name the same relationship and actions in each.
  @Test func listActionsAndShowGiveTheSameIds() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    #expect(try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: home).status == 0)
    func json(_ command: [String]) throws -> Any {
      let result = try Binary.run(command, home: home)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      return try JSONSerialization.jsonObject(with: result.stdoutBytes)
    }
    let listed = try #require(try json(["list", "--json"]) as? [[String: Any]])
    let shown = try #require(try json(["show", "1", "--json"]) as? [String: Any])
    let actions = try #require(try json(["actions", "--json"]) as? [[String: Any]])
    let relationship = try #require(listed.first?["relationship_id"] as? String)
    #expect(relationship.wholeMatch(of: /[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/) != nil)
    #expect(shown["relationship_id"] as? String == relationship)
    let actionIDs = actions.compactMap { $0["id"] as? String }
    #expect(!actionIDs.isEmpty && actionIDs.count == actions.count && Set(actionIDs).count == actionIDs.count)
    let shownIDs = (shown["actions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(shownIDs == actionIDs)
  }
}
