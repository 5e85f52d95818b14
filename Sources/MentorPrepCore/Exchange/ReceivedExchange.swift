import Foundation

/// An exchange record as it arrives from the partner (SPEC §7), read strictly: every key the
/// schema lists and no other, each value of its type, ids and times in their forms. Its text is
/// neutralised on the way in (control characters, line breaks in a line, bidirectional
/// controls), as any bad input is; what does not fit is refused whole (`ExchangeReadError`).
public struct ReceivedExchange: Sendable, Equatable {
  /// One of the two people, as the sender names them.
  public struct Person: Sendable, Equatable {
    public var role: Role
    public var name: String?
    public var email: String?
  }

  /// An action as the sender's record holds it.
  public struct Action: Sendable, Equatable {
    public var id: String
    public var text: String
    /// Whose it is in the sender's words: the mentee or the mentor, or nil for a third person.
    public var ownerRole: Role?
    public var ownerName: String
    public var due: LocalDateTime?
    public var status: ActionStatus
    public var success: String?
    public var updatedAt: Date
  }

  /// The sender's id of the relationship.
  public var relationshipID: String
  public var sender: Person
  public var recipient: Person
  public var sessionNumber: Int
  public var meetingAt: LocalDateTime?
  public var phaseReached: Phase
  public var sentAt: Date
  /// The shared answers by question id: text, lists, numbers and yes/no as they came (a choice
  /// or a date arrives as text, for the receiving bank's question to read).
  public var answers: [String: Answer]
  public var actions: [Action]
  public var nextMeetingAt: LocalDateTime?

  /// The most a file to import may hold (SPEC §6: 1 MB).
  public static let maximumSize = ExchangeAttachment.maximumSize

  /// Reads the record from what a person imports: the JSON, or a mail carrying it.
  public init(bytes: [UInt8]) throws(ExchangeReadError) {
    let json = try ExchangeAttachment.json(in: bytes)
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(json))
    } catch {
      throw .doesNotFit("it is not complete JSON")
    }
    let root = try Fields(
      value, at: "$",
      keys: ["exchange", "relationship_id", "sender", "recipient", "session", "answers", "actions", "next_meeting_at"])
    guard try root.integer("exchange") == 1 else { throw .doesNotFit("$.exchange: only version 1 is read") }
    relationshipID = try root.id("relationship_id")
    sender = try Self.person(root.object("sender", keys: ["role", "name", "email"]))
    recipient = try Self.person(root.object("recipient", keys: ["role", "name", "email"]))
    guard sender.role != recipient.role else { throw .doesNotFit("$.recipient.role: the same role as the sender's") }
    let session = try root.object("session", keys: ["number", "meeting_at", "phase_reached", "sent_at"])
    sessionNumber = try session.integer("number")
    meetingAt = try session.date("meeting_at")
    guard let phase = Phase(rawValue: try session.string("phase_reached")) else {
      throw .doesNotFit("$.session.phase_reached: not a phase")
    }
    phaseReached = phase
    sentAt = try session.instant("sent_at")
    answers = try Self.answers(root.value("answers"), at: "$.answers")
    var seen: Set<String> = []
    actions = try root.array("actions").enumerated().map { index, value throws(ExchangeReadError) in
      let action = try Self.action(
        Fields(
          value, at: "$.actions[\(index)]", keys: ["id", "text", "owner", "due", "status", "success", "updated_at"]))
      guard seen.insert(action.id).inserted else { throw .doesNotFit("$.actions[\(index)].id: sent twice") }
      return action
    }
    nextMeetingAt = try root.date("next_meeting_at")
  }

  private static func person(_ fields: Fields) throws(ExchangeReadError) -> Person {
    Person(
      role: try fields.role("role"), name: try fields.optionalLine("name"), email: try fields.optionalLine("email"))
  }

  private static func action(_ fields: Fields) throws(ExchangeReadError) -> Action {
    let owner = try fields.object("owner", keys: ["role", "name"])
    guard let status = ActionStatus(rawValue: try fields.string("status")) else {
      throw .doesNotFit("\(fields.path).status: not a status")
    }
    return Action(
      id: try fields.id("id"), text: try fields.line("text"),
      ownerRole: try owner.isNull("role") ? nil : owner.role("role"), ownerName: try owner.line("name"),
      due: try fields.date("due"), status: status, success: try fields.optionalLine("success"),
      updatedAt: try fields.instant("updated_at"))
  }

  private static func answers(_ value: Any?, at path: String) throws(ExchangeReadError) -> [String: Answer] {
    guard let object = value as? [String: Any] else { throw .doesNotFit("\(path): not an object") }
    var answers: [String: Answer] = [:]
    for (key, value) in object {
      guard key.wholeMatch(of: /[a-z][a-z0-9_]*(\.[a-z0-9_]+)+/) != nil else {
        throw .doesNotFit("\(path): '\(ExportText.line(key))' is not a question id")
      }
      switch value {
      case let number as NSNumber where Fields.isBoolean(number): answers[key] = .yesNo(number.boolValue)
      case let number as NSNumber where number.doubleValue == number.doubleValue.rounded():
        answers[key] = .number(number.intValue)
      case let text as String: answers[key] = .text(Fields.neutral(text, block: true))
      case let items as [Any]:
        let texts = items.compactMap { $0 as? String }
        guard texts.count == items.count else { throw .doesNotFit("\(path).\(key): a list of more than text") }
        answers[key] = .list(texts.map { Fields.neutral($0, block: false) })
      default: throw .doesNotFit("\(path).\(key): not an answer")
      }
    }
    return answers
  }
}

