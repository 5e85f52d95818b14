/// What success looks like for an action (SPEC §3): typed on the action's own line (`…; done
/// when it fits on one page`), or, for the actions without one, in one question for all of them
/// (`2 the team can react to one page`). Either way it is recorded as that action's
/// `actions.success` answer, where the review, the follow-up and the calendar look for it, and
/// the per-action question is not asked.
extension Dialogue {
  /// Whether `question` is the one question about the success of today's actions.
  func isSuccesses(_ question: Question) -> Bool {
    question.id == SessionRecord.Key.actionSuccesses
  }

  /// Today's actions with no success on their line, in the order the question lists them.
  var unmeasuredNewActions: [TrackedAction] {
    bank.proposedActions(in: answers, session: context.sessionNumber).filter { $0.item.success == nil }
  }

  /// The success answers the actions just given carry; one that came from a line and is no
  /// longer on it is taken back (an answer typed at the question itself is left alone).
  mutating func recordSuccessOnTheLine(of key: String, _ answer: Answer) -> [DialogueEffect] {
    guard case .actions = answer, bank.question(key)?.question.kind == .actions else { return [] }
    var effects: [DialogueEffect] = []
    for action in bank.proposedActions(in: answers, session: context.sessionNumber) {
      let successKey = Self.successKey(of: action)
      let fromTheLine = progress.answeredInline?.contains(successKey) ?? false
      if let success = action.item.success {
        if !fromTheLine { progress.answeredInline = (progress.answeredInline ?? []) + [successKey] }
        guard answers[successKey] != .text(success) else { continue }
        answers[successKey] = .text(success)
        effects.append(.record(key: successKey, answer: .text(success)))
      } else if fromTheLine, answers[SessionRecord.Key.actionSuccesses] == nil {
        let kept = progress.answeredInline?.filter { $0 != successKey } ?? []
        progress.answeredInline = kept.isEmpty ? nil : kept
        answers[successKey] = .skipped
        effects.append(.record(key: successKey, answer: .skipped))
      }
    }
    // The question for the rest, answered already, is read again for the actions as they are now.
    if let answered = answers[SessionRecord.Key.actionSuccesses] {
      effects += recordSuccesses(of: SessionRecord.Key.actionSuccesses, answered)
    }
    return effects
  }

  /// One line typed at the question: read, and said back as understood.
  mutating func answerSuccess(_ line: String, at position: Position) -> [DialogueEffect] {
    let unmeasured = unmeasuredNewActions
    return answerNumberedLine(line, at: position, what: "success") { line in
      Self.readSuccess(line, among: unmeasured.count).map { number, success in
        (number, "\(unmeasured[number - 1].item.text): done when \(success)")
      }
    }
  }

  /// What the answer to the question says of each action, recorded under its own
  /// `actions.success`; an action it does not name is left without, and not asked again.
  mutating func recordSuccesses(of key: String, _ answer: Answer) -> [DialogueEffect] {
    guard key == SessionRecord.Key.actionSuccesses else { return [] }
    let unmeasured = unmeasuredNewActions
    var said: [Int: String] = [:]
    if case .list(let lines) = answer {
      for line in lines {
        if let (number, success) = try? Self.readSuccess(line, among: unmeasured.count).get() { said[number] = success }
      }
    }
    var effects: [DialogueEffect] = []
    var inline = progress.answeredInline ?? []
    for (index, action) in unmeasured.enumerated() {
      let successKey = Self.successKey(of: action)
      let value: Answer = said[index + 1].map(Answer.text) ?? .skipped
      if !inline.contains(successKey) { inline.append(successKey) }
      guard answers[successKey] != value else { continue }
      answers[successKey] = value
      effects.append(.record(key: successKey, answer: value))
    }
    progress.answeredInline = inline.isEmpty ? nil : inline
    return effects
  }

  private static func successKey(of action: TrackedAction) -> String {
    AnswerKey(question: SessionRecord.Key.actionSuccess, item: action.ref).text
  }

  /// `2 the team can react to one page` (also `2: …`, `2 done when …`): the action's number
  /// among `count`, and what success looks like; with one action the number may be left out.
  static func readSuccess(_ line: String, among count: Int) -> Result<(number: Int, success: String), AnswerRejection> {
    let numbered: (number: Int?, rest: Substring)
    switch NumberedLine.read(line, among: count) {
    case .success(let read): numbered = read
    case .failure(let rejection): return .failure(rejection)
    }
    guard numbered.number != nil || count == 1 else {
      return .failure(
        .init("Start with the action's number, then what success looks like: 2 the team can react to one page."))
    }
    let number = numbered.number ?? 1
    var rest = numbered.rest
    for lead in ["done when ", "when "] where rest.lowercased().hasPrefix(lead) { rest = rest.dropFirst(lead.count) }
    let success = String(rest).trimmingWhitespace
    guard !success.isEmpty else { return .failure(.init("Say what success looks like for action \(number).")) }
    return .success((number, success))
  }
}
