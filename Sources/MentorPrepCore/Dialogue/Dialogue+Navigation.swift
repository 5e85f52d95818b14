/// Moving through the bank: which question comes next, which apply, and how each is shown.
extension Dialogue {
  /// An item a state walks through: an earlier open action or one agreed today.
  struct Item {
    var ref: String
    var action: ActionItem
  }

  /// Where a walk through the bank looks next: a state, an item of its list and a question,
  /// by index. Indexes are only for walking the bank at hand; a saved place is a `Position`.
  struct Stop: Equatable {
    var state: String
    var item = 0
    var question = 0
  }

  /// Finds the next question to ask after `position`; from the start of its state when the
  /// question is no longer in the bank.
  mutating func moveForward(after position: Position, previous: Position?) -> [DialogueEffect] {
    switch position {
    case .finished:
      return finish()
    case .entering(let state), .betweenPhases(let state):
      return moveForward(from: Stop(state: state), previous: previous)
    case .asking(let state, _, _):
      guard var stop = stop(at: position) else { return moveForward(from: Stop(state: state), previous: previous) }
      stop.question += 1
      return moveForward(from: stop, previous: previous)
    }
  }

  /// Finds the first question to ask from `stop` on, crossing states by their transitions.
  mutating func moveForward(from stop: Stop, previous: Position?) -> [DialogueEffect] {
    var stop = stop
    for _ in 0..<10_000 {
      guard let state = bank.state(stop.state) else { break }
      let items = self.items(of: state)
      while stop.item < items.count {
        while stop.question < state.questions.count {
          let question = state.questions[stop.question]
          if applies(question, item: items[stop.item]) {
            let position = Position.asking(state: state.id, question: question.id, item: items[stop.item]?.ref)
            progress.position = position
            return present(position, previous: previous)
          }
          stop.question += 1
        }
        stop.item += 1
        stop.question = 0
      }
      guard let next = transition(from: state) else { break }
      if let gate = gate(from: state, to: next) {
        progress.position = gate
        return present(gate, previous: previous)
      }
      stop = Stop(state: next)
    }
    return finish()
  }

  private mutating func finish() -> [DialogueEffect] {
    progress.position = .finished
    return [.say("That is the whole conversation. Everything you said is saved.", .note), .finish]
  }

  /// The indexes of a question's place in the bank; nil when it is not a question or is gone.
  func stop(at position: Position) -> Stop? {
    guard case .asking(let id, let question, let ref) = position, let state = bank.state(id),
      let index = state.questions.firstIndex(where: { $0.id == question })
    else { return nil }
    // In a state that walks a list, every question is asked about an item.
    guard let ref else { return state.forEach == nil ? Stop(state: id, question: index) : nil }
    guard let item = items(of: state).firstIndex(where: { $0?.ref == ref }) else { return nil }
    return Stop(state: id, item: item, question: index)
  }

  /// The state a finished state leads to, or nil at the end.
  func transition(from state: BankState) -> String? {
    guard let chosen = state.next.first(where: { $0.condition.map { holds($0) } ?? true }) else { return nil }
    switch chosen.target {
    case .end:
      return nil
    case .state(let id):
      // Leaving setup goes to the phase the user asked to start in.
      if state.phase == .setup, let target = bank.state(id), target.phase != .setup,
        context.startPhase != .setup, context.startPhase != target.phase,
        let entry = bank.entries[context.startPhase]
      {
        return entry
      }
      return id
    }
  }

  /// Between before and during, and between during and after, the user may stop for now.
  func gate(from state: BankState, to next: String) -> Position? {
    guard let target = bank.state(next), state.phase != .setup, target.phase > state.phase else {
      return nil
    }
    return .betweenPhases(next: next)
  }

  func items(of state: BankState) -> [Item?] {
    switch state.forEach {
    case nil:
      return [nil]
    case .openActions?:
      return context.memory.openActions.map { Item(ref: $0.ref, action: $0.item) }
    case .newActions?:
      return bank.proposedActions(in: answers, session: context.sessionNumber).map {
        Item(ref: $0.ref, action: $0.item)
      }
    case .ownNewActions?:
      return bank.proposedActions(in: answers, session: context.sessionNumber)
        .filter { $0.item.owner == .role(role) }
        .map { Item(ref: $0.ref, action: $0.item) }
    case .milestones?:
      return milestones.enumerated().map { index, text in
        Item(ref: "m\(index + 1)", action: ActionItem(text: text, owner: .role(.mentee)))
      }
    }
  }

