/// Saved places by id: each place carries the ids of its question and item, and a restored
/// dialogue finds its indexes again from them, so a bank edited between two runs does not shift
/// the conversation.
extension Dialogue {
  /// `progress` with the ids of every place filled in from its indexes.
  func identified(_ progress: DialogueProgress) -> DialogueProgress {
    var progress = progress
    progress.cursor = progress.cursor.map(identified)
    progress.returnTo = progress.returnTo.map(identified)
    // A place joins the trail as the cursor it was, ids and all, and never changes there; only
    // one without ids (a gate, or a record saved by index) is looked at again.
    if progress.trail.contains(where: { $0.questionID == nil && !$0.gate }) {
      progress.trail = progress.trail.map { $0.questionID == nil ? identified($0) : $0 }
    }
    return progress
  }

  func identified(_ cursor: Cursor) -> Cursor {
    var cursor = cursor
    guard !cursor.gate, let state = bank.state(cursor.state), state.questions.indices.contains(cursor.question)
    else {
      cursor.questionID = nil
      cursor.itemRef = nil
      return cursor
    }
    cursor.questionID = state.questions[cursor.question].id
    cursor.itemRef = state.forEach == nil ? nil : item(at: cursor)?.ref
    return cursor
  }

  /// After restoring: the indexes of every saved place from its ids. A pending question that
  /// is gone is left for `begin` to go on after, with a note; earlier places that are gone are
  /// dropped, as there is nothing to go back to.
  mutating func relocate() {
    var restored = progress
    restored.trail = progress.trail.compactMap(located)
    restored.returnTo = progress.returnTo.flatMap(located)
    if let cursor = progress.cursor {
      if let found = located(cursor) {
        restored.cursor = found
      } else if let state = bank.state(cursor.state) {
        // The question that was pending is gone: its old index now holds what came after it.
        var from = cursor
        from.question = min(cursor.question, state.questions.count) - 1
        from.questionID = nil
        skipped = (
          from,
          "The question you were at (\(cursor.questionID ?? cursor.state)) is no longer in the bank; going on with the next one."
        )
        restored.draft = nil
        restored.returnTo = nil
      }
    }
    progress = restored
  }

  /// `cursor` with its indexes found from its ids; nil when its question is gone.
  private func located(_ cursor: Cursor) -> Cursor? {
    guard !cursor.gate, let id = cursor.questionID, let state = bank.state(cursor.state) else { return cursor }
    var found = cursor
    if let ref = cursor.itemRef, let index = items(of: state).firstIndex(where: { $0?.ref == ref }) {
      found.item = index
    }
    guard let question = state.questions.firstIndex(where: { $0.id == id }) else { return nil }
    found.question = question
    return found
  }
}
