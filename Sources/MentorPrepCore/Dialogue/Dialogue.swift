/// One mentoring conversation as a finite-state machine: the bank's states and questions, the
/// answers so far and where the conversation stands.
///
/// `handle(_:)` takes an event (a typed line, say) and returns the effects to perform (lines to
/// show, answers to store, the next prompt). It does no I/O, so tests drive it with events and
/// check the exact state.
public struct Dialogue: Sendable {
  public let bank: QuestionBank
  public internal(set) var context: DialogueContext
  public internal(set) var answers: [String: Answer]
  public internal(set) var progress: DialogueProgress
  /// Set on restoring when the pending question or its action is gone: where to go on from,
  /// and the note that says so (none when only the action was not yet named, in older records).
  var lostPlace: (from: Stop, note: String?)?

  /// A new conversation. `prefill` answers questions in advance (from command-line options).
  public init(bank: QuestionBank, context: DialogueContext, prefill: [String: Answer] = [:]) {
    self.bank = bank
    self.context = context
    let start = bank.entries[.setup] ?? bank.states.first?.id ?? ""
    self.answers = [:]
    var fresh = DialogueProgress(position: .entering(state: start))
    fresh.startPhase = context.startPhase
    self.progress = fresh
    for (key, answer) in prefill where bank.question(key) != nil {
      answers[key] = answer
      progress.prefilled.append(key)
    }
    progress.prefilled.sort()
  }

  /// A conversation restored from its record. Fails when the bank no longer has its ids.
  public init(
    bank: QuestionBank, context: DialogueContext, answers: [String: Answer],
    progress: DialogueProgress
  ) throws(DialogueError) {
    self.bank = bank
    self.context = context
    self.answers = answers
    self.progress = progress
    let missingQuestions = answers.keys.map { AnswerKey($0).question }.filter { bank.question($0) == nil }
    let places = [progress.position, progress.returnTo].compactMap { $0 } + progress.trail
    let missingStates = places.compactMap(\.state).filter { bank.state($0) == nil }
    if let missing = (missingStates + missingQuestions).sorted().first {
      throw .unknownID(missing)
    }
    relocate()
  }

  public var isFinished: Bool { progress.isFinished }

  /// The phase of the question being asked (the last phase once finished).
  public var phase: Phase {
    guard let state = progress.position.state else { return .after }
    return bank.state(state)?.phase ?? .setup
  }

  // MARK: - Events

  public mutating func handle(_ event: DialogueEvent) -> [DialogueEffect] {
    switch event {
    case .start:
      return begin()
    case .relationship(let memory):
      return receive(memory)
    case .line(let line):
      if line.hasPrefix("//") {
        return answer(String(line.dropFirst()))
      }
      if line.hasPrefix("/") {
        return command(line)
      }
      return answer(line)
    }
  }

  private mutating func begin() -> [DialogueEffect] {
    if let (from, note) = lostPlace {
      lostPlace = nil
      return (note.map { [.say($0, .note)] } ?? []) + moveForward(from: from, previous: nil)
    }
    switch progress.position {
    case .finished:
      return [.say("This conversation is complete.", .note), .finish]
    case .entering(let state):
      // A new conversation, or a phase begun again: find the first question to ask.
      var effects: [DialogueEffect] = progress.prefilled.compactMap { key in
        answers[key].map { .record(key: key, answer: $0) }
      }
      effects += roleAsBefore()
      effects += lookUpIfReady()
      if case .lookUpRelationship = effects.last { return effects }
      return effects + moveForward(from: Stop(state: state), previous: nil)
    case .asking, .betweenPhases:
      // A saved question between phases is still pending: input that ended there did not answer it.
      return present(progress.position, previous: nil)
    }
  }

  private mutating func receive(_ memory: RelationshipMemory) -> [DialogueEffect] {
    context.memory = memory
    var effects: [DialogueEffect] = []
    for (key, answer) in memory.prefill.sorted(by: { $0.key < $1.key })
    where bank.question(key) != nil && answers[key] == nil {
      effects.append(takeAsKnown(answer, for: key))
    }
    effects += carryForward(from: memory)
    if memory.returning, let partner = name(of: SessionRecord.Key.partner) {
      effects.append(.say("Welcome back: this continues your sessions with \(partner).", .note))
      if let line = memory.progressLine { effects.append(.say(line, .note)) }
      effects += meetingAsAgreed(from: memory)
      effects += depthAsBefore(from: memory)
      // With nothing left to review, the review is skipped: what was settled is told here.
      if memory.openActions.isEmpty { effects += settledLines() }
    } else if memory.partnerNextMeeting != nil {
      // Before a first meeting here, the partner's agenda may have dated it.
      effects += meetingAsAgreed(from: memory)
    }
    guard !progress.isFinished else { return effects }
    return effects + continueAfterAnswer(at: progress.position)
  }