  func applies(_ question: Question, item: Item?) -> Bool {
    guard question.audience.includes(role) else { return false }
    if progress.prefilled.contains(question.id) { return false }
    if question.fullOnly, depth == .quick { return false }
    if answeredInline(question, item: item) { return false }
    if question.id == SessionRecord.Key.reviewNewDue, !asksCarriedDate(for: item, question: question) { return false }
    return question.condition.map { holds($0, item: item) } ?? true
  }

  /// Whether a condition holds; inside a walk through items, a question asked per item is
  /// read for the item at hand (`review.status` is `review.status#2.1` for action 2.1).
  func holds(_ condition: Condition, item: Item? = nil) -> Bool {
    condition.alternatives.contains { clauses in
      clauses.allSatisfy { clause in
        let key =
          item.map { isItemQuestion(clause.key) ? AnswerKey(question: clause.key, item: $0.ref).text : clause.key }
          ?? clause.key
        guard let value = value(of: key) else { return false }
        return clause.values.contains(value)
      }
    }
  }

  /// Whether the charter is to be checked at this meeting (SPEC §3): at every third meeting,
  /// and when the last two gaps between meetings both ran past one and a half times the
  /// cadence agreed — not at a separation or a redefinition.
  var isCharterCheckDue: Bool {
    // A relationship closing out or turning into something else has no charter left to keep.
    guard context.memory.returning, !isClosingOrChanging else { return false }
    if meetingNumber % 3 == 0 { return true }
    guard let cadence = Cadence(earlier(SessionRecord.Key.cadence)) else { return false }
    let lastTwo = meetingGaps.suffix(2)
    return lastTwo.count == 2 && lastTwo.allSatisfy { $0 * 2 > cadence.days * 3 }
  }

  /// Whether this meeting closes the relationship out (separation) or settles what it turns
  /// into (redefinition).
  var isClosingOrChanging: Bool {
    [.choice("separation"), .choice("redefinition")].contains(answers[SessionRecord.Key.relationshipPhase])
  }

  /// Which meeting of the relationship this is, counting from 1.
  var meetingNumber: Int { context.memory.earlierMeetings.count + 1 }

  /// Days between one meeting and the next, oldest first, the gap before this one last.
  var meetingGaps: [Int] {
    let today: LocalDateTime =
      if case .dateTime(let date)? = answers[SessionRecord.Key.meetingAt] { date } else { context.now }
    let days = context.memory.earlierMeetings.map(\.dayNumber) + [today.dayNumber]
    return zip(days, days.dropFirst()).map { $1 - $0 }
  }

  /// The last gaps between meetings as a person says them: `28 and 45 days`.
  var spokenGaps: String {
    let gaps = meetingGaps.suffix(2).map(String.init)
    guard let last = gaps.last else { return "none yet" }
    return (gaps.count > 1 ? gaps.dropLast().joined(separator: ", ") + " and " + last : last) + " days"
  }

  /// Whether this meeting set a date for the next one.
  var isNextMeetingSet: Bool {
    if case .dateTime? = answers[SessionRecord.Key.nextMeetingAt] { return true }
    return false
  }

  func value(of key: String) -> String? {
    switch key {
    case "context.returning": context.memory.returning ? "yes" : "no"
    case "context.open_actions": context.memory.openActions.isEmpty ? "no" : "yes"
    case "context.milestones": milestones.isEmpty ? "no" : "yes"
    case "context.closing": earlier(SessionRecord.Key.relationshipPhase) == .choice("separation") ? "yes" : "no"
    case "context.next_meeting": isNextMeetingSet ? "yes" : "no"
    case "context.own_actions": ownNewActions.isEmpty ? "no" : "yes"
    case "context.charter_check": isCharterCheckDue ? "yes" : "no"
    case "context.unmeasured_actions": unmeasuredNewActions.isEmpty ? "no" : "yes"
    default: answers[key]?.conditionValue
    }
  }

  /// The question asked at `position`, with its state; nil when none is.
  func location(_ position: Position) -> (BankState, Question)? {
    guard case .asking(let id, let question, _) = position, let state = bank.state(id),
      let asked = state.questions.first(where: { $0.id == question })
    else { return nil }
    return (state, asked)
  }

