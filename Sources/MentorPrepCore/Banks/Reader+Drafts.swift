import Yams

/// Reading the nodes of a file into the bank's states, questions, options, transitions and
/// conditions, each checked as it is read.
extension Reader {
  mutating func readFile(_ root: Node) -> FileContent? {
    guard let keys = fields(root, of: "a bank file", allowed: Self.fileKeys, required: ["phase", "states"])
    else { return nil }
    guard let phaseName = string(keys["phase"], "'phase'") else { return nil }
    guard let phase = Phase(rawValue: phaseName) else {
      let names = Phase.allCases.map(\.rawValue).joined(separator: ", ")
      report("unknown phase '\(phaseName)'; use one of \(names)", at: keys["phase"])
      return nil
    }
    var content = FileContent(phase: phase, entry: nil, states: [])
    if let entryNode = keys["entry"], let entry = identifier(entryNode, "'entry'") {
      content.entry = (entry, place(entryNode))
      references.append(Reference(kind: .state, id: entry, place: place(entryNode)))
    }
    guard let states = sequence(keys["states"], "'states'") else { return content }
    if states.isEmpty { report("'states' must list at least one state", at: keys["states"]) }
    for node in states {
      if let state = readState(node, phase: phase) {
        content.states.append((state, place(node["id"] ?? node)))
      }
    }
    return content
  }

  mutating func readState(_ node: Node, phase: Phase) -> BankState? {
    guard
      let keys = fields(node, of: "a state", allowed: Self.stateKeys, required: ["id", "title", "questions", "next"])
    else { return nil }
    let id = identifier(keys["id"], "a state id")
    let shownID = id ?? "?"
    let what = "state '\(shownID)'"
    let title = text(keys["title"], "the title of \(what)", itemPlaceholders: false)
    let forEach: ItemSource? = keys["for_each"].flatMap { node in
      guard let name = string(node, "'for_each'") else { return nil }
      guard let source = ItemSource(rawValue: name) else {
        let names = ItemSource.allCases.map(\.rawValue).joined(separator: " or ")
        report("unknown list '\(name)' for 'for_each'; use \(names)", at: node)
        return nil
      }
      return source
    }
    let lead = keys["lead"].flatMap { text($0, "the lead of \(what)", itemPlaceholders: false) }
    var recall: [String] = []
    if let recallNode = keys["recall"], let items = sequence(recallNode, "'recall'") {
      for item in items {
        if let questionID = identifier(item, "a recalled question id") {
          recall.append(questionID)
          references.append(Reference(kind: .question, id: questionID, place: place(item)))
        }
      }
    }
    let fullOnly = keys["depth"].map { readDepth($0) } ?? false
    var questions: [Question] = []
    if let list = sequence(keys["questions"], "'questions'") {
      report(BankRules.questions(count: list.count, of: shownID), at: keys["questions"])
      questions = list.compactMap { readQuestion($0, forEach: forEach) }
      // A state kept for the full path keeps each of its questions there too.
      if fullOnly { for index in questions.indices { questions[index].fullOnly = true } }
    }
    var next: [Transition] = []
    if let list = sequence(keys["next"], "'next'") {
      report(BankRules.next(count: list.count, of: shownID), at: keys["next"])
      next = list.compactMap { readTransition($0) }
    }
    guard let id, let title else { return nil }
    return BankState(
      id: id, phase: phase, title: title, lead: lead, forEach: forEach, recall: recall,
      fullOnly: fullOnly, questions: questions, next: next)
  }

