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

  /// The progress as JSON, the same text `json(_:)` writes. It is saved with every answer and
  /// its trail grows with each, so a conversation encoded it a hundred times: through
  /// `JSONEncoder` that was a third of a conversation's instructions. Written here directly,
  /// its draft answer by the encoder.
  func json(progress: DialogueProgress) throws(StoreError) -> String {
    let draft = try progress.draft.map { answer throws(StoreError) in try json(answer) }
    return Self.directJSON(progress, draft: draft)
  }

  /// `DialogueProgress` as `JSONEncoder` writes it with sorted keys and unescaped slashes (nil
  /// fields left out), with its draft answer already encoded.
  static func directJSON(_ progress: DialogueProgress, draft: String?) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(64 * (progress.trail.count + 2) + (draft?.utf8.count ?? 0))
    func raw(_ text: StaticString) {
      text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
    func text(_ value: String) {
      out.append(0x22)
      var value = value
      value.withUTF8 { bytes in
        // Checked and copied in two tight passes (byte by byte, appending was most of the
        // time); a text that needs escaping (a name with an accent does not) goes byte by byte.
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
          out.append(contentsOf: bytes)
          return
        }
        for byte in bytes { escape(byte) }
      }
      out.append(0x22)
    }
    // As the encoder escapes: quote, backslash and the control characters.
    func escape(_ byte: UInt8) {
      switch byte {
      case 0x22: raw("\\\"")
      case 0x5C: raw("\\\\")
      case 0x08: raw("\\b")
      case 0x0C: raw("\\f")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case ..<0x20:
        let hex: StaticString = "0123456789abcdef"
        raw("\\u00")
        hex.withUTF8Buffer { digits in
          out.append(digits[Int(byte >> 4)])
          out.append(digits[Int(byte & 0xF)])
        }
      default: out.append(byte)
      }
    }
    func texts(_ values: [String]) {
      out.append(0x5B)
      for (index, value) in values.enumerated() {
        if index > 0 { out.append(0x2C) }
        text(value)
      }
      out.append(0x5D)
    }
    // Keys in the order `JSONEncoder` sorts them, as `Position` names them.
    func place(_ position: Position) {
      switch position {
      case .entering(let state):
        raw("{\"entering\":")
        text(state)
      case .asking(let state, let question, let item):
        out.append(0x7B)
        if let item {
          raw("\"item\":")
          text(item)
          out.append(0x2C)
        }
        raw("\"question\":")
        text(question)
        raw(",\"state\":")
        text(state)
      case .betweenPhases(let next):
        raw("{\"betweenPhases\":")
        text(next)
      case .finished:
        raw("{\"finished\":true")
      }
      out.append(0x7D)
    }
    out.append(0x7B)
    if let answeredInline = progress.answeredInline {
      raw("\"answeredInline\":")
      texts(answeredInline)
      out.append(0x2C)
    }
    if let draft {
      raw("\"draft\":")
      out.append(contentsOf: draft.utf8)
      out.append(0x2C)
    }
    if let lookedUp = progress.lookedUp {
      raw("\"lookedUp\":")
      text(lookedUp)
      out.append(0x2C)
    }
    if let choice = progress.partnerChoice {
      raw("\"partnerChoice\":{\"candidates\":")
      texts(choice.candidates)
      raw(",\"typed\":")
      text(choice.typed)
      raw("},")
    }
    raw("\"position\":")
    place(progress.position)
    raw(",\"prefilled\":")
    texts(progress.prefilled)
    out.append(0x2C)
    if let returnTo = progress.returnTo {
      raw("\"returnTo\":")
      place(returnTo)
      out.append(0x2C)
    }
    if let startPhase = progress.startPhase {
      raw("\"startPhase\":")
      text(startPhase.rawValue)
      out.append(0x2C)
    }
    raw("\"trail\":[")
    for (index, step) in progress.trail.enumerated() {
      if index > 0 { out.append(0x2C) }
      place(step)
    }
    raw("]}")
    return String(decoding: out, as: UTF8.self)
  }

  func decode<Value: Decodable>(_ type: Value.Type, _ text: String, what: @autoclosure () -> String)
    throws(StoreError) -> Value
  {
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw .damagedRow(reason: "\(what()) does not decode")
    }
  }

  /// An answer from its stored JSON.
  func answer(_ text: String, what: @autoclosure () -> String) throws(StoreError) -> Answer {
    try decode(Answer.self, text, what: what())
  }

  func date(_ text: String, what: @autoclosure () -> String) throws(StoreError) -> LocalDateTime {
    guard let date = Self.storedDate(text) ?? LocalDateTime(text) else {
      throw .damagedRow(reason: "\(what()) '\(text)' is not a date")
    }
    return date
  }

  func date(_ text: String?, what: @autoclosure () -> String) throws(StoreError) -> LocalDateTime? {
    guard let text else { return nil }
    return try date(text, what: what()) as LocalDateTime
  }

  /// Reads the two forms the store writes (`2026-11-26` and `2026-11-26T15:00`) straight
  /// from their bytes: `list` reads two dates for each of tens of thousands of sessions.
  /// The phases by name: a look-up, where `Phase(rawValue:)` compares the name with each in
  /// turn (`list` reads one for each of tens of thousands of sessions).
  private static let phases = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0.rawValue, $0) })

  static func storedDate(_ text: String) -> LocalDateTime? {
    var text = text
    return text.withUTF8 { bytes -> LocalDateTime? in
      guard bytes.count == 10 || bytes.count == 16 else { return nil }
      // Each field read from its fixed place: two digits at a time, no loop (`list` reads two
      // dates for each of tens of thousands of sessions).
      func digit(_ index: Int) -> Int? {
        let value = Int(bytes[index]) &- 48
        return (0...9).contains(value) ? value : nil
      }
      func two(_ index: Int) -> Int? {
        guard let tens = digit(index), let ones = digit(index + 1) else { return nil }
        return tens * 10 + ones
      }
      guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        let century = two(0), let yearOfCentury = two(2), let month = two(5), let day = two(8)
      else { return nil }
      let year = century * 100 + yearOfCentury
      guard LocalDateTime.isValidDay(year: year, month: month, day: day) else { return nil }
      guard bytes.count == 16 else { return LocalDateTime(year: year, month: month, day: day) }
      guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
        let hour = two(11), let minute = two(14), hour < 24, minute < 60
      else { return nil }
      return LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
    }
  }

  func phase(_ text: String, what: @autoclosure () -> String) throws(StoreError) -> Phase {
    guard let phase = Self.phases[text] else {
      throw .damagedRow(reason: "\(what()) '\(text)' is not a phase")
    }
    return phase
  }

  func status(_ text: String, what: @autoclosure () -> String) throws(StoreError) -> ActionStatus {
    guard let status = ActionStatus(rawValue: text) else {
      throw .damagedRow(reason: "\(what()) '\(text)' is not an action status")
    }
    return status
  }

  func role(_ text: String?, what: @autoclosure () -> String) throws(StoreError) -> Role? {
    guard let text else { return nil }
    guard let role = Role(rawValue: text) else {
      throw .damagedRow(reason: "\(what()) '\(text)' is not a role")
    }
    return role
  }

  func owner(_ text: String) -> Owner {
    Role(rawValue: text).map(Owner.role) ?? .named(text)
  }

  /// The key a partner's name is compared by: the name as stored, case folded.
  static func partnerKey(_ name: String) -> String {
    PersonName.stored(name).lowercased()
  }
}
