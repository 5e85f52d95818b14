/// Something one side agreed to do, with an owner, perhaps a due date, and perhaps what
/// success looks like (`…; done when the pitch fits on one page`).
public struct ActionItem: Sendable, Equatable, Codable {
  public var text: String
  public var owner: Owner
  public var due: LocalDateTime?
  public var success: String?

  public init(text: String, owner: Owner, due: LocalDateTime? = nil, success: String? = nil) {
    self.text = text
    self.owner = owner
    self.due = due
    self.success = success
  }
}

extension ActionItem: CustomStringConvertible {
  /// The action as typed: `Draft the pitch @mentor by 2026-11-27`.
  public var description: String {
    var line = "\(text) @\(owner)"
    if let due { line += " by \(due)" }
    if let success { line += "; done when \(success)" }
    return line
  }
}
