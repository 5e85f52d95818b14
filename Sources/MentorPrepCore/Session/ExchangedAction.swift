import Foundation

/// An action as it stands, with when it last changed and what success looks like for it.
public struct ExchangedAction: Sendable, Equatable {
  public var action: TrackedAction
  /// When the action was agreed, reviewed, settled or carried last (an instant, sent in UTC).
  public var updatedAt: Date

  public init(action: TrackedAction, updatedAt: Date) {
    self.action = action
    self.updatedAt = updatedAt
  }
}