  /// The action or milestone a question at `position` is asked about.
  func item(at position: Position) -> Item? {
    guard case .asking(let id, _, let ref?) = position, let state = bank.state(id) else { return nil }
    return items(of: state).lazy.compactMap { $0 }.first { $0.ref == ref }
  }

  // MARK: - Showing a question

  /// The lines that introduce `position`, the question itself and its prompt.
  func present(_ position: Position, previous: Position?) -> [DialogueEffect] {
    var effects: [DialogueEffect] = []
    let stateID: String
    let ref: String?
    switch position {
    case .betweenPhases(let next):
      let phase = bank.state(next)?.phase ?? .during
      effects += [.say("", .lead), .say("\(phase.title) comes next.", .heading)]
      return effects + questionLines(position) + [.ask(.answer)]
    case .entering, .finished:
      return []
    case .asking(let state, _, let item):
      (stateID, ref) = (state, item)
    }
    guard let state = bank.state(stateID) else { return [] }
    let entering: Bool =
      switch previous {
      case .asking(let previousState, _, _)?: previousState != stateID
      default: true
      }
    if entering {
      effects.append(.say("", .lead))
      effects.append(.say("\(state.title) — \(state.phase.title.lowercased()), \(stepWords(of: state))", .heading))
      if let lead = state.lead { effects += lines(substitute(lead, item: nil), .lead) }
      effects += recallLines(state)
      if state.forEach == .openActions { effects += settledLines() }
    }
    if state.forEach != nil, entering || previous?.answerKey?.item != ref, let ref {
      let items = self.items(of: state)
      if let index = items.firstIndex(where: { $0?.ref == ref }), let item = items[index] {
        let noun = state.forEach == .milestones ? "Milestone" : "Action"
        effects.append(.say("\(noun) \(index + 1) of \(items.count) (\(item.ref))", .recall))
        effects += itemRecallLines(state, item: item)
      }
    }
    return effects + questionLines(position) + [.ask(prompt(for: position))]
  }

