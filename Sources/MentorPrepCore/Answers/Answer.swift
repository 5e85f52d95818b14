/// What a user answered to one question, in the form the question's kind asks for.
public enum Answer: Sendable, Equatable {
  case text(String)
  case yesNo(Bool)
  /// The id of the chosen option.
  case choice(String)
  case dateTime(LocalDateTime)
  case list([String])
  case actions([ActionItem])
  case status(ActionStatus)
  /// A whole number: a rating from 1 to 5, or a length in minutes.
  case number(Int)
  /// An optional question the user passed over.
  case skipped

  /// The answer as one line a person reads (lists joined with "; ").
  public var summary: String {
    switch self {
    case .text(let text): text
    case .yesNo(let yes): yes ? "yes" : "no"
    case .choice(let id): id
    case .dateTime(let date): date.description
    case .list(let items): items.joined(separator: "; ")
    case .actions(let items): items.map(\.description).joined(separator: "; ")
    case .status(let status): status.label
    case .number(let value): String(value)
    case .skipped: "(skipped)"
    }
  }

  /// The text a user would type to give this answer again, as offered by `/back` and `/edit`.
  /// Lists and actions are edited item by item, so they have none.
  public var editableText: String? {
    switch self {
    case .text(let text): text
    case .yesNo(let yes): yes ? "y" : "n"
    case .choice(let id): id
    case .dateTime(let date): date.description
    case .status(let status): status.rawValue
    case .number(let value): String(value)
    case .list, .actions, .skipped: nil
    }
  }

  /// The value compared by conditions (`setup.role: mentor`, `setup.first_session: yes`).
  public var conditionValue: String? {
    switch self {
    case .yesNo(let yes): yes ? "yes" : "no"
    case .choice(let id): id
    case .status(let status): status.rawValue
    case .text(let text): text
    case .number(let value): String(value)
    case .dateTime, .list, .actions, .skipped: nil
    }
  }
}

// MARK: - JSON form

extension Answer: Codable {
  private enum CodingKeys: String, CodingKey { case kind, value }

  private enum Form: String, Codable {
    case text, yesno, choice, datetime, list, actions, status, number, skipped
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let text):
      try container.encode(Form.text, forKey: .kind)
      try container.encode(text, forKey: .value)
    case .yesNo(let yes):
      try container.encode(Form.yesno, forKey: .kind)
      try container.encode(yes, forKey: .value)
    case .choice(let id):
      try container.encode(Form.choice, forKey: .kind)
      try container.encode(id, forKey: .value)
    case .dateTime(let date):
      try container.encode(Form.datetime, forKey: .kind)
      try container.encode(date, forKey: .value)
    case .list(let items):
      try container.encode(Form.list, forKey: .kind)
      try container.encode(items, forKey: .value)
    case .actions(let items):
      try container.encode(Form.actions, forKey: .kind)
      try container.encode(items, forKey: .value)
    case .status(let status):
      try container.encode(Form.status, forKey: .kind)
      try container.encode(status, forKey: .value)
    case .number(let value):
      try container.encode(Form.number, forKey: .kind)
      try container.encode(value, forKey: .value)
    case .skipped:
      try container.encode(Form.skipped, forKey: .kind)
      try container.encodeNil(forKey: .value)
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Form.self, forKey: .kind) {
    case .text: self = .text(try container.decode(String.self, forKey: .value))
    case .yesno: self = .yesNo(try container.decode(Bool.self, forKey: .value))
    case .choice: self = .choice(try container.decode(String.self, forKey: .value))
    case .datetime: self = .dateTime(try container.decode(LocalDateTime.self, forKey: .value))
    case .list: self = .list(try container.decode([String].self, forKey: .value))
    case .actions: self = .actions(try container.decode([ActionItem].self, forKey: .value))
    case .status: self = .status(try container.decode(ActionStatus.self, forKey: .value))
    case .number: self = .number(try container.decode(Int.self, forKey: .value))
    case .skipped: self = .skipped
    }
  }
}
