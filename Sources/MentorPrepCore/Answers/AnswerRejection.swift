/// Why an answer was not accepted: one sentence, shown before the question is asked again.
public struct AnswerRejection: Error, Sendable, Equatable {
  public var reason: String

  public init(_ reason: String) {
    self.reason = reason
  }
}
