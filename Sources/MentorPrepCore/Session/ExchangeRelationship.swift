import Foundation

/// What the exchange record (SPEC §7) needs of the relationship beyond one session's answers:
/// its id, its actions as they stand with when each last changed, and when the last exchange
/// was sent. The store reads it; the exporter only reads this value.
public struct ExchangeRelationship: Sendable, Equatable {
  /// The relationship's random id.
  public var id: String
  /// Every action of the relationship as it stands now (each with its id).
  public var actions: [ExchangedAction]
  /// When the relationship's last exchange record was sent; nil before the first, when every
  /// action travels.
  public var lastExchange: Date?

  public init(id: String, actions: [ExchangedAction], lastExchange: Date? = nil) {
    self.id = id
    self.actions = actions
    self.lastExchange = lastExchange
  }
}