  /// After an answer: back to where `/edit` was called from, or on to the next question.
  private mutating func continueAfterAnswer(at position: Position) -> [DialogueEffect] {
    if let back = progress.returnTo {
      progress.returnTo = nil
      progress.position = back
      return present(back, previous: nil)
    }
    // Nothing was shown yet when a new conversation starts with a look-up.
    if case .entering = position { return moveForward(after: position, previous: nil) }
    return moveForward(after: position, previous: position)
  }

  // MARK: - Answers

  private mutating func answer(_ line: String) -> [DialogueEffect] {
    let position = progress.position
    switch position {
    case .finished:
      return [.say("This conversation is complete.", .note), .finish]
    case .betweenPhases(let next):
      return answerGate(line, next: next)
    case .entering, .asking:
      break
    }
    guard let (state, question) = location(position) else {
      // Only a damaged record points nowhere: carry on from the start of its state.
      return moveForward(from: Stop(state: position.state ?? ""), previous: nil)
    }
    if let choice = pendingPartnerChoice(at: position),
      let effects = answerPartnerChoice(line, choice, at: position)
    {
      return effects
    }
    let parser = answerParser
    if question.kind.takesItems {
      return answerItem(line, question: question, state: state, at: position, parser: parser)
    }
    if line.trimmingWhitespace.isEmpty {
      if let fallback = defaultAnswer(for: question) {
        return showingBack(fallback, accept(fallback, at: position))
      }
      guard isOptional(question) else { return reject(emptyLineRefusal(for: question), at: position) }
      return accept(.skipped, at: position)
    }
    if question.kind == .status, let typed = statusWithWhatBecomesOfIt(line, for: question) {
      return answerStatus(typed.status, closingOut: typed.closeOut, carriedTo: typed.date, at: position)
    }
    if question.id == SessionRecord.Key.reviewCloseOut, case let (choice, date?)? = closeOutAndDate(line) {
      return answerCloseOut(choice, carriedTo: date, at: position)
    }
    switch parser.parse(pickingOffered(line, for: question), for: question) {
    case .success(let answer):
      if case .status(let status) = answer { return answerStatus(status, at: position) }
      if isPartnerName(question), case .text(let name) = answer {
        return answerPartnerName(name, at: position)
      }
      if case .dateTime(let typed) = answer {
        switch timed(typed, typed: line, for: question) {
        case .failure(let rejection):
          return reject(rejection.reason, at: position)
        case .success(let (date, timeFrom)):
          if let reason = laterThanRequired(date, for: question) { return reject(reason, at: position) }
          return showingBack(.dateTime(date), accept(.dateTime(date), at: position), timeFrom: timeFrom)
        }
      }
      return showingBack(answer, accept(answer, at: position))
    case .failure(let rejection):
      return reject(rejection.reason, at: position)
    }
  }

  /// An accepted date is shown back as understood, just after it is stored, so a misread one
  /// is caught at once.
  private func showingBack(_ answer: Answer, _ effects: [DialogueEffect], timeFrom: String? = nil)
    -> [DialogueEffect]
  {
    guard case .dateTime(let date) = answer else { return effects }
    return noted("→ \(date.spoken)" + (timeFrom.map { " (\($0))" } ?? ""), effects)
  }

  private mutating func answerItem(
    _ line: String, question: Question, state: BankState, at position: Position, parser: AnswerParser
  ) -> [DialogueEffect] {
    let draft = progress.draft
    if line.trimmingWhitespace.isEmpty {
      guard let draft else {
        guard isOptional(question) else {
          return [
            .say("List at least one item; an empty line ends the list.", .error), .ask(itemPrompt(at: position)),
          ]
        }
        return accept(.skipped, at: position)
      }
      return accept(draft, at: position)
    }
    if isCommitmentChanges(question) { return answerCommitmentChange(line, at: position) }
    if isSuccesses(question) { return answerSuccess(line, at: position) }
    switch parser.parseItem(pickingOffered(line, for: question), for: question) {
    case .success(let item):
      progress.draft = Self.appending(item, to: draft)
      // An action is shown back as understood: its owner and due date, read from the line.
      let shown: [DialogueEffect] =
        if case .actions(let actions) = item { actions.map { .say(parser.actions.understood($0), .note) } } else { [] }
      return shown + [.ask(itemPrompt(at: position))]
    case .failure(let rejection):
      return [.say(rejection.reason, .error), .ask(itemPrompt(at: position))]
    }
  }

  static func appending(_ item: Answer, to draft: Answer?) -> Answer {
    switch (draft, item) {
    case (.list(let items)?, .list(let more)): .list(items + more)
    case (.actions(let items)?, .actions(let more)): .actions(items + more)
    default: item
    }
  }