  func questionLines(_ position: Position) -> [DialogueEffect] {
    if case .betweenPhases = position {
      return [.say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question)]
    }
    if let choice = pendingPartnerChoice(at: position) { return partnerChoiceLines(choice) }
    guard let (_, question) = location(position) else { return [] }
    let item = self.item(at: position)
    var text = substitute(question.text.text(for: role), item: item)
    if let hint = answerHint(for: question) { text += " " + hint }
    var effects = lines(text, .question)
    let labels = question.choices.map { substitute($0.label, item: item) } + offeredLabels(for: question)
    for (number, label) in labels.enumerated() {
      effects.append(.say("  \(number + 1). \(label)", .option))
    }
    if let hint = question.hint { effects += lines(substitute(hint, item: item), .hint) }
    if question.kind.takesItems {
      if let earlier = position.answerKey.flatMap({ answers[$0.text] }), earlier != .skipped {
        effects.append(.say("Earlier: \(earlier.summary)", .recall))
      }
      // A list cut short (input ended, or resumed later) goes on after the items typed so far.
      if position == progress.position, let draft = progress.draft {
        effects.append(.say("So far: \(draft.summary)", .recall))
      }
      effects.append(.say("One item per line; an empty line ends the list.", .hint))
    }
    return effects
  }

  /// The list being typed at the pending question, as far as it went: its answer key and items.
  public var draftInProgress: (key: String, items: Answer)? {
    guard let key = progress.position.answerKey, let draft = progress.draft else { return nil }
    return (key.text, draft)
  }

  func prompt(for position: Position) -> Prompt {
    guard let (_, question) = location(position), let key = position.answerKey else { return .answer }
    if question.kind.takesItems { return itemPrompt(at: position) }
    if pendingPartnerChoice(at: position) != nil { return .answer }
    return Prompt(marker: "> ", prefill: answers[key.text]?.editableText)
  }

  /// One line per action settled between meetings: `1.2 Send the deck — done since last time`.
  func settledLines() -> [DialogueEffect] {
    context.memory.settledActions.map {
      .say("\($0.ref) \($0.item.text) — \($0.status.label) since last time", .recall)
    }
  }

  func lines(_ text: String, _ style: LineStyle) -> [DialogueEffect] {
    Self.lines(of: text).map { .say($0, style) }
  }

  /// The lines of `text`, split at each line feed as `split(separator: "\n")` splits them. Found
  /// in its bytes: splitting by characters (grapheme clusters) was a twentieth of a
  /// conversation's instructions. A carriage return makes `\r\n` one character, which that split
  /// never breaks, so a text with one is split by characters still.
  static func lines(of text: String) -> [String] {
    let utf8 = text.utf8
    guard utf8.contains(UInt8(ascii: "\n")) else { return [text] }
    guard !utf8.contains(UInt8(ascii: "\r")) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
  }

  var pair: MentoringPair {
    MentoringPair(role: role, me: name(of: SessionRecord.Key.me), partner: name(of: SessionRecord.Key.partner))
  }

  var menteeName: String { pair.mentee }

  var mentorName: String { pair.mentor }

  /// Fills `{partner}`, `{me}` and, for an item, `{action}`, `{owner}` and `{due}`.
  func substitute(_ text: String, item: Item?) -> String {
    // Looked for in the bytes first: most texts have no placeholder, and finding none by
    // characters (grapheme clusters) was most of the cost. A "{" character has that byte.
    guard text.utf8.contains(UInt8(ascii: "{")), text.firstIndex(of: "{") != nil else { return text }
    var values = [
      "partner": name(of: SessionRecord.Key.partner) ?? "your partner",
      "me": name(of: SessionRecord.Key.me) ?? "you",
      "meeting": "\(meetingNumber)",
      "gaps": spokenGaps,
    ]
    if let item {
      values["action"] = item.action.text
      values["owner"] = item.action.owner.name(mentee: menteeName, mentor: mentorName)
      values["due"] = item.action.due?.spoken ?? "no date"
      values["item"] = item.action.text
    }
    // One pass: a placeholder is replaced once, and a value (a name someone typed) is never
    // read for placeholders of its own.
    var result = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
        result += value
        rest = rest[rest.index(after: close)...]
      } else {
        result.append("{")
        rest = rest[afterOpen...]
      }
    }
    return result + rest
  }

  // MARK: - Progress

  /// The states the conversation is expected to pass through, given the answers so far.
  ///
  /// A state counts when one of its questions is for this role and depth; a state that walks
  /// today's actions counts before any are agreed, so "step n of m" keeps its m.
  func expectedPath() -> [BankState] {
    guard let start = bank.entries[.setup].flatMap(bank.state) else { return [] }
    var path: [BankState] = []
    var seen: Set<String> = []
    var state: BankState? = start
    while let current = state, seen.insert(current.id).inserted {
      if counts(current) { path.append(current) }
      state = transition(from: current).flatMap(bank.state)
    }
    return path
  }

  private func counts(_ state: BankState) -> Bool {
    // Today's actions are not agreed yet when the phase begins: their walks count regardless.
    if !walksTodaysActions(state), items(of: state).isEmpty { return false }
    // Conditions count only when they test what is known before the phase (setup answers and
    // the relationship), so the banks keep in-phase answers out of a state's first question.
    return state.questions.contains { question in
      question.audience.includes(role) && !(question.fullOnly && depth == .quick)
        && !progress.prefilled.contains(question.id)
        && (question.condition.map { holds($0) || refersToItems($0) } ?? true)
    }
  }

  private func refersToItems(_ condition: Condition) -> Bool {
    condition.alternatives.contains { $0.contains { isItemQuestion($0.key) } }
  }

  /// Step n of m within the state's phase.
  /// Where `state` comes among the phase's steps; nil for a walk of today's actions, which is
  /// not a step of its own (whether it asks anything is known only once the actions are).
  func progressStep(of state: BankState) -> (index: Int, count: Int)? {
    guard !walksTodaysActions(state) else { return nil }
    let inPhase = expectedPath().filter { $0.phase == state.phase && !walksTodaysActions($0) }
    let index = (inPhase.firstIndex { $0.id == state.id } ?? 0) + 1
    return (index, max(inPhase.count, index))
  }

  /// Whether a state is asked once for each action agreed today (or each of your own).
  func walksTodaysActions(_ state: BankState) -> Bool {
    state.forEach == .newActions || state.forEach == .ownNewActions
  }

  /// `step 2 of 5`, or for a walk of today's actions `one action at a time`.
  func stepWords(of state: BankState) -> String {
    guard let step = progressStep(of: state) else { return "one action at a time" }
    return "step \(step.index) of \(step.count)"
  }
}
