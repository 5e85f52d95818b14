extension BankLoader {
  /// The problems of a bank built as values rather than read from YAML (the built-in one).
  ///
  /// YAML-level checks (syntax, unknown keys, types) have nothing to look at here; everything
  /// about the bank's meaning is checked again: ids, texts and their placeholders, what each
  /// kind of question allows, every reference, the phase entries and the paths. The problems
  /// name the bank, since values have no line to point at.
  public static func problems(in bank: QuestionBank, named name: String) -> [BankProblem] {
    var reader = Reader()
    reader.file = name
    reader.check(bank)
    return reader.problems
  }
}

extension Reader {
  /// What reading the bank's files would have found, then the whole-bank checks the loader runs.
  mutating func check(_ bank: QuestionBank) {
    var contents: [FileContent] = []
    for phase in Phase.allCases {
      let states = bank.states.filter { $0.phase == phase }
      let entry = bank.entries[phase]
      guard !states.isEmpty || entry != nil else { continue }
      // The loader always names an entry for a phase with states; values might not.
      if entry == nil { report("the \(phase.rawValue) phase has no entry", at: here) }
      if let entry {
        checkIdentifier(entry, "the \(phase.rawValue) entry")
        references.append(Reference(kind: .state, id: entry, place: here))
      }
      contents.append(
        FileContent(phase: phase, entry: entry.map { ($0, here) }, states: states.map { ($0, here) }))
    }
    for state in bank.states { check(state) }
    _ = assemble(contents)
  }

  mutating func check(_ state: BankState) {
    checkIdentifier(state.id, "a state id")
    let what = "state '\(state.id)'"
    checkText(state.title, "the title of \(what)", itemPlaceholders: false)
    if let lead = state.lead { checkText(lead, "the lead of \(what)", itemPlaceholders: false) }
    for id in state.recall where checkIdentifier(id, "a recalled question id") {
      references.append(Reference(kind: .question, id: id, place: here))
    }
    if state.questions.isEmpty { report("\(what) must have at least one question", at: here) }
    for question in state.questions { check(question, forEach: state.forEach) }
    if state.next.isEmpty { report("\(what) must say where to go next", at: here) }
    for transition in state.next {
      if let condition = transition.condition { check(condition) }
      if case .state(let target) = transition.target, checkIdentifier(target, "'goto'") {
        references.append(Reference(kind: .state, id: target, place: here))
      }
    }
  }

  mutating func check(_ question: Question, forEach: ItemSource?) {
    let what = "question '\(question.id)'"
    let items = forEach != nil
    if checkIdentifier(question.id, "a question id") {
      if questionPlaces[question.id] != nil {
        report("duplicate question id '\(question.id)'", at: here)
      }
      questionPlaces[question.id] = here
    }
    if question.kind == .status, forEach != .openActions {
      report(
        "a 'status' question reviews earlier actions, so it belongs in a state with 'for_each: open_actions'", at: here)
    }
    let texts =
      [("text", question.text.mentee), ("text", question.text.mentor)]
      + [("hint", question.hint), ("help", question.help)].compactMap { key, value in value.map { (key, $0) } }
    for (key, text) in texts {
      checkText(text, "the \(key) of \(what)", itemPlaceholders: items)
    }
    if let label = question.recallLabel { checkText(label, "'recall_as'", itemPlaceholders: false) }
    switch (question.kind, question.options.isEmpty) {
    case (.choice, true): report("the choice \(what) needs 'options' to choose from", at: here)
    case (.choice, false): break
    case (_, false):
      report("only a choice question has 'options'; \(what) is of kind '\(question.kind.rawValue)'", at: here)
    case (_, true): break
    }
    var seen: Set<String> = []
    for option in question.options {
      checkIdentifier(option.id, "an option id")
      checkText(option.label, "the label of option '\(option.id)'", itemPlaceholders: false)
      if !seen.insert(option.id).inserted { report("duplicate option id '\(option.id)' in \(what)", at: here) }
    }
    for condition in [question.condition, question.optionalWhen].compactMap({ $0 }) { check(condition) }
    let referenced: [(String?, String, [Question.Kind])] = [
      (question.defaultFrom, "'default_from'", [question.kind]),
      (question.optionsFrom, "'options_from'", [.list, .actions, .steps]),
      (question.laterThan, "'after'", [.dateTime]),
    ]
    for case (let id?, let key, let kinds) in referenced where checkIdentifier(id, key) {
      references.append(Reference(kind: .questionOfKind(kinds, key: key), id: id, place: here))
    }
    if question.optionsFrom != nil, question.kind != .text, question.kind != .list {
      report(
        "only a text or list question takes 'options_from'; \(what) is of kind '\(question.kind.rawValue)'", at: here)
    }
    if question.laterThan != nil, question.kind != .dateTime {
      report("only a datetime question takes 'after'; \(what) is of kind '\(question.kind.rawValue)'", at: here)
    }
  }

  mutating func check(_ condition: Condition) {
    for clause in condition.alternatives.joined() where checkIdentifier(clause.key, "a condition key") {
      if clause.values.isEmpty { report("the condition on '\(clause.key)' lists no values", at: here) }
      references.append(Reference(kind: .conditionKey(values: clause.values), id: clause.key, place: here))
    }
  }

  /// Where a problem of a value is reported: the bank itself, as values have no lines.
  var here: BankLocation { BankLocation(file: file, line: 1, column: 1) }

  /// An id as the loader accepts it; reports one it would have refused.
  @discardableResult
  mutating func checkIdentifier(_ id: String, _ what: String) -> Bool {
    guard Self.isIdentifier(id) else {
      report("\(what) '\(id)' must be lowercase letters, digits, '_' and '.' (like 'purpose.success')", at: here)
      return false
    }
    return true
  }

  /// A text as the loader keeps it: trimmed, not empty, with known placeholders only.
  mutating func checkText(_ text: String, _ what: String, itemPlaceholders: Bool) {
    if text.trimmingWhitespace.isEmpty || text.trimmingWhitespace != text {
      report("\(what) must not be empty or start or end with spaces", at: here)
    }
    checkPlaceholders(in: text, at: here, itemPlaceholders: itemPlaceholders)
  }
}
