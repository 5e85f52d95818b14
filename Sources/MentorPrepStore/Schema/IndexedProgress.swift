import MentorPrepCore

/// A conversation's progress as it was saved while places were indexes into the bank (schema
/// v2, and v3 with the ids written beside them), read only to migrate it to places by id.
///
/// Frozen: it describes stored rows of that time, whatever `DialogueProgress` becomes.
struct IndexedProgress: Decodable {
  /// A place as it was saved: a question by index, with its ids since v3; `gate` for the
  /// question between phases; question -1 for a state about to be entered.
  struct Place: Decodable {
    var state: String
    var item: Int
    var question: Int
    var gate: Bool
    var questionID: String?
    var itemRef: String?
  }

  var cursor: Place?
  var trail: [Place]
  var returnTo: Place?
  var prefilled: [String]
  var draft: Answer?
  var lookedUp: String?
  var startPhase: Phase?

  /// The same progress with places by id. An index is read with the question ids of each state
  /// (`questions`) as the banks had them when it was saved; one they do not have becomes its
  /// state's first question. An item saved by index alone is left for the dialogue to find
  /// (the first it has no answer for): its ref depends on the relationship's other sessions.
  func positioned(questions: [String: [String]]) -> DialogueProgress {
    var progress = DialogueProgress(position: cursor.map { $0.position(questions: questions) } ?? .finished)
    progress.trail = trail.map { $0.position(questions: questions) }
    progress.returnTo = returnTo.map { $0.position(questions: questions) }
    progress.prefilled = prefilled
    progress.draft = draft
    progress.lookedUp = lookedUp
    progress.startPhase = startPhase
    return progress
  }
}

extension IndexedProgress.Place {
  func position(questions: [String: [String]]) -> Position {
    if gate { return .betweenPhases(next: state) }
    if question < 0 { return .entering(state: state) }
    if let questionID { return .asking(state: state, question: questionID, item: itemRef) }
    guard let ids = questions[state], !ids.isEmpty else { return .entering(state: state) }
    return .asking(state: state, question: ids.indices.contains(question) ? ids[question] : ids[0], item: itemRef)
  }
}
