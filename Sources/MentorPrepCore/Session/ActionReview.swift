/// How an earlier action was reviewed: its status now and what was learned.
public struct ActionReview: Sendable, Equatable, Codable {
  public var action: TrackedAction
  public var status: ActionStatus
  public var learned: String?

  public init(action: TrackedAction, status: ActionStatus, learned: String?) {
    self.action = action
    self.status = status
    self.learned = learned
  }

  /// The reviews recorded under `status-question#ref` keys for these actions.
  public static func reviews(in answers: [String: Answer], of actions: [TrackedAction]) -> [ActionReview] {
    actions.compactMap { action in
      var status: ActionStatus?
      var learned: String?
      for (text, answer) in answers {
        let key = AnswerKey(text)
        guard key.item == action.ref else { continue }
        switch answer {
        case .status(let value): status = value
        case .text(let text) where key.question == SessionRecord.Key.reviewLearned: learned = text
        default: break
        }
      }
      return status.map { ActionReview(action: action, status: $0, learned: learned) }
    }
  }

  /// The status each reviewed action takes in the relationship, by ref.
  public static func statuses(in answers: [String: Answer]) -> [String: ActionStatus] {
    var result: [String: ActionStatus] = [:]
    for (key, answer) in answers {
      guard case .status(let status) = answer, let ref = AnswerKey(key).item else { continue }
      result[ref] = status
    }
    return result
  }
}