  mutating func readQuestion(_ node: Node, forEach: ItemSource?) -> Question? {
    guard let keys = fields(node, of: "a question", allowed: Self.questionKeys, required: ["id", "ask"])
    else { return nil }
    let id = identifier(keys["id"], "a question id")
    let shownID = id ?? "?"
    let what = "question '\(shownID)'"
    let items = forEach != nil
    var kind = Question.Kind.text
    if let kindNode = keys["kind"], let name = string(kindNode, "'kind'") {
      if let known = Question.Kind(rawValue: name) {
        kind = known
      } else {
        let names = Question.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        let suggestion =
          Self.closest(to: name, among: Question.Kind.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
        report("unknown kind '\(name)'\(suggestion); use one of \(names)", at: kindNode)
        return nil
      }
    }
    report(BankRules.placement(of: kind, forEach: forEach), at: keys["kind"])
    var roleText: RoleText?
    if let askNode = keys["ask"] {
      if case .mapping = askNode {
        if let texts = fields(askNode, of: "'ask'", allowed: Self.roleTextKeys, required: Self.roleTextKeys),
          let mentee = text(texts["mentee"], "the mentee's text of \(what)", itemPlaceholders: items),
          let mentor = text(texts["mentor"], "the mentor's text of \(what)", itemPlaceholders: items)
        {
          roleText = RoleText(mentee: mentee, mentor: mentor)
        }
      } else if let both = text(askNode, "the text of \(what)", itemPlaceholders: items) {
        roleText = RoleText(both: both)
      }
    }
    var audience = Question.Audience.both
    if let forNode = keys["for"], let name = string(forNode, "'for'") {
      if let known = Question.Audience(rawValue: name) {
        audience = known
      } else {
        report("'for' must be mentee, mentor or both, not '\(name)'", at: forNode)
      }
    }
    var optional = false
    var optionalWhen: Condition?
    if let optionalNode = keys["optional"] {
      if case .scalar = optionalNode {
        optional = bool(optionalNode, "'optional'") ?? false
      } else {
        optionalWhen = readCondition(optionalNode)
      }
    }
    let hint = keys["hint"].flatMap { text($0, "the hint of \(what)", itemPlaceholders: items) }
    let help = keys["help"].flatMap { text($0, "the help of \(what)", itemPlaceholders: items) }
    // A question of another kind is told so once, its options left unread.
    var options: [Question.Option] = []
    var optionNodes: [Node] = []
    if let optionsNode = keys["options"], kind == .choice, let list = sequence(optionsNode, "'options'") {
      options = list.compactMap { readOption($0) }
      optionNodes = list
    }
    let optionIDs = keys["options"] == nil ? nil : options.map(\.id)
    for (finding, option) in BankRules.options(optionIDs, of: shownID, kind: kind) {
      report(finding, at: option.map { optionNodes[$0] } ?? keys["options"] ?? node)
    }
    let condition = keys["when"].flatMap { readCondition($0) }
    let fullOnly = keys["depth"].map { readDepth($0) } ?? false
    let defaultAnswer = keys["default"].flatMap { string($0, "'default'") }
    let carried = keys["carried"].flatMap { bool($0, "'carried'") } ?? false
    let isPrivate = keys["private"].flatMap { bool($0, "'private'") } ?? false
    let isShared = keys["shared"].flatMap { bool($0, "'shared'") } ?? false
    report(BankRules.sharing(of: shownID, isPrivate: isPrivate, isShared: isShared), at: keys["shared"])
    let recallLabel = keys["recall_as"].flatMap { text($0, "'recall_as'", itemPlaceholders: false) }
    let defaultFrom = questionReference(keys["default_from"], "'default_from'", kinds: [kind])
    let optionsFrom = questionReference(keys["options_from"], "'options_from'", kinds: [.list, .actions, .steps])
    let laterThan = questionReference(keys["after"], "'after'", kinds: [.dateTime])
    if optionsFrom != nil { report(BankRules.optionsFrom(of: shownID, kind: kind), at: keys["options_from"]) }
    if laterThan != nil { report(BankRules.after(of: shownID, kind: kind), at: keys["after"]) }
    guard let id, let roleText else { return nil }
    if let first = questionPlaces[id] {
      report(BankFinding.duplicateQuestion(id, firstAt: first), at: keys["id"])
    } else {
      questionPlaces[id] = place(keys["id"])
    }
    return Question(
      id: id, kind: kind, text: roleText, audience: audience, optional: optional, hint: hint,
      help: help, options: options, condition: condition, fullOnly: fullOnly,
      optionalWhen: optionalWhen, defaultAnswer: defaultAnswer, defaultFrom: defaultFrom,
      optionsFrom: optionsFrom, carried: carried, isPrivate: isPrivate, isShared: isShared, laterThan: laterThan,
      recallLabel: recallLabel)
  }

  /// `depth: full` keeps a question or state for the full path; `depth: quick` is the default.
  mutating func readDepth(_ node: Node) -> Bool {
    guard let name = string(node, "'depth'") else { return false }
    guard let depth = Depth(rawValue: name) else {
      report("'depth' must be quick or full, not '\(name)'", at: node)
      return false
    }
    return depth == .full
  }

  /// A question id another key points at, checked once the whole bank is read.
  mutating func questionReference(_ node: Node?, _ what: String, kinds: [Question.Kind]) -> String? {
    guard let node, let id = identifier(node, what) else { return nil }
    references.append(Reference(kind: .questionOfKind(kinds, key: what), id: id, place: place(node)))
    return id
  }

  mutating func readOption(_ node: Node) -> Question.Option? {
    if case .scalar = node, let id = identifier(node, "an option id") {
      return Question.Option(id: id, label: id.replacingUnderscores)
    }
    guard let keys = fields(node, of: "an option", allowed: Self.optionKeys, required: ["id"]) else {
      return nil
    }
    guard let id = identifier(keys["id"], "an option id") else { return nil }
    let label = keys["label"].flatMap { text($0, "the label of option '\(id)'", itemPlaceholders: false) }
    return Question.Option(id: id, label: label ?? id.replacingUnderscores)
  }

  mutating func readTransition(_ node: Node) -> Transition? {
    guard let keys = fields(node, of: "a transition", allowed: Self.transitionKeys, required: ["goto"])
    else { return nil }
    let condition = keys["if"].flatMap { readCondition($0) }
    guard let targetNode = keys["goto"], let target = identifier(targetNode, "'goto'") else { return nil }
    if target == "end" { return Transition(condition: condition, target: .end) }
    references.append(Reference(kind: .state, id: target, place: place(targetNode)))
    return Transition(condition: condition, target: .state(target))
  }

  mutating func readCondition(_ node: Node) -> Condition? {
    if case .sequence(let list) = node {
      let alternatives = list.compactMap { readClauses($0) }
      guard let first = alternatives.first else {
        report("a list of conditions needs at least one, like [{setup.role: mentor}]", at: node)
        return nil
      }
      return Condition(first, otherwise: Array(alternatives.dropFirst()))
    }
    return readClauses(node).map { Condition($0) }
  }

  /// One mapping of question ids to the values that satisfy them, all of which must hold.
  mutating func readClauses(_ node: Node) -> [Condition.Clause]? {
    guard case .mapping(let mapping) = node, !mapping.isEmpty else {
      report("a condition must be a mapping like {setup.role: mentor}", at: node)
      return nil
    }
    var clauses: [Condition.Clause] = []
    for (keyNode, valueNode) in mapping {
      guard let key = identifier(keyNode, "a condition key") else { continue }
      var values: [String] = []
      if case .sequence(let list) = valueNode {
        values = list.compactMap { string($0, "a value of '\(key)'") }
      } else if let value = string(valueNode, "the value of '\(key)'") {
        values = [value]
      }
      values = values.map(Self.normalisedConditionValue)
      report(BankRules.conditionValues(values, of: key), at: valueNode)
      references.append(Reference(kind: .conditionKey(values: values), id: key, place: place(keyNode)))
      clauses.append(Condition.Clause(key: key, values: values))
    }
    return clauses
  }

  /// YAML writers say `yes`, `true` or `y` alike for a yes/no answer; all compare as `yes`/`no`.
  static func normalisedConditionValue(_ value: String) -> String {
    switch value.lowercased() {
    case "true", "yes", "y": "yes"
    case "false", "no", "n": "no"
    default: value
    }
  }

  /// The allowed word nearest to a misspelt one, when it is near enough to be a likely slip;
  /// of equally near words, the first in alphabetical order.
  ///
  /// The edits are at least the difference in length, so a word whose length is too far from a
  /// candidate's is never compared with it: a 1 MB `/xxxx…` line costs one count, not a table of
  /// a million rows per command.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let length = word.count
    let allowed = max(2, length / 3)
    let near = candidates.filter { abs($0.count - length) <= allowed }
    let scored = near.sorted().map { ($0, editDistance(word, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed else {
      return nil
    }
    return best.0
  }

  /// Edits (insert, delete, replace, swap two neighbours) that turn one word into the other.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
