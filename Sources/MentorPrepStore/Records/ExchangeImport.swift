import MentorPrepCore

/// One record to import, with the link chosen for it when its relationship is not known yet.
public struct ExchangeImport: Sendable {
  public var record: ReceivedExchange
  public var link: ExchangeLink?

  public init(record: ReceivedExchange, link: ExchangeLink?) {
    self.record = record
    self.link = link
  }
}
