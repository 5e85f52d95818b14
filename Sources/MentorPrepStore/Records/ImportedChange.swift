import MentorPrepCore

/// What one import changed, in the words its report needs.
public struct ImportedChange: Sendable, Equatable {
  public var change: ImportChange
  public var names: ExchangeNames
}
