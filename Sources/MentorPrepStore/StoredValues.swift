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
    guard let date = Self.storedDate(text) ?? LocalDateTime(text) else {
      throw .corrupted(path: path, reason: "\(what) '\(text)' is not a date")
    }
    return date
  }

  func date(_ text: String?, what: String) throws(StoreError) -> LocalDateTime? {
    guard let text else { return nil }
    return try date(text, what: what) as LocalDateTime
  }

  /// Reads the two forms the store writes (`2026-11-26` and `2026-11-26T15:00`) straight
  /// from their bytes: `list` reads two dates for each of tens of thousands of sessions.
  static func storedDate(_ text: String) -> LocalDateTime? {
    var text = text
    return text.withUTF8 { bytes -> LocalDateTime? in
      guard bytes.count == 10 || bytes.count == 16 else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = Int(bytes[index]) - 48
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
        LocalDateTime.isValidDay(year: year, month: month, day: day)
      else { return nil }
      guard bytes.count == 16 else { return LocalDateTime(year: year, month: month, day: day) }
      guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
        let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
      else { return nil }
      return LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
    }
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
