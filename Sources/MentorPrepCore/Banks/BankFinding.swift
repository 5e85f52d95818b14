/// A rule of the bank broken, as `BankRules` finds it for every reader of banks (the YAML reader,
/// and the checks of a bank built as values that `banks lint` and the generator run); its words
/// are written here once.
enum BankFinding: Sendable, Equatable {
  /// `what` (an id, a key's value) is not an id the loader accepts.
  case notAnIdentifier(what: String, value: String)
  case unknownPlaceholder(String, allowed: [String])
  case statusOutsideReview
  case optionsOnNonChoice(question: String, kind: Question.Kind)
  case duplicateOption(String, question: String)
  case choiceWithoutOptions(question: String)
  case optionsFromOnWrongKind(question: String, kind: Question.Kind)
  case afterOnNonDateTime(question: String, kind: Question.Kind)
  case privateAndShared(question: String)
  /// A second question with the id; `firstAt` is where the first one is, when it has a line.
  case duplicateQuestion(String, firstAt: BankLocation?)
  case stateWithoutQuestions(state: String)
  case stateWithoutNext(state: String)
  case conditionWithoutValues(key: String)

  var message: String {
    switch self {
    case .notAnIdentifier(let what, let value):
      "\(what) '\(value)' must be lowercase letters, digits, '_' and '.' (like 'purpose.success')"
    case .unknownPlaceholder(let name, let allowed):
      "unknown placeholder '{\(name)}'; this text may use \(allowed.map { "{\($0)}" }.joined(separator: ", "))"
    case .statusOutsideReview:
      "a 'status' question reviews earlier actions, so it belongs in a state with 'for_each: open_actions'"
    case .optionsOnNonChoice(let question, let kind):
      "only a choice question has 'options'; question '\(question)' is of kind '\(kind.rawValue)'"
    case .duplicateOption(let option, let question):
      "duplicate option id '\(option)' in question '\(question)'"
    case .choiceWithoutOptions(let question):
      "the choice question '\(question)' needs 'options' to choose from"
    case .optionsFromOnWrongKind(let question, let kind):
      "only a text or list question takes 'options_from'; question '\(question)' is of kind '\(kind.rawValue)'"
    case .afterOnNonDateTime(let question, let kind):
      "only a datetime question takes 'after'; question '\(question)' is of kind '\(kind.rawValue)'"
    case .privateAndShared(let question):
      "question '\(question)' is both private and shared; a note kept for oneself never travels to the partner"
    case .duplicateQuestion(let id, let first?):
      "duplicate question id '\(id)'; it is already used at \(first.file):\(first.line):\(first.column)"
    case .duplicateQuestion(let id, nil):
      "duplicate question id '\(id)'"
    case .stateWithoutQuestions(let state):
      "state '\(state)' must have at least one question"
    case .stateWithoutNext(let state):
      "state '\(state)' must say where to go next"
    case .conditionWithoutValues(let key):
      "the condition on '\(key)' lists no values"
    }
  }
}
