/// A question's wording: one text for both roles, or one for each.
public struct RoleText: Sendable, Equatable, Codable {
  public var mentee: String
  public var mentor: String

  public init(both: String) {
    mentee = both
    mentor = both
  }

  public init(mentee: String, mentor: String) {
    self.mentee = mentee
    self.mentor = mentor
  }

  public func text(for role: Role) -> String {
    switch role {
    case .mentee: mentee
    case .mentor: mentor
    }
  }
}
