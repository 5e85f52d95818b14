/// How an earlier action was reviewed: its status now, what was learned, and for one not yet
/// done, the date it is carried forward to and what a closing meeting decided about it.
public struct ActionReview: Sendable, Equatable, Codable {
  public var action: TrackedAction
  public var status: ActionStatus
  public var learned: String?
  /// The date an action still open is carried forward to (nil keeps its date).
  public var newDue: LocalDateTime?
  /// At a separation, what becomes of an action still open.
  public var closeOut: CloseOutChoice?

  public init(
    action: TrackedAction, status: ActionStatus, learned: String?, newDue: LocalDateTime? = nil,
    closeOut: CloseOutChoice? = nil
  ) {
    self.action = action
    self.status = status
    self.learned = learned
    self.newDue = newDue
    self.closeOut = closeOut
  }

  /// The action as this review leaves it, for a user in `role`: dropped when it was closed out
  /// so, carried to its new date, and handed to the other of the two (an action of someone
  /// else named is taken on by the user).
  public func outcome(for role: Role) -> TrackedAction {
    var action = self.action
    action.status = closeOut == .drop ? .dropped : status
    guard action.status.isOpen else { return action }
    if let newDue { action.item.due = newDue }
    if closeOut == .handOver {
      switch action.item.owner {
      case .role(let owner): action.item.owner = .role(owner.partner)
      case .named: action.item.owner = .role(role)
      }
    }
    return action
  }

  /// The reviews recorded under `status-question#ref` keys for these actions.
  public static func reviews(in answers: [String: Answer], of actions: [TrackedAction]) -> [ActionReview] {
    actions.compactMap { action in
      var status: ActionStatus?
      var learned: String?
      var newDue: LocalDateTime?
      var closeOut: CloseOutChoice?
      for (text, answer) in answers {
        let key = AnswerKey(text)
        guard key.item == action.ref else { continue }
        switch answer {
        case .status(let value): status = value
        case .text(let text) where key.question == SessionRecord.Key.reviewLearned: learned = text
        case .dateTime(let date) where key.question == SessionRecord.Key.reviewNewDue: newDue = date
        case .choice(let id) where key.question == SessionRecord.Key.reviewCloseOut:
          closeOut = CloseOutChoice(rawValue: id)
        default: break
        }
      }
      return status.map {
        ActionReview(action: action, status: $0, learned: learned, newDue: newDue, closeOut: closeOut)
      }
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
