import MentorPrepCore

/// A relationship as `--with` looks partners up: its id and the names on both sides.
public struct KnownPartner: Sendable, Equatable {
  public var id: Int64
  public var partner: String
  public var role: Role?

  public init(id: Int64, partner: String, role: Role?) {
    self.id = id
    self.partner = partner
    self.role = role
  }
}
