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
