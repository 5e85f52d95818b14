/// The `/` commands that work at every prompt (SPEC §3).
extension Dialogue {
  mutating func command(_ line: String) -> [DialogueEffect] {
    switch SlashCommand.parse(line) {
    case .command(let command, let arguments):
      return run(command, arguments: arguments)
    case .unknown(let name):
      let names = SlashCommand.allCases.map(\.rawValue)
      if let near = Reader.closest(to: name, among: names), !name.isEmpty {
        return [
          .say(
            "Unknown command '/\(Self.clipped(name))'; did you mean /\(near)? (Type // to start an answer with /.)",
            .error)
        ]
          + reprompt()
      }
      return [
        .say(
          "Unknown command '/\(Self.clipped(name))'; type /help for the list (type // to start an answer with /).",
          .error)
      ]
        + reprompt()
    }
  }

  private mutating func run(_ command: SlashCommand, arguments: [String]) -> [DialogueEffect] {
    // A command that moves the conversation leaves an unanswered partner choice behind.
    switch command {
    case .back, .skip, .edit, .goto: progress.partnerChoice = nil
    case .help, .whereAmI, .review, .export, .quit: break
    }
    return switch command {
    case .help: DialoguePresenter(self).help() + reprompt(askingAgain: true)
    case .back: back()
    case .skip: skip()
    case .whereAmI: DialoguePresenter(self).whereAmI() + reprompt(askingAgain: true)
    case .review: DialoguePresenter(self).review() + reprompt(askingAgain: true)
    case .edit: edit(arguments.first)
    case .goto: goto(arguments.first)
    case .export: export(arguments)
    // The runner says what leaving keeps: it alone knows whether a session was created yet.
    case .quit: [.quit]
    }
  }

  /// A word the user typed, shortened for an error message so a huge line stays one short line.
  static func clipped(_ word: String) -> String {
    word.count <= 40 ? word : String(word.prefix(40)) + "…"
  }

  /// The prompt again, after a command that did not move the conversation; after one that
  /// filled the screen (`/help`, `/where`, `/review`, `/export`) the question is asked again.
  func reprompt(askingAgain: Bool = false) -> [DialogueEffect] {
    let position = progress.position
    if position == .finished { return [] }
    // The question's own lines show a list's items so far (`questionLines`).
    let again = askingAgain ? [DialogueEffect.say("", .lead)] + questionLines(position) : []
    return again + [.ask(prompt(for: position))]
  }

  private mutating func back() -> [DialogueEffect] {
    guard let previous = progress.trail.last else {
      return [.say("This is the first question; there is nothing to go back to.", .error)] + reprompt()
    }
    // The items of a list typed so far are kept as its answer, to find again on the way back.
    var effects: [DialogueEffect] = []
    if let (key, items) = draftInProgress { effects = store(items, under: key) }
    progress.draft = nil
    progress.trail.removeLast()
    let current = progress.position
    progress.position = previous
    progress.returnTo = nil
    return effects + present(previous, previous: current)
  }

  private mutating func skip() -> [DialogueEffect] {
    let position = progress.position
    guard let (_, question) = location(position) else {
      return [.say("There is nothing to skip here.", .error)] + reprompt()
    }
    guard isOptional(question) else {
      return [.say("This question needs an answer, so it cannot be skipped.", .error)] + reprompt()
    }
    progress.draft = nil
    return accept(.skipped, at: position)
  }

  private mutating func edit(_ key: String?) -> [DialogueEffect] {
    guard let key else {
      return [.say("Say which answer to edit, like /edit purpose.success (see /review for ids).", .error)] + reprompt()
    }
    guard let target = position(forKey: key) else {
      return [.say("There is no answer '\(Self.clipped(key))' to edit; /review lists the ids.", .error)] + reprompt()
    }
    if progress.returnTo == nil { progress.returnTo = progress.position }
    progress.draft = nil
    let current = progress.position
    progress.position = target
    return present(target, previous: current)
  }

  /// Where an answered key was asked; nil when it has no answer or its item is gone.
  func position(forKey text: String) -> Position? {
    let key = AnswerKey(text)
    guard answers[text] != nil, let (state, question) = bank.question(key.question) else { return nil }
    let place = Position.asking(state: state.id, question: question.id, item: key.item)
    if key.item != nil, item(at: place) == nil { return nil }
    return place
  }

  private mutating func goto(_ id: String?) -> [DialogueEffect] {
    guard let id, let state = bank.state(id) else {
      let hint = id.map { "There is no step '\(Self.clipped($0))'" } ?? "Say which step"
      return [.say("\(hint); /where lists the steps with their ids.", .error)] + reprompt()
    }
    remember(progress.position)
    progress.returnTo = nil
    progress.draft = nil
    let current = progress.position
    return moveForward(from: Stop(state: state.id), previous: current)
  }

  private func export(_ arguments: [String]) -> [DialogueEffect] {
    let name = arguments.first ?? ExportFormat.text.rawValue
    guard let format = ExportFormat(name: name) else {
      let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      return [.say("Unknown format '\(Self.clipped(name))'; use one of \(names).", .error)] + reprompt()
    }
    return [.export(format: format, file: arguments.count > 1 ? arguments[1] : nil)] + reprompt(askingAgain: true)
  }

  /// Puts a place onto the trail, so `/back` returns to it; only a question or the question
  /// between phases is one to go back to.
  mutating func remember(_ position: Position) {
    switch position {
    case .asking, .betweenPhases: progress.trail.append(position)
    case .entering, .finished: break
    }
  }

  /// What Tab can complete at the start of `line`.
  public func completions(for line: String) -> [String] {
    if line.hasPrefix("/") {
      let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      if words.count <= 1 {
        return SlashCommand.allCases.map { "/" + $0.rawValue }.filter { $0.hasPrefix(line) }
      }
      let partial = words.last ?? ""
      let candidates: [String] =
        switch SlashCommand(rawValue: String(words[0].dropFirst())) {
        case .edit: answers.keys.sorted()
        case .goto: bank.states.map(\.id)
        case .export: words.count == 2 ? ExportFormat.allCases.map(\.rawValue) : []
        case .help, .back, .skip, .whereAmI, .review, .quit, nil: []
        }
      return candidates.filter { $0.hasPrefix(partial) }
    }
    if case .betweenPhases = progress.position { return ["yes", "no"].filter { $0.hasPrefix(line.lowercased()) } }
    guard let (_, question) = location(progress.position) else { return [] }
    if isPartnerName(question) { return partnerCompletions(for: line) }
    let candidates: [String] =
      switch question.kind {
      case .yesNo: ["yes", "no"]
      case .choice, .status: question.choices.map(\.id)
      case .text, .email, .dateTime, .list, .actions, .minutes, .steps: []
      case .rating: ["1", "2", "3", "4", "5"]
      }
    return candidates.filter { $0.hasPrefix(line.lowercased()) }
  }
}

extension Dialogue {
  /// Moves to the start of a phase (`resume --phase`); false when the bank has no such phase.
  public mutating func go(to phase: Phase) -> Bool {
    guard let entry = bank.entries[phase] else { return false }
    // The phase asked for replaces wherever a restore would have gone on.
    lostPlace = nil
    if isInBank(progress.position) { remember(progress.position) }
    progress.position = .entering(state: entry)
    progress.returnTo = nil
    progress.draft = nil
    progress.partnerChoice = nil
    return true
  }
}
