/// The actions a session agreed: as recorded during the meeting, and as they stand once the
/// after phase has kept, re-dated, handed over or dropped each of the user's own.
extension QuestionBank {
  /// The actions recorded in a session, numbered `session.n` in bank order, before any choice.
  public func proposedActions(in answers: [String: Answer], session: Int) -> [TrackedAction] {
    var result: [TrackedAction] = []
    for state in states {
      for question in state.questions where question.kind == .actions {
        guard case .actions(let items)? = answers[question.id] else { continue }
        for item in items {
          result.append(
            TrackedAction(ref: "\(session).\(result.count + 1)", session: session, item: item, status: .open))
        }
      }
    }
    return result
  }

  /// The actions agreed in a session, with the after phase's choice on each applied: only
  /// dropping changes the status; re-dating sets the new due date, handing over the owner.
  public func agreedActions(in answers: [String: Answer], session: Int) -> [TrackedAction] {
    let choiceStates = states.filter { $0.forEach == .ownNewActions }
    return proposedActions(in: answers, session: session).map { action in
      var action = action
      var choice: CommitmentChoice?
      var newDue: LocalDateTime?
      for question in choiceStates.flatMap(\.questions) {
        let answer = answers[AnswerKey(question: question.id, item: action.ref).text]
        if case .choice(let id)? = answer { choice = CommitmentChoice(rawValue: id) ?? choice }
        if case .dateTime(let date)? = answer { newDue = date }
      }
      choice?.apply(to: &action, newDue: newDue)
      return action
    }
  }
}
