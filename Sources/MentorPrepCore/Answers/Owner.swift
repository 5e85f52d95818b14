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