  /// The prompt for the next list item, offering the earlier answer's item when one is edited.
  func itemPrompt(at position: Position) -> Prompt {
    let index = progress.draft.map(Self.itemCount) ?? 0
    let earlier: [String] =
      switch position.answerKey.flatMap({ answers[$0.text] }) {
      case .list(let items)?: items
      case .actions(let items)?: items.map(\.description)
      default: []
      }
    return Prompt(marker: "- ", prefill: index < earlier.count ? earlier[index] : nil)
  }

  private static func itemCount(_ answer: Answer) -> Int {
    switch answer {
    case .list(let items): items.count
    case .actions(let items): items.count
    default: 0
    }
  }

  private mutating func answerGate(_ line: String, next state: String) -> [DialogueEffect] {
    let gate = Position.betweenPhases(next: state)
    switch answerParser.parse(line, for: Self.gateQuestion) {
    case .success(.yesNo(true)):
      progress.trail.append(gate)
      return moveForward(from: Stop(state: state), previous: gate)
    case .success:
      // Stopping here saves the next phase's first question as the place to resume, so that
      // `resume` goes on with that phase instead of asking this question again.
      progress.trail.append(gate)
      let entering = moveForward(from: Stop(state: state), previous: gate)
      if progress.isFinished { return entering }
      let next = bank.state(state)?.phase ?? .during
      let when =
        switch next {
        case .setup, .before: "when you are ready to go on"
        case .during: "when the meeting begins"
        case .after: "after the meeting, to follow it up"
        }
      return [.say("Saved. Run `\(context.resumeCommand)` \(when).", .note), .pause]
    case .failure(let rejection):
      return reject(rejection.reason, at: gate)
    }
  }

  static let gateQuestion = Question(id: "gate", kind: .yesNo, text: RoleText(both: ""))

  mutating func accept(_ answer: Answer, at position: Position) -> [DialogueEffect] {
    // Only a question is answered; between phases and at a state's start nothing is stored.
    guard let key = position.answerKey?.text else { return continueAfterAnswer(at: position) }
    progress.partnerChoice = nil
    progress.trail.append(position)
    var effects = store(answer, under: key)
    if key == SessionRecord.Key.partner { effects += roleAsBefore() }
    effects += lookUpIfReady()
    // With a look-up under way, `receive` goes on once the relationship is known.
    if case .lookUpRelationship = effects.last { return effects }
    return effects + continueAfterAnswer(at: position)
  }

  /// An answer known without asking (from the record, or the agenda on the quick path): kept,
  /// and marked so that it is not asked, while `/edit` can still change it.
  mutating func takeAsKnown(_ answer: Answer, for key: String) -> DialogueEffect {
    answers[key] = answer
    if !progress.prefilled.contains(key) { progress.prefilled.append(key) }
    return .record(key: key, answer: answer)
  }

  /// Keeps an answer, and what it answers beside its own question (success on an action's
  /// line, the changes to your actions, today's focus).
  mutating func store(_ answer: Answer, under key: String) -> [DialogueEffect] {
    answers[key] = answer
    // Typed now (an answer taken from the record, then edited), it is the person's own.
    progress.prefilled.removeAll { $0 == key }
    progress.draft = nil
    var effects: [DialogueEffect] = [.record(key: key, answer: answer)]
    effects += recordSuccessOnTheLine(of: key, answer)
    effects += recordCommitmentChanges(of: key, answer)
    effects += recordSuccesses(of: key, answer)
    effects += focusFromTheAgenda(after: key, answer)
    return effects
  }

  func reject(_ reason: String, at position: Position) -> [DialogueEffect] {
    [.say(reason, .error)] + questionLines(position) + [.ask(prompt(for: position))]
  }

  /// Once role and partner are known, the runner looks the relationship up (once per pair).
  private mutating func lookUpIfReady() -> [DialogueEffect] {
    guard case .choice(let roleName)? = answers[SessionRecord.Key.role], let role = Role(rawValue: roleName),
      let partner = name(of: SessionRecord.Key.partner)
    else { return [] }
    let pair = "\(role.rawValue)|\(partner.lowercased())"
    guard progress.lookedUp != pair else { return [] }
    progress.lookedUp = pair
    return [.lookUpRelationship(partner: partner, role: role)]
  }

  var answerParser: AnswerParser {
    AnswerParser(
      now: datesCountFrom, role: role, me: name(of: SessionRecord.Key.me), partner: name(of: SessionRecord.Key.partner))
  }

  /// The user's role; mentee until it is answered.
  public var role: Role {
    if case .choice(let id)? = answers[SessionRecord.Key.role], let role = Role(rawValue: id) { return role }
    return .mentee
  }

  /// What saving these changes stores: the core derives, the store persists.
  public func snapshot(changes: [(key: String, answer: Answer)], at now: LocalDateTime) -> SessionSnapshot {
    SessionSnapshot(
      session: context.sessionNumber, answers: answers, changes: changes, progress: progress, phase: phase, bank: bank,
      at: now)
  }

  func name(of key: String) -> String? {
    guard case .text(let text)? = answers[key], !text.isEmpty else { return nil }
    return text
  }
}
