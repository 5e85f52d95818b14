import Foundation
import Testing
import Yams

@testable import MentorPrepCore

/// `schemas/bank.schema.json` says what the loader accepts: the same keys at every level (read
/// from the loader's own key lists), the same names for phases, kinds, lists and audiences,
/// and the built-in banks conform while a bank with a key the loader refuses does not.
@Suite struct BankSchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let schemaFile = root.appendingPathComponent("schemas/bank.schema.json")

  static func schema() throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile)) as? [String: Any] ?? [:]
  }

  static func definition(_ name: String, in schema: [String: Any]) -> [String: Any] {
    (schema["$defs"] as? [String: Any])?[name] as? [String: Any] ?? [:]
  }

  /// The object schema among a definition's alternatives (an option may be a bare id).
  static func objectSchema(_ schema: [String: Any]) -> [String: Any] {
    if schema["properties"] != nil { return schema }
    let alternatives = schema["anyOf"] as? [[String: Any]] ?? []
    return alternatives.first { $0["properties"] != nil } ?? [:]
  }

  static func keys(_ schema: [String: Any]) -> Set<String> {
    Set((objectSchema(schema)["properties"] as? [String: Any] ?? [:]).keys)
  }

  @Test func everyMappingHasTheLoadersKeysAndRefusesOthers() throws {
    let schema = try Self.schema()
    let question = Self.definition("question", in: schema)
    let ask = (question["properties"] as? [String: Any])?["ask"] as? [String: Any] ?? [:]
    let levels: [(String, [String: Any], [String])] = [
      ("a bank file", schema, Reader.fileKeys),
      ("a state", Self.definition("state", in: schema), Reader.stateKeys),
      ("a question", question, Reader.questionKeys),
      ("an option", Self.definition("option", in: schema), Reader.optionKeys),
      ("a transition", Self.definition("transition", in: schema), Reader.transitionKeys),
      ("a role's text", ask, Reader.roleTextKeys),
    ]
    for (name, level, loaderKeys) in levels {
      #expect(Self.keys(level) == Set(loaderKeys), "\(name): the schema and the loader accept different keys")
      #expect(
        Self.objectSchema(level)["additionalProperties"] as? Bool == false, "\(name): the schema allows unknown keys")
    }
  }

  @Test func namedValuesAreTheLoadersNames() throws {
    let schema = try Self.schema()
    func names(_ definition: [String: Any], _ key: String) -> [String] {
      ((definition["properties"] as? [String: Any])?[key] as? [String: Any])?["enum"] as? [String] ?? []
    }
    #expect(names(schema, "phase") == Phase.allCases.map(\.rawValue))
    #expect(names(Self.definition("state", in: schema), "for_each") == ItemSource.allCases.map(\.rawValue))
    #expect(names(Self.definition("question", in: schema), "kind") == Question.Kind.allCases.map(\.rawValue))
    #expect(names(Self.definition("question", in: schema), "for") == Question.Audience.allCases.map(\.rawValue))
  }

  @Test func builtInBanksConformAndNameTheSchema() throws {
    let validator = try SchemaValidator(file: Self.schemaFile)
    for file in try promptFiles() {
      let text = String(decoding: file.bytes, as: UTF8.self)
      #expect(
        text.hasPrefix("# yaml-language-server: $schema=../schemas/bank.schema.json\n"),
        "\(file.name) does not name the schema")
      let value = try #require(try Yams.load(yaml: text))
      #expect(validator.errors(in: value) == [], "\(file.name)")
    }
  }

  @Test func readmeExampleNamesTheSchemaAndConforms() throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let block = try #require(
      readme.components(separatedBy: "```yaml\n").dropFirst().first?
        .components(separatedBy: "```").first)
    #expect(block.hasPrefix("# yaml-language-server: $schema=../schemas/bank.schema.json\n"))
    let validator = try SchemaValidator(file: Self.schemaFile)
    #expect(validator.errors(in: try #require(try Yams.load(yaml: block))) == [])
  }

  @Test func keysTheLoaderRefusesTheSchemaRefuses() throws {
    let validator = try SchemaValidator(file: Self.schemaFile)
    let misspelt = Self.root.appendingPathComponent("Tests/MentorPrepCoreTests/BrokenBanks/misspelt-key/setup.yaml")
    let text = try String(contentsOf: misspelt, encoding: .utf8)
    #expect(throws: BankProblems.self) { try BankLoader.load([BankFile(name: "setup.yaml", text: text)]) }
    let errors = validator.errors(in: try #require(try Yams.load(yaml: text)))
    #expect(errors.contains { $0.contains("unknown key") }, "\(errors)")
    let extra: [String: Any] = ["phase": "setup", "states": [], "version": 2]
    #expect(validator.errors(in: extra).contains("$: unknown key 'version'"))
  }
}
