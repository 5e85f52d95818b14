import Foundation
import MentorPrepCore

/// How values are written into columns and read back: dates as ISO 8601 text, answers and
/// progress as JSON with sorted keys (so the same value is always the same text).
///
/// Reading never traps: a value that does not decode is reported as a damaged database.
struct StoredValues: Sendable {
  /// The database, as named in errors.
  let path: String

  func json(_ value: some Encodable) throws(StoreError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      // Every stored type encodes; this would be a programming error, not bad data.
      preconditionFailure("cannot encode \(value): \(error)")
    }
  }

  func decode<Value: Decodable>(_ type: Value.Type, _ text: String, what: String)
    throws(StoreError) -> Value
  {
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw .corrupted(path: path, reason: "\(what) does not decode")
    }
  }

  func date(_ text: String, what: String) throws(StoreError) -> LocalDateTime {
    guard let date = LocalDateTime(text) else {
      throw .corrupted(path: path, reason: "\(what) '\(text)' is not a date")
    }
    return date
  }

  func date(_ text: String?, what: String) throws(StoreError) -> LocalDateTime? {
    guard let text else { return nil }
    return try date(text, what: what) as LocalDateTime
  }

  func phase(_ text: String, what: String) throws(StoreError) -> Phase {
    guard let phase = Phase(rawValue: text) else {
      throw .corrupted(path: path, reason: "\(what) '\(text)' is not a phase")
    }
    return phase
  }

  func status(_ text: String, what: String) throws(StoreError) -> ActionStatus {
    guard let status = ActionStatus(rawValue: text) else {
      throw .corrupted(path: path, reason: "\(what) '\(text)' is not an action status")
    }
    return status
  }

  func role(_ text: String?, what: String) throws(StoreError) -> Role? {
    guard let text else { return nil }
    guard let role = Role(rawValue: text) else {
      throw .corrupted(path: path, reason: "\(what) '\(text)' is not a role")
    }
    return role
  }

  func owner(_ text: String) -> Owner {
    Role(rawValue: text).map(Owner.role) ?? .named(text)
  }

  /// The key a partner's name is compared by: trimmed, case folded.
  static func partnerKey(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}
