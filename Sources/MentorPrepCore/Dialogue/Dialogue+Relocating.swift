/// A restored dialogue checks its saved places against the bank as it is now, and against the
/// actions it walks: places are ids, so a question inserted or moved between two runs does not
/// shift the conversation, and a pending question or action that is gone is said, with where
/// the conversation goes on.
extension Dialogue {
  /// Drops the places that are gone, and when the pending question or its action is gone,
  /// leaves `begin` a place to go on from, with a note.
  mutating func relocate() {
    var restored = progress
    restored.trail = progress.trail.filter(isInBank)
    restored.returnTo = progress.returnTo.flatMap { isInBank($0) ? $0 : nil }
    if case .asking(let state, let question, let item) = progress.position, !isInBank(progress.position) {
      if bank.state(state)?.questions.contains(where: { $0.id == question }) != true {
        lostPlace = (
          next(inState: state, item: item, trail: restored.trail),
          "The question you were at (\(question)) is no longer in the bank; going on with the next one."
        )
      } else if item == nil, bank.state(state)?.forEach != nil,
        let place = position(at: firstUnfinished(in: state))
      {
        // Saved before places named their action: it is where the walk stands, the first
        // question that applies and has no answer; a list typed there is kept.
        restored.position = place
        if place.answerKey?.question != question { restored.draft = nil }
      } else {
        lostPlace = (
          firstUnfinished(in: state),
          item.map { "The action you were at (\($0)) is no longer open; going on with the next one." }
        )
      }
      if lostPlace != nil {
        restored.draft = nil
        restored.returnTo = nil
      }
    }
    progress = restored
  }

  /// Whether the bank still has `position`'s question (and the walk its action), or its state.
  func isInBank(_ position: Position) -> Bool {
    switch position {
    case .asking: stop(at: position) != nil
    case .entering(let state), .betweenPhases(let state): bank.state(state) != nil
    case .finished: true
    }
  }

  /// In a state that walks a list, where an uninterrupted run would stand: the first question
  /// that applies and has no answer, item by item; past the last item when every one is done.
  private func firstUnfinished(in id: String) -> Stop {
    guard let state = bank.state(id) else { return Stop(state: id) }
    let items = items(of: state)
    for (index, item) in items.enumerated() {
      for (number, question) in state.questions.enumerated()
      where applies(question, item: item) && answers[AnswerKey(question: question.id, item: item?.ref).text] == nil {
        return Stop(state: id, item: index, question: number)
      }
    }
    return Stop(state: id, item: items.count)
  }

  /// The question at `stop`, when it is one.
  private func position(at stop: Stop) -> Position? {
    guard let state = bank.state(stop.state), state.questions.indices.contains(stop.question) else { return nil }
    let items = items(of: state)
    guard items.indices.contains(stop.item) else { return nil }
    return .asking(state: state.id, question: state.questions[stop.question].id, item: items[stop.item]?.ref)
  }

  /// Where to go on when the pending question is gone: after the last question answered, when
  /// that was in the same state and item; else from the start of the state (for the item).
  private func next(inState state: String, item: String?, trail: [Position]) -> Stop {
    if case .asking(state, _, item)? = trail.last, var stop = trail.last.flatMap(stop(at:)) {
      stop.question += 1
      return stop
    }
    let items = bank.state(state).map(items(of:)) ?? []
    return Stop(state: state, item: item.flatMap { ref in items.firstIndex { $0?.ref == ref } } ?? 0)
  }
}
