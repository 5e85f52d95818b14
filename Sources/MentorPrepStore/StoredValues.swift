import Foundation
import MentorPrepCore

/// How values are written into columns and read back: dates as ISO 8601 text, answers and
/// progress as JSON with sorted keys (so the same value is always the same text).
///
/// Reading never traps: a value that does not decode is reported as a damaged database.
struct StoredValues: Sendable {
  /// The database, as named in errors.
  let path: String

  /// A value as `JSONEncoder` writes it, keys sorted, slashes unescaped.
  func encoded(_ value: some Encodable) throws(StoreError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      // Every stored type encodes; this would be a programming error, not bad data.
      preconditionFailure("cannot encode \(value): \(error)")
    }
  }

  /// An answer as JSON, the same text `encoded(_:)` writes: written directly (`JSONWriter`),
  /// but for a list of actions, which the encoder writes.
  func json(_ answer: Answer) throws(StoreError) -> String {
    var out = JSONWriter()
    out.raw("{\"kind\":")
    switch answer {
    case .text(let text):
      out.raw("\"text\",\"value\":")
      out.string(text)
    case .yesNo(let yes):
      out.raw("\"yesno\",\"value\":")
      if yes { out.raw("true") } else { out.raw("false") }
    case .choice(let id):
      out.raw("\"choice\",\"value\":")
      out.string(id)
    case .dateTime(let date):
      out.raw("\"datetime\",\"value\":")
      out.string(date.iso8601)
    case .list(let items):
      out.raw("\"list\",\"value\":")
      out.strings(items)
    case .actions:
      return try encoded(answer)
    case .status(let status):
      out.raw("\"status\",\"value\":")
      out.string(status.rawValue)
    case .number(let value):
      out.raw("\"number\",\"value\":")
      out.number(value)
    case .skipped:
      out.raw("\"skipped\",\"value\":null")
    }
    out.raw("}")
    return out.text
  }

  /// The progress as JSON, the same text `encoded(_:)` writes. It is saved with every answer and
  /// its trail grows with each, so a conversation encoded it a hundred times: through
  /// `JSONEncoder` that was a third of a conversation's instructions. Written directly.
  func json(progress: DialogueProgress) throws(StoreError) -> String {
    let draft = try progress.draft.map { answer throws(StoreError) in try json(answer) }
    return Self.directJSON(progress, draft: draft)
  }

  /// `DialogueProgress` as `JSONEncoder` writes it (nil fields left out), with its draft answer
  /// already encoded.
  static func directJSON(_ progress: DialogueProgress, draft: String?) -> String {
    var out = JSONWriter(capacity: 64 * (progress.trail.count + 2) + (draft?.utf8.count ?? 0))
    // Keys in the order `JSONEncoder` sorts them, as `Position` names them.
    func place(_ position: Position) {
      switch position {
      case .entering(let state):
        out.raw("{\"entering\":")
        out.string(state)
      case .asking(let state, let question, let item):
        out.raw("{")
        if let item {
          out.raw("\"item\":")
          out.string(item)
          out.raw(",")
        }
        out.raw("\"question\":")
        out.string(question)
        out.raw(",\"state\":")
        out.string(state)
      case .betweenPhases(let next):
        out.raw("{\"betweenPhases\":")
        out.string(next)
      case .finished:
        out.raw("{\"finished\":true")
      }
      out.raw("}")
    }
    out.raw("{")
    if let answeredInline = progress.answeredInline {
      out.raw("\"answeredInline\":")
      out.strings(answeredInline)
      out.raw(",")
    }
    if let draft {
      out.raw("\"draft\":")
      out.json(draft)
      out.raw(",")
    }
    if let lookedUp = progress.lookedUp {
      out.raw("\"lookedUp\":")
      out.string(lookedUp)
      out.raw(",")
    }
    if let choice = progress.partnerChoice {
      out.raw("\"partnerChoice\":{\"candidates\":")
      out.strings(choice.candidates)
      out.raw(",\"typed\":")
      out.string(choice.typed)
      out.raw("},")
    }
    out.raw("\"position\":")
    place(progress.position)
    out.raw(",\"prefilled\":")
    out.strings(progress.prefilled)
    out.raw(",")
    if let returnTo = progress.returnTo {
      out.raw("\"returnTo\":")
      place(returnTo)
      out.raw(",")
    }
    if let startPhase = progress.startPhase {
      out.raw("\"startPhase\":")
      out.string(startPhase.rawValue)
      out.raw(",")
    }
    out.raw("\"trail\":[")
    for (index, step) in progress.trail.enumerated() {
      if index > 0 { out.raw(",") }
      place(step)
    }
    out.raw("]}")
    return out.text
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
    if let answer = Self.plainAnswer(text) { return answer }
    return try decode(Answer.self, text, what: what())
  }

  /// The answer in `text` when it is one of the forms `json(_:)` writes for a text, a choice, a
  /// date, a status (a value with no escapes), a yes or no, or a skip: read from its bytes.
  /// `JSONDecoder` took 45,000 instructions an answer, and `due` reads one for each partner,
  /// a resumed session each of its own (22 M of `due`'s 508 M at 50,000 sessions). Anything
  /// else, including every form that is not quite this one, is nil: `JSONDecoder`'s to read.
  static func plainAnswer(_ text: String) -> Answer? {
    var text = text
    return text.withUTF8 { bytes -> Answer? in
      let head = Array(#"{"kind":""#.utf8)
      let middle = Array(#"","value":"#.utf8)
      guard bytes.count > head.count + middle.count + 1, bytes.starts(with: head), bytes.last == UInt8(ascii: "}")
      else { return nil }
      let rest = bytes[head.count...]
      guard let kindEnd = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
      let kind = String(decoding: rest[..<kindEnd], as: UTF8.self)
      let afterKind = bytes[kindEnd...]
      guard afterKind.starts(with: middle) else { return nil }
      let value = bytes[(kindEnd + middle.count)..<(bytes.count - 1)]
      switch (kind, value.elementsEqual("true".utf8), value.elementsEqual("false".utf8)) {
      case ("yesno", true, _): return .yesNo(true)
      case ("yesno", _, true): return .yesNo(false)
      case ("skipped", _, _): return value.elementsEqual("null".utf8) ? .skipped : nil
      default: break
      }
      // A string with nothing to unescape: quotes at both ends, none inside, no backslash and
      // no control character (which JSON refuses).
      guard value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") else { return nil }
      let inner = value.dropFirst().dropLast()
      guard !inner.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
        return nil
      }
      let string = String(decoding: inner, as: UTF8.self)
      switch kind {
      case "text": return .text(string)
      case "choice": return .choice(string)
      case "datetime": return LocalDateTime(string).map(Answer.dateTime)
      case "status": return ActionStatus(rawValue: string).map(Answer.status)
      default: return nil
      }
    }
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
    return text.withUTF8 { bytes in storedDate(bytes: bytes) }
  }

  /// `storedDate(_:)` of the UTF-8 bytes of a text, read where SQLite keeps them.
  static func storedDate(bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
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

  /// The phase named by the UTF-8 bytes of a text, read where SQLite keeps them; nil for any
  /// other text.
  static func phase(bytes: UnsafeBufferPointer<UInt8>) -> Phase? {
    phaseNames.first { name, _ in name.elementsEqual(bytes) }?.phase
  }

  private static let phaseNames = Phase.allCases.map { (name: Array($0.rawValue.utf8), phase: $0) }

  /// The action status named by the UTF-8 bytes of a text, read where SQLite keeps them; nil
  /// for any other text (`due` reads one for each of tens of thousands of actions).
  static func status(bytes: UnsafeBufferPointer<UInt8>) -> ActionStatus? {
    statusNames.first { name, _ in name.elementsEqual(bytes) }?.status
  }

  private static let statusNames = ActionStatus.allCases.map { (name: Array($0.rawValue.utf8), status: $0) }

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
