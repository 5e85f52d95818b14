/// Whose an action is, said to the person importing: `yours`, else the owner's name.
public struct ExchangeNames: Sendable, Equatable {
  public var myRole: Role
  public var pair: MentoringPair

  public init(myRole: Role, pair: MentoringPair) {
    self.myRole = myRole
    self.pair = pair
  }

  public func whose(_ owner: Owner) -> String {
    if owner == .role(myRole) { return "yours" }
    return ExportText.line(pair.name(of: owner)) + "'s"
  }
}
