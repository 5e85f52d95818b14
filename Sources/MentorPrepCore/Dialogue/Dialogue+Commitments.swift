/// The after phase's check of your own actions, asked once for all of them (SPEC §2: per-item
/// questions are folded): each line names one that changes — `2 by next friday`, `1 hand over`
/// — and the rest stand. What the lines say is recorded under each action's own questions
/// (`commitment.choice#1.2`), which are then not asked; only a re-dating without its date is.
extension Dialogue {
  /// Whether `question` is the one question about all your own actions.
  func isCommitmentChanges(_ question: Question) -> Bool {
    question.id == SessionRecord.Key.commitmentChanges
  }

  /// Your own actions agreed today, in the order the question lists them.
  var ownNewActions: [TrackedAction] {
    bank.proposedActions(in: answers, session: context.sessionNumber).filter { $0.item.owner == .role(role) }
  }

  /// One line typed at the question: read, and said back as understood.
  mutating func answerCommitmentChange(_ line: String, at position: Position) -> [DialogueEffect] {
    let own = ownNewActions
    let reader = self
    return answerNumberedLine(line, at: position, what: "change") { line in
      reader.readChange(line, among: own.count).map { change in
        (change.number, "\(own[change.number - 1].item.text): \(Self.described(change))")
      }
    }
  }

  /// The choices an answer to the question makes, recorded under each action's questions;
  /// those a line no longer says are taken back.
  mutating func recordCommitmentChanges(of key: String, _ answer: Answer) -> [DialogueEffect] {
    guard key == SessionRecord.Key.commitmentChanges else { return [] }
    let own = ownNewActions
    var changes: [Int: CommitmentChange] = [:]
    if case .list(let lines) = answer {
      for line in lines {
        if let change = try? readChange(line, among: own.count).get() { changes[change.number] = change }
      }
    }
    var effects: [DialogueEffect] = []
    var inline = progress.answeredInline ?? []
    for (index, action) in own.enumerated() {
      let change = changes[index + 1] ?? CommitmentChange(number: index + 1, choice: .keep)
      let choiceKey = AnswerKey(question: SessionRecord.Key.commitmentChoice, item: action.ref).text
      let dueKey = AnswerKey(question: SessionRecord.Key.commitmentNewDue, item: action.ref).text
      var given: [(String, Answer?)] = [(choiceKey, .choice(change.choice.rawValue))]
      given.append((dueKey, change.newDue.map(Answer.dateTime)))
      for (key, value) in given {
        if let value {
          if !inline.contains(key) { inline.append(key) }
          guard answers[key] != value else { continue }
          answers[key] = value
          effects.append(.record(key: key, answer: value))
        } else if inline.contains(key) {
          inline.removeAll { $0 == key }
          answers[key] = .skipped
          effects.append(.record(key: key, answer: .skipped))
        }
      }
    }
    progress.answeredInline = inline.isEmpty ? nil : inline
    return effects
  }

  /// A line read against the bank's question for a new date.
  private func readChange(_ line: String, among count: Int) -> Result<CommitmentChange, AnswerRejection> {
    let question =
      bank.question(SessionRecord.Key.commitmentNewDue)?.question
      ?? Question(id: SessionRecord.Key.commitmentNewDue, kind: .dateTime, text: RoleText(both: ""))
    let parser = answerParser
    return CommitmentChange.read(line, among: count) { text in
      switch parser.parse(text, for: question) {
      case .success(.dateTime(let date)):
        if let reason = laterThanRequired(date, for: question) { return .failure(.init(reason)) }
        return .success(date)
      case .success: return .failure(.init("that is not a date"))
      case .failure(let rejection): return .failure(rejection)
      }
    }
  }

  static func described(_ change: CommitmentChange) -> String {
    switch change.choice {
    case .keep: "kept as agreed"
    case .drop: "dropped"
    case .handOver: "handed to your partner"
    case .redate: change.newDue.map { "now by \($0.spoken)" } ?? "a new date, asked next"
    }
  }
}
