/// A restored dialogue checks its saved places against the bank as it is now: places are ids,
/// so a question inserted or moved between two runs does not shift the conversation, and one
/// that is gone is said, never guessed at.
extension Dialogue {
  /// Drops the places that are gone from the bank, and when the pending question is gone,
  /// leaves `begin` a place to go on from, with a note.
  mutating func relocate() {
    var restored = progress
    restored.trail = progress.trail.filter(isInBank)
    restored.returnTo = progress.returnTo.flatMap { isInBank($0) ? $0 : nil }
    if case .asking(let state, let question, let item) = progress.position, !isInBank(progress.position) {
      if item == nil, let pending = firstUnanswered(question, in: state) {
        // Saved before places kept their item: the pending item is the first not yet answered.
        restored.position = pending
      } else {
        skipped = (
          next(inState: state, item: item, trail: restored.trail),
          "The question you were at (\(question)) is no longer in the bank; going on with the next one."
        )
        restored.draft = nil
        restored.returnTo = nil
      }
    }
    progress = restored
  }

  /// Whether the bank still has `position`'s question (and item), or its state.
  private func isInBank(_ position: Position) -> Bool {
    switch position {
    case .asking: stop(at: position) != nil
    case .entering(let state), .betweenPhases(let state): bank.state(state) != nil
    case .finished: true
    }
  }

  /// In a state that walks a list, `question` for the first item it has no answer for.
  private func firstUnanswered(_ question: String, in id: String) -> Position? {
    guard let state = bank.state(id), state.forEach != nil, state.questions.contains(where: { $0.id == question })
    else { return nil }
    let refs = items(of: state).compactMap { $0?.ref }
    guard let ref = refs.first(where: { answers[AnswerKey(question: question, item: $0).text] == nil }) else { return nil }
    return .asking(state: id, question: question, item: ref)
  }

  /// Where to go on when the pending question is gone: after the last question answered, when
  /// that was in the same state and item; else from the start of the state (for the item).
  private func next(inState state: String, item: String?, trail: [Position]) -> Stop {
    if case .asking(state, _, item)? = trail.last, var stop = trail.last.flatMap(stop(at:)) {
      stop.question += 1
      return stop
    }
    let items = bank.state(state).map(items(of:)) ?? []
    return Stop(state: state, item: items.firstIndex { $0?.ref == item && item != nil } ?? 0)
  }
}
