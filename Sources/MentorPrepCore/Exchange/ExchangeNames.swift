/// Whose an action is, said to the person importing: `yours`, else the owner's name.
public struct ExchangeNames: Sendable, Equatable {
  public var myRole: Role
  public var mentee: String
  public var mentor: String

  public init(myRole: Role, mentee: String, mentor: String) {
    self.myRole = myRole
    self.mentee = mentee
    self.mentor = mentor
  }

  public func whose(_ owner: Owner) -> String {
    if owner == .role(myRole) { return "yours" }
    return ExportText.line(owner.name(mentee: mentee, mentor: mentor)) + "'s"
  }
}