/// One JSON object of the record, its keys checked against the schema's.
private struct Fields {
  let members: [String: Any]
  let path: String

  init(_ value: Any?, at path: String, keys: Set<String>) throws(ExchangeReadError) {
    guard let members = value as? [String: Any] else { throw .doesNotFit("\(path): not an object") }
    if let unknown = members.keys.filter({ !keys.contains($0) }).sorted().first {
      throw .doesNotFit("\(path): unknown key '\(ExportText.line(unknown))'")
    }
    if let missing = keys.subtracting(members.keys).sorted().first {
      throw .doesNotFit("\(path): missing '\(missing)'")
    }
    self.members = members
    self.path = path
  }

  func value(_ key: String) -> Any? { members[key] }

  func isNull(_ key: String) -> Bool { members[key] is NSNull }

  func object(_ key: String, keys: Set<String>) throws(ExchangeReadError) -> Fields {
    try Fields(members[key], at: "\(path).\(key)", keys: keys)
  }

  func array(_ key: String) throws(ExchangeReadError) -> [Any] {
    guard let items = members[key] as? [Any] else { throw .doesNotFit("\(path).\(key): not a list") }
    return items
  }

  func string(_ key: String) throws(ExchangeReadError) -> String {
    guard let text = members[key] as? String else { throw .doesNotFit("\(path).\(key): not text") }
    return text
  }

  func integer(_ key: String) throws(ExchangeReadError) -> Int {
    guard let number = members[key] as? NSNumber, !Self.isBoolean(number),
      number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e15
    else { throw .doesNotFit("\(path).\(key): not a whole number") }
    return number.intValue
  }

  /// Text on one line, neutralised; an empty one is refused.
  func line(_ key: String) throws(ExchangeReadError) -> String {
    let text = Self.neutral(try string(key), block: false)
    guard !text.isEmpty else { throw .doesNotFit("\(path).\(key): empty") }
    return text
  }

  func optionalLine(_ key: String) throws(ExchangeReadError) -> String? {
    if isNull(key) { return nil }
    let text = Self.neutral(try string(key), block: false)
    return text.isEmpty ? nil : text
  }

  func role(_ key: String) throws(ExchangeReadError) -> Role {
    guard let role = Role(rawValue: try string(key)) else { throw .doesNotFit("\(path).\(key): not mentee or mentor") }
    return role
  }

  func id(_ key: String) throws(ExchangeReadError) -> String {
    let id = try string(key)
    guard id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil else {
      throw .doesNotFit("\(path).\(key): not an id")
    }
    return id
  }

  func date(_ key: String) throws(ExchangeReadError) -> LocalDateTime? {
    if isNull(key) { return nil }
    let text = try string(key)
    guard text.wholeMatch(of: /\d{4}-\d\d-\d\d(T\d\d:\d\d)?/) != nil, let date = LocalDateTime(text) else {
      throw .doesNotFit("\(path).\(key): not a date")
    }
    return date
  }

  func instant(_ key: String) throws(ExchangeReadError) -> Date {
    let text = try string(key)
    guard text.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil,
      let instant = ISO8601DateFormatter().date(from: text)
    else { throw .doesNotFit("\(path).\(key): not a time in UTC") }
    return instant
  }

  /// Whether JSON said `true` or `false` rather than a number (both arrive as NSNumber).
  static func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  /// Text as an export would write it: no control character, no bidirectional control.
  static func neutral(_ text: String, block: Bool) -> String {
    let clean = ExportText.withoutBidirectionalControls(text)
    return block ? ExportText.block(clean) : ExportText.line(clean)
  }
}
