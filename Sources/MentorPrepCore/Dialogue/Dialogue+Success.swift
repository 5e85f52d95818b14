/// What success looks like for an action, typed on the action's own line (`…; done when it
/// fits on one page`): recorded as that action's `actions.success` answer, where the review, the
/// follow-up and the calendar look for it, so that the question is not asked for it again.
extension Dialogue {
  /// The success answers the actions just given carry; one that came from a line and is no
  /// longer on it is taken back (an answer typed at the question itself is left alone).
  mutating func recordSuccessOnTheLine(of key: String, _ answer: Answer) -> [DialogueEffect] {
    guard case .actions = answer, bank.question(key)?.question.kind == .actions else { return [] }
    var effects: [DialogueEffect] = []
    for action in bank.proposedActions(in: answers, session: context.sessionNumber) {
      let successKey = AnswerKey(question: SessionRecord.Key.actionSuccess, item: action.ref).text
      let fromTheLine = progress.answeredInline?.contains(successKey) ?? false
      if let success = action.item.success {
        if !fromTheLine { progress.answeredInline = (progress.answeredInline ?? []) + [successKey] }
        guard answers[successKey] != .text(success) else { continue }
        answers[successKey] = .text(success)
        effects.append(.record(key: successKey, answer: .text(success)))
      } else if fromTheLine {
        let kept = progress.answeredInline?.filter { $0 != successKey } ?? []
        progress.answeredInline = kept.isEmpty ? nil : kept
        answers[successKey] = .skipped
        effects.append(.record(key: successKey, answer: .skipped))
      }
    }
    return effects
  }
}
