import MentorPrepCore

/// An open action with a date, and whether it is the user's own.
public struct DueAction: Sendable, Equatable {
  public var action: ActionRow
  /// Whether the user of this home owns it (rather than the partner or a third person).
  public var isMine: Bool

  public init(action: ActionRow, isMine: Bool) {
    self.action = action
    self.isMine = isMine
  }
}
