extension BankLoader {
  /// The problems of a bank built as values rather than read from YAML (the built-in one).
  ///
  /// YAML-level checks (syntax, unknown keys, types) have nothing to look at here; everything
  /// about the bank's meaning is checked by the rules the reader applies (`BankRules`), and the
  /// whole-bank checks the loader runs: ids, texts and their placeholders, what each kind of
  /// question allows, every reference, the phase entries and the paths. The problems name the
  /// bank, since values have no line to point at.
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
    report(BankRules.questions(count: state.questions.count, of: state.id), at: here)
    for question in state.questions { check(question, forEach: state.forEach) }
    report(BankRules.next(count: state.next.count, of: state.id), at: here)
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
      // Values have no lines: the first one's place would only name the bank again.
      if questionPlaces[question.id] != nil {
        report(BankFinding.duplicateQuestion(question.id, firstAt: nil), at: here)
      }
      questionPlaces[question.id] = here
    }
    report(BankRules.placement(of: question.kind, forEach: forEach), at: here)
    let texts =
      [("text", question.text.mentee), ("text", question.text.mentor)]
      + [("hint", question.hint), ("help", question.help)].compactMap { key, value in value.map { (key, $0) } }
    for (key, text) in texts {
      checkText(text, "the \(key) of \(what)", itemPlaceholders: items)
    }
    if let label = question.recallLabel { checkText(label, "'recall_as'", itemPlaceholders: false) }
    let optionIDs = question.options.isEmpty ? nil : question.options.map(\.id)
    for (finding, _) in BankRules.options(optionIDs, of: question.id, kind: question.kind) {
      report(finding, at: here)
    }
    for option in question.options {
      checkIdentifier(option.id, "an option id")
      checkText(option.label, "the label of option '\(option.id)'", itemPlaceholders: false)
    }
    report(BankRules.sharing(of: question.id, isPrivate: question.isPrivate, isShared: question.isShared), at: here)
    for condition in [question.condition, question.optionalWhen].compactMap({ $0 }) { check(condition) }
    let referenced: [(String?, String, [Question.Kind])] = [
      (question.defaultFrom, "'default_from'", [question.kind]),
      (question.optionsFrom, "'options_from'", [.list, .actions, .steps]),
      (question.laterThan, "'after'", [.dateTime]),
    ]
    for case (let id?, let key, let kinds) in referenced where checkIdentifier(id, key) {
      references.append(Reference(kind: .questionOfKind(kinds, key: key), id: id, place: here))
    }
    if question.optionsFrom != nil { report(BankRules.optionsFrom(of: question.id, kind: question.kind), at: here) }
    if question.laterThan != nil { report(BankRules.after(of: question.id, kind: question.kind), at: here) }
  }

  mutating func check(_ condition: Condition) {
    for clause in condition.alternatives.joined() where checkIdentifier(clause.key, "a condition key") {
      report(BankRules.conditionValues(clause.values, of: clause.key), at: here)
      references.append(Reference(kind: .conditionKey(values: clause.values), id: clause.key, place: here))
    }
  }

  /// Where a problem of a value is reported: the bank itself, as values have no lines.
  var here: BankLocation { BankLocation(file: file, line: 1, column: 1) }

  /// An id as the loader accepts it; reports one it would have refused.
  @discardableResult
  mutating func checkIdentifier(_ id: String, _ what: String) -> Bool {
    let finding = BankRules.identifier(id, what)
    report(finding, at: here)
    return finding == nil
  }

  /// A text as the loader keeps it: trimmed, not empty, with known placeholders only.
  mutating func checkText(_ text: String, _ what: String, itemPlaceholders: Bool) {
    if text.trimmingWhitespace.isEmpty || text.trimmingWhitespace != text {
      report("\(what) must not be empty or start or end with spaces", at: here)
    }
    checkPlaceholders(in: text, at: here, itemPlaceholders: itemPlaceholders)
  }
}
