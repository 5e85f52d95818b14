/// The rules of a bank's values, each written once: the YAML reader applies them to what it has
/// read, key by key, and the checks of a bank built as values (`banks lint` of the built-in bank,
/// the generator's values) to the values themselves, so what lint accepts is what loads.
///
/// Each rule says what is wrong, not where: the reader puts a finding at the key's line, the
/// value checks at the bank.
enum BankRules {
  /// The text placeholders every text may use; a text asked once per item may use the item's too.
  static let placeholders = ["partner", "me", "meeting", "gaps"]
  static let itemPlaceholders = ["action", "owner", "due", "item"]

  /// Lowercase letters, digits, `_` and `.`, starting with a letter, like `purpose.success`.
  static func isIdentifier(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return value.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
    }
  }

  /// `value`, the id `what` names, as the loader accepts one.
  static func identifier(_ value: String, _ what: String) -> BankFinding? {
    isIdentifier(value) ? nil : .notAnIdentifier(what: what, value: value)
  }

  /// Each `{name}` in `text` that is not a placeholder it may use.
  static func placeholders(in text: String, itemPlaceholders: Bool) -> [BankFinding] {
    let known = placeholders + (itemPlaceholders ? Self.itemPlaceholders : [])
    var findings: [BankFinding] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      if !known.contains(name) { findings.append(.unknownPlaceholder(name, allowed: known)) }
      rest = rest[rest.index(after: close)...]
    }
    return findings
  }

  // MARK: - A question

  /// A status question reviews earlier actions, one at a time.
  static func placement(of kind: Question.Kind, forEach: ItemSource?) -> BankFinding? {
    kind == .status && forEach != .openActions ? .statusOutsideReview : nil
  }

  /// Options belong to a choice question, which needs them, each id once; `ids` is nil when the
  /// question has none. A duplicate comes with the index of the option that repeats an id.
  static func options(_ ids: [String]?, of question: String, kind: Question.Kind) -> [(BankFinding, option: Int?)] {
    var findings: [(BankFinding, option: Int?)] = []
    if ids != nil, kind != .choice {
      findings.append((.optionsOnNonChoice(question: question, kind: kind), nil))
    }
    var seen: Set<String> = []
    for (index, id) in (ids ?? []).enumerated() where !seen.insert(id).inserted {
      findings.append((.duplicateOption(id, question: question), index))
    }
    if kind == .choice, ids?.isEmpty ?? true {
      findings.append((.choiceWithoutOptions(question: question), nil))
    }
    return findings
  }

  /// `options_from` offers another question's answers: a text or list question's to take.
  static func optionsFrom(of question: String, kind: Question.Kind) -> BankFinding? {
    kind == .text || kind == .list ? nil : .optionsFromOnWrongKind(question: question, kind: kind)
  }

  /// `after` bounds a date by another: a datetime question's only.
  static func after(of question: String, kind: Question.Kind) -> BankFinding? {
    kind == .dateTime ? nil : .afterOnNonDateTime(question: question, kind: kind)
  }

  static func sharing(of question: String, isPrivate: Bool, isShared: Bool) -> BankFinding? {
    isPrivate && isShared ? .privateAndShared(question: question) : nil
  }

  // MARK: - A state and a condition

  static func questions(count: Int, of state: String) -> BankFinding? {
    count == 0 ? .stateWithoutQuestions(state: state) : nil
  }

  static func next(count: Int, of state: String) -> BankFinding? {
    count == 0 ? .stateWithoutNext(state: state) : nil
  }

  static func conditionValues(_ values: [String], of key: String) -> BankFinding? {
    values.isEmpty ? .conditionWithoutValues(key: key) : nil
  }
}
