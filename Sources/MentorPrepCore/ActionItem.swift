/// Something one side agreed to do, with an owner and perhaps a due date.
public struct ActionItem: Sendable, Equatable, Codable {
  public var text: String
  public var owner: Owner
  public var due: LocalDateTime?

  public init(text: String, owner: Owner, due: LocalDateTime? = nil) {
    self.text = text
    self.owner = owner
    self.due = due
  }
}

extension ActionItem: CustomStringConvertible {
  /// The action as typed: `Draft the pitch @mentor by 2026-11-27`.
  public var description: String {
    var line = "\(text) @\(owner)"
    if let due { line += " by \(due)" }
    return line
  }
}

/// Who owns an action: one of the two roles, or someone else named.
public enum Owner: Sendable, Equatable, Hashable {
  case role(Role)
  case named(String)

  /// The owner's name as a user reads it, given who the two sides are.
  public func name(mentee: String, mentor: String) -> String {
    switch self {
    case .role(.mentee): mentee
    case .role(.mentor): mentor
    case .named(let name): name
    }
  }
}

extension Owner: CustomStringConvertible, Codable {
  public var description: String {
    switch self {
    case .role(let role): role.rawValue
    case .named(let name): name
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    self = Role(rawValue: text).map(Owner.role) ?? .named(text)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// How far an action has got, as reviewed at the next meeting.
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
  case open
  case done
  case partly
  case notYet = "not_yet"
  /// Given up on purpose: settled, and restated nowhere.
  case dropped

  /// Whether the action is still to be reviewed at the next meeting.
  public var isOpen: Bool {
    switch self {
    case .open, .partly, .notYet: true
    case .done, .dropped: false
    }
  }

  public var label: String {
    switch self {
    case .open: "open"
    case .done: "done"
    case .partly: "partly done"
    case .notYet: "not yet"
    case .dropped: "dropped"
    }
  }

  /// The answers a review of an action offers.
  static let reviewOptions: [Question.Option] = [ActionStatus.done, .partly, .notYet, .dropped].map {
    Question.Option(id: $0.rawValue, label: $0.label)
  }
}
