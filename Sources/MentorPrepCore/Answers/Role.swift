/// The two sides of a mentoring relationship.
public enum Role: String, Sendable, Codable, CaseIterable {
  case mentee, mentor

  /// The other side.
  public var partner: Role {
    switch self {
    case .mentee: .mentor
    case .mentor: .mentee
    }
  }
}
