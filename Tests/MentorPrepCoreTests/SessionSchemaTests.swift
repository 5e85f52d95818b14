import Foundation
import Testing

@testable import MentorPrepCore

/// `schemas/session.schema.json` describes `export --format json`: every golden JSON export
/// conforms, and what the schema does not describe is refused.
@Suite struct SessionSchemaTests {
  static let schemaFile = BankSchemaTests.root.appendingPathComponent("schemas/session.schema.json")
  static let golden = BankSchemaTests.root.appendingPathComponent("Tests/MentorPrepCoreTests/Golden")

  static func goldenExports() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: golden, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
  }

  @Test func everyGoldenJSONExportConforms() throws {
    let validator = try SchemaValidator(file: Self.schemaFile)
    let exports = try Self.goldenExports()
    #expect(exports.count >= 2)
    for file in exports {
      let value = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
      #expect(validator.errors(in: value) == [], "\(file.lastPathComponent)")
    }
  }

  @Test func theSchemaVersionAndStatusesAreTheExportsOwn() throws {
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaFile)) as? [String: Any] ?? [:]
    let version = ((schema["properties"] as? [String: Any])?["schema"] as? [String: Any])?["const"] as? Int
    #expect(version == SessionJSON.schema)
    let statuses = ((schema["$defs"] as? [String: Any])?["status"] as? [String: Any])?["enum"] as? [String] ?? []
    #expect(Set(ActionStatus.allCases.map(\.rawValue)).isSubset(of: Set(statuses)))
  }

  @Test func keysOutsideTheSchemaAreRefused() throws {
    let validator = try SchemaValidator(file: Self.schemaFile)
    let file = try #require(try Self.goldenExports().first)
    var value = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    value["_0"] = 1
    value["completed"] = "yes"
    let errors = validator.errors(in: value)
    #expect(errors.contains("$: unknown key '_0'"))
    #expect(errors.contains { $0.hasPrefix("$.completed:") })
  }
}
