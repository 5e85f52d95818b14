/// Which relationship a partner's record joins on first contact, when its id is not known yet.
public enum ExchangeLink: Sendable, Equatable {
  /// A partner met here already, by name.
  case partner(String)
  /// A new relationship with the record's sender.
  case newRelationship
}
