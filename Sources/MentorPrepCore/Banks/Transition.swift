/// Where a state leads: the first transition whose condition holds is taken.
public struct Transition: Sendable, Equatable, Codable {
  public var condition: Condition?
  public var target: Target

  public init(condition: Condition? = nil, target: Target) {
    self.condition = condition
    self.target = target
  }

  /// A state id, or the end of the conversation.
  ///
  /// Written as the bank file writes it: the state id, or `end`.
  public enum Target: Sendable, Equatable, Codable {
    case state(String)
    case end

    public init(from decoder: any Decoder) throws {
      let id = try decoder.singleValueContainer().decode(String.self)
      self = id == "end" ? .end : .state(id)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .state(let id): try container.encode(id)
      case .end: try container.encode("end")
      }
    }
  }
}
