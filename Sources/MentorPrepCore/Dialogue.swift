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
  public internal(set) var progress: DialogueProgress {
    // Every saved place carries its ids, which is what a resume goes by.
    didSet { progress = identified(progress) }
  }
  /// Set on restoring when the pending question is gone from the bank: where to go on from,
  /// and the note that says so.
  var skipped: (from: Cursor, note: String)?

  /// A new conversation. `prefill` answers questions in advance (from command-line options).
  public init(bank: QuestionBank, context: DialogueContext, prefill: [String: Answer] = [:]) {
    self.bank = bank
    self.context = context
    let start = bank.entries[.setup] ?? bank.states.first?.id ?? ""
    self.answers = [:]
    var fresh = DialogueProgress(cursor: Cursor(state: start, item: 0, question: -1))
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
    let missingQuestions = answers.keys.map(Self.questionID).filter { bank.question($0) == nil }
    let cursors = [progress.cursor, progress.returnTo].compactMap { $0 } + progress.trail
    let missingStates = cursors.filter { cursor in
      guard let state = bank.state(cursor.state) else { return true }
      // A place saved by index alone must still be in range; one saved by id is found again.
      return cursor.questionID == nil && cursor.question >= state.questions.count
    }.map(\.state)
    if let missing = (missingStates + missingQuestions).sorted().first {
      throw .unknownID(missing)
    }
    relocate()
  }

  /// The question id inside an answer key (`review.status#1.2` → `review.status`).
  public static func questionID(_ key: String) -> String {
    key.split(separator: "#", maxSplits: 1).first.map(String.init) ?? key
  }

  public var isFinished: Bool { progress.isFinished }

  /// The phase of the question being asked (the last phase once finished).
  public var phase: Phase {
    guard let cursor = progress.cursor else { return .after }
    return bank.state(cursor.state)?.phase ?? .setup
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
    guard let cursor = progress.cursor else {
      return [.say("This conversation is complete.", .note), .finish]
    }
    if let (from, note) = skipped {
      skipped = nil
      return [.say(note, .note)] + moveForward(from: from, previous: nil)
    }
    if cursor.question < 0 {
      // A new conversation: find the first question to ask.
      var effects: [DialogueEffect] = progress.prefilled.compactMap { key in
        answers[key].map { .record(key: key, answer: $0) }
      }
      effects += lookUpIfReady()
      if case .lookUpRelationship = effects.last { return effects }
      return effects + moveForward(from: cursor, previous: nil)
    }
    // A saved question between phases is still pending: input that ended there did not answer it.
    return present(cursor, previous: nil)
  }

  private mutating func receive(_ memory: RelationshipMemory) -> [DialogueEffect] {
    context.memory = memory
    var effects: [DialogueEffect] = []
    for (key, answer) in memory.prefill.sorted(by: { $0.key < $1.key })
    where bank.question(key) != nil && answers[key] == nil {
      answers[key] = answer
      progress.prefilled.append(key)
      effects.append(.record(key: key, answer: answer))
    }
    effects += carryForward(from: memory)
    if memory.returning, let partner = name(of: SessionRecord.Key.partner) {
      effects.append(.say("Welcome back: this continues your sessions with \(partner).", .note))
      if let line = memory.progressLine { effects.append(.say(line, .note)) }
      // With nothing left to review, the review is skipped: what was settled is told here.
      if memory.openActions.isEmpty { effects += settledLines() }
    }
    guard let cursor = progress.cursor else { return effects }
    return effects + continueAfterAnswer(at: cursor)
  }

  /// After an answer: back to where `/edit` was called from, or on to the next question.
  private mutating func continueAfterAnswer(at cursor: Cursor) -> [DialogueEffect] {
    if let back = progress.returnTo {
      progress.returnTo = nil
      progress.cursor = back
      return present(back, previous: nil)
    }
    // Nothing was shown yet when a new conversation starts with a look-up.
    return moveForward(from: cursor, previous: cursor.question < 0 ? nil : cursor)
  }

  // MARK: - Answers

  private mutating func answer(_ line: String) -> [DialogueEffect] {
    guard let cursor = progress.cursor else {
      return [.say("This conversation is complete.", .note), .finish]
    }
    if cursor.gate { return answerGate(line, at: cursor) }
    guard let (state, question) = location(cursor) else {
      // Only a damaged record points nowhere: carry on from the state's next question.
      return moveForward(from: Cursor(state: cursor.state, item: cursor.item, question: -1), previous: nil)
    }
    let parser = answerParser
    if question.kind.takesItems {
      return answerItem(line, question: question, state: state, at: cursor, parser: parser)
    }
    if line.trimmingWhitespace.isEmpty {
      if let fallback = defaultAnswer(for: question) {
        return showingBack(fallback, accept(fallback, at: cursor))
      }
      guard isOptional(question) else {
        return reject("An answer is needed here; type /help if you are unsure.", at: cursor)
      }
      return accept(.skipped, at: cursor)
    }
    switch parser.parse(pickingOffered(line, for: question), for: question) {
    case .success(let answer):
      if case .dateTime(let date) = answer, let reason = laterThanRequired(date, for: question) {
        return reject(reason, at: cursor)
      }
      return showingBack(answer, accept(answer, at: cursor))
    case .failure(let rejection):
      return reject(rejection.reason, at: cursor)
    }
  }

  /// An accepted date is shown back as understood, just after it is stored, so a misread one
  /// is caught at once.
  private func showingBack(_ answer: Answer, _ effects: [DialogueEffect]) -> [DialogueEffect] {
    guard case .dateTime(let date) = answer, !effects.isEmpty else { return effects }
    var effects = effects
    effects.insert(.say("→ \(date.spoken)", .note), at: 1)
    return effects
  }

  private mutating func answerItem(
    _ line: String, question: Question, state: BankState, at cursor: Cursor, parser: AnswerParser
  ) -> [DialogueEffect] {
    let draft = progress.draft
    if line.trimmingWhitespace.isEmpty {
      guard let draft else {
        guard isOptional(question) else {
          return [
            .say("List at least one item; an empty line ends the list.", .error), .ask(itemPrompt(at: cursor)),
          ]
        }
        return accept(.skipped, at: cursor)
      }
      return accept(draft, at: cursor)
    }
    switch parser.parseItem(pickingOffered(line, for: question), for: question) {
    case .success(let item):
      progress.draft = Self.appending(item, to: draft)
      // An action is shown back as understood: its owner and due date, read from the line.
      let shown: [DialogueEffect] =
        if case .actions(let actions) = item { actions.map { .say(parser.actions.understood($0), .note) } } else { [] }
      return shown + [.ask(itemPrompt(at: cursor))]
    case .failure(let rejection):
      return [.say(rejection.reason, .error), .ask(itemPrompt(at: cursor))]
    }
  }

  private static func appending(_ item: Answer, to draft: Answer?) -> Answer {
    switch (draft, item) {
    case (.list(let items)?, .list(let more)): .list(items + more)
    case (.actions(let items)?, .actions(let more)): .actions(items + more)
    default: item
    }
  }

  /// The prompt for the next list item, offering the earlier answer's item when one is edited.
  func itemPrompt(at cursor: Cursor) -> Prompt {
    let index = progress.draft.map(Self.itemCount) ?? 0
    let earlier: [String] =
      switch answers[answerKey(cursor)] {
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

  private mutating func answerGate(_ line: String, at cursor: Cursor) -> [DialogueEffect] {
    switch answerParser.parse(line, for: Self.gateQuestion) {
    case .success(.yesNo(true)):
      progress.trail.append(cursor)
      return moveForward(from: Cursor(state: cursor.state, item: 0, question: -1), previous: cursor)
    case .success:
      // Stopping here saves the next phase's first question as the place to resume, so that
      // `resume` goes on with that phase instead of asking this question again.
      progress.trail.append(cursor)
      let entering = moveForward(from: Cursor(state: cursor.state, item: 0, question: -1), previous: cursor)
      if progress.cursor == nil { return entering }
      let next = bank.state(cursor.state)?.phase ?? .during
      let when =
        switch next {
        case .setup, .before: "when you are ready to go on"
        case .during: "when the meeting begins"
        case .after: "after the meeting, to follow it up"
        }
      return [.say("Saved. Run `mentorprep resume` \(when).", .note), .pause]
    case .failure(let rejection):
      return reject(rejection.reason, at: cursor)
    }
  }

  static let gateQuestion = Question(id: "gate", kind: .yesNo, text: RoleText(both: ""))

  mutating func accept(_ answer: Answer, at cursor: Cursor) -> [DialogueEffect] {
    let key = answerKey(cursor)
    answers[key] = answer
    progress.draft = nil
    progress.trail.append(cursor)
    var effects: [DialogueEffect] = [.record(key: key, answer: answer)]
    effects += lookUpIfReady()
    // With a look-up under way, `receive` goes on once the relationship is known.
    if case .lookUpRelationship = effects.last { return effects }
    return effects + continueAfterAnswer(at: cursor)
  }

  private func reject(_ reason: String, at cursor: Cursor) -> [DialogueEffect] {
    [.say(reason, .error)] + questionLines(cursor) + [.ask(prompt(for: cursor))]
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
    AnswerParser(now: context.now, role: role, me: name(of: SessionRecord.Key.me), partner: name(of: SessionRecord.Key.partner))
  }

  /// The user's role; mentee until it is answered.
  public var role: Role {
    if case .choice(let id)? = answers[SessionRecord.Key.role], let role = Role(rawValue: id) { return role }
    return .mentee
  }

  func name(of key: String) -> String? {
    guard case .text(let text)? = answers[key], !text.isEmpty else { return nil }
    return text
  }
}

/// Why a saved conversation cannot be continued.
public enum DialogueError: Error, Sendable, Equatable {
  /// The record names a state or question the current banks do not have.
  case unknownID(String)
}
