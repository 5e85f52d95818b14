/// The checks that need the whole bank: duplicate ids, references, phase entries, and that every
/// state can be reached and can reach the end.
extension Reader {
  mutating func assemble(_ contents: [FileContent]) -> QuestionBank? {
    var states: [BankState] = []
    var places: [String: BankLocation] = [:]
    for content in contents {
      for (state, place) in content.states {
        if let first = places[state.id] {
          report(
            "duplicate state id '\(state.id)'; it is already used at \(first.file):\(first.line):\(first.column)",
            at: place)
          continue
        }
        places[state.id] = place
        states.append(state)
      }
    }
    let entries = phaseEntries(contents)
    checkReferences(states: states, places: places)
    checkItemSources(states, places: places)
    guard !states.isEmpty else {
      // Files that could not be read have said why already.
      if problems.isEmpty { report("the bank has no states", at: BankLocation(file: file, line: 1, column: 1)) }
      return nil
    }
    guard entries[.setup] != nil else {
      report(
        "the bank has no 'setup' phase, where every conversation starts",
        at: BankLocation(file: file.isEmpty ? "prompts" : file, line: 1, column: 1))
      return nil
    }
    checkPaths(states: states, entries: entries, places: places)
    return QuestionBank(states: states, entries: entries)
  }

  mutating func phaseEntries(_ contents: [FileContent]) -> [Phase: String] {
    var entries: [Phase: String] = [:]
    var declared: [Phase: BankLocation] = [:]
    for content in contents {
      if let entry = content.entry {
        if let first = declared[content.phase] {
          report(
            "the \(content.phase.rawValue) phase already has an entry, set at \(first.file):\(first.line):\(first.column)",
            at: entry.place)
        } else {
          declared[content.phase] = entry.place
          entries[content.phase] = entry.id
        }
      }
    }
    for content in contents where entries[content.phase] == nil {
      if let first = content.states.first {
        entries[content.phase] = first.state.id
      }
    }
    let phases = Dictionary(
      contents.flatMap { content in content.states.map { ($0.state.id, $0.state.phase) } },
      uniquingKeysWith: { first, _ in first })
    for content in contents {
      if let entry = content.entry, let phase = phases[entry.id], phase != content.phase {
        report(
          "the entry '\(entry.id)' of the \(content.phase.rawValue) phase belongs to another phase", at: entry.place)
      }
    }
    return entries
  }

  mutating func checkReferences(states: [BankState], places: [String: BankLocation]) {
    var questions: [String: Question] = [:]
    for state in states {
      for question in state.questions where questions[question.id] == nil {
        questions[question.id] = question
      }
    }
    for reference in references {
      switch reference.kind {
      case .state:
        if places[reference.id] == nil {
          let suggestion =
            Self.closest(to: reference.id, among: Array(places.keys)).map { "; did you mean '\($0)'?" } ?? ""
          report("unknown state '\(reference.id)'\(suggestion)", at: reference.place)
        }
      case .question:
        if questions[reference.id] == nil {
          report("unknown question '\(reference.id)'", at: reference.place)
        }
      case .questionOfKind(let kinds, let key):
        guard let question = questions[reference.id] else {
          let suggestion =
            Self.closest(to: reference.id, among: Array(questions.keys)).map { "; did you mean '\($0)'?" } ?? ""
          report("unknown question '\(reference.id)' in \(key)\(suggestion)", at: reference.place)
          continue
        }
        if !kinds.contains(question.kind) {
          let names = kinds.map(\.rawValue).joined(separator: " or ")
          report(
            "\(key) names '\(reference.id)', a \(question.kind.rawValue) question; it needs a \(names) one",
            at: reference.place)
        }
      case .conditionKey(let values):
        if Condition.contextKeys.contains(reference.id) {
          for value in values where value != "yes" && value != "no" {
            report("'\(reference.id)' is yes or no, never '\(value)'", at: reference.place)
          }
          continue
        }
        guard let question = questions[reference.id] else {
          let known = Condition.contextKeys.joined(separator: ", ")
          report(
            "unknown question '\(reference.id)' in a condition (a condition names a question id or one of \(known))",
            at: reference.place)
          continue
        }
        checkConditionValues(values, of: question, at: reference.place)
      }
    }
  }

  mutating func checkConditionValues(_ values: [String], of question: Question, at place: BankLocation) {
    let allowed: [String]
    switch question.kind {
    case .yesNo: allowed = ["yes", "no"]
    case .choice, .status: allowed = question.choices.map(\.id)
    case .rating: allowed = (1...5).map(String.init)
    case .text: return
    case .email, .dateTime, .list, .actions, .minutes, .steps:
      report(
        "a condition cannot test '\(question.id)', a \(question.kind.rawValue) question; test a yes/no, choice or rating question",
        at: place)
      return
    }
    for value in values where !allowed.contains(value) {
      report("'\(value)' is not an answer of '\(question.id)'; it can be \(allowed.joined(separator: ", "))", at: place)
    }
  }

  mutating func checkItemSources(_ states: [BankState], places: [String: BankLocation]) {
    let hasActions = states.contains { $0.questions.contains { $0.kind == .actions } }
    for state in states where (state.forEach == .newActions || state.forEach == .ownNewActions) && !hasActions {
      if let place = places[state.id] {
        report(
          "state '\(state.id)' walks through new actions, but no question of kind 'actions' records any", at: place)
      }
    }
  }

  /// Every state is reachable from a phase's entry, and the end is reachable from every state.
  mutating func checkPaths(states: [BankState], entries: [Phase: String], places: [String: BankLocation]) {
    let known = Set(states.map(\.id))
    var successors: [String: [String]] = [:]
    var predecessors: [String: [String]] = [:]
    var endsHere: Set<String> = []
    for state in states {
      for transition in state.next {
        switch transition.target {
        case .end:
          endsHere.insert(state.id)
        case .state(let target) where known.contains(target):
          successors[state.id, default: []].append(target)
          predecessors[target, default: []].append(state.id)
        case .state:
          // An unknown target is reported already; do not blame the paths through it too.
          endsHere.insert(state.id)
        }
      }
    }
    let reachable = Self.closure(from: Array(entries.values).filter(known.contains), following: successors)
    let canEnd = Self.closure(from: Array(endsHere), following: predecessors)
    for state in states {
      guard let place = places[state.id] else { continue }
      if !reachable.contains(state.id) {
        report("state '\(state.id)' cannot be reached: no transition leads to it", at: place)
      } else if !canEnd.contains(state.id) {
        report("the end cannot be reached from state '\(state.id)': every path from it loops or stops", at: place)
      }
    }
  }

  static func closure(from starts: [String], following edges: [String: [String]]) -> Set<String> {
    var seen = Set(starts)
    var queue = starts
    while let id = queue.popLast() {
      for next in edges[id] ?? [] where seen.insert(next).inserted {
        queue.append(next)
      }
    }
    return seen
  }
}
