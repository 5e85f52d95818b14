/// The words of the commands that show and do not move: `/help`, `/where` and `/review`. It reads
/// the dialogue and says what it sees; the state machine decides when, and asks the question
/// again after it.
struct DialoguePresenter {
  let dialogue: Dialogue

  init(_ dialogue: Dialogue) {
    self.dialogue = dialogue
  }

  /// The commands, then what the bank says about the question asked and the form its answer takes.
  func help() -> [DialogueEffect] {
    var effects: [DialogueEffect] = [.say("Commands:", .heading)]
    let width = SlashCommand.allCases.map(\.usage.count).max() ?? 0
    for command in SlashCommand.allCases {
      let padding = String(repeating: " ", count: width - command.usage.count)
      effects.append(.say("  \(command.usage)\(padding)  \(command.summary)", .hint))
    }
    let position = dialogue.progress.position
    if let (_, question) = dialogue.location(position) {
      if let help = question.help {
        effects.append(.say("About this question (\(question.id)):", .heading))
        effects += dialogue.lines(dialogue.substitute(help, item: dialogue.item(at: position)), .lead)
      }
      effects += Self.formHelp(question).map { .say($0, .hint) }
    }
    return effects
  }

  /// How an answer of the question's kind is typed.
  static func formHelp(_ question: Question) -> [String] {
    switch question.kind {
    case .text: question.optional ? ["Press Enter to leave it empty."] : []
    case .email: ["An address such as name@example.org" + (question.optional ? ", or Enter to leave it empty." : ".")]
    case .yesNo: ["Answer y or n."]
    case .choice, .status: ["Type the option's number or its name."]
    case .dateTime: ["Dates: \(DateParser.forms)."]
    case .rating: ["A whole number: 1 is poor, 3 is fair, 5 is excellent."]
    case .minutes: ["Minutes, like 45; or hours, like 1.5 hours."]
    case .list: ["One item per line; an empty line ends the list."]
    case .actions, .steps:
      [
        "One per line, ending with an owner and a date if you like: `Send the draft @me by friday`.",
        "Owners: @me, @partner or a name; without one the action is the mentee's.",
      ]
    }
  }

  /// The steps of the conversation as this one will take them, the current one marked.
  func whereAmI() -> [DialogueEffect] {
    guard let id = dialogue.progress.position.state, let current = dialogue.bank.state(id) else {
      return [.say("The conversation is complete.", .note)]
    }
    var effects: [DialogueEffect] = [
      .say(
        "You are in \(current.phase.title.lowercased()), \(dialogue.stepWords(of: current)): \(current.title).",
        .heading)
    ]
    let path = dialogue.expectedPath()
    let here = path.firstIndex { $0.id == current.id } ?? path.count
    var phase: Phase?
    for (index, state) in path.enumerated() {
      if state.phase != phase {
        phase = state.phase
        effects.append(.say(state.phase.title, .lead))
      }
      let mark = index < here ? "[x]" : index == here ? "[>]" : "[ ]"
      effects.append(.say("  \(mark) \(state.title) (\(state.id))", .hint))
    }
    let answered = dialogue.answers.count
    effects.append(.say("\(answered) answer\(answered == 1 ? "" : "s") so far.", .note))
    return effects
  }

  /// Every answer so far by step, and the list being typed.
  func review() -> [DialogueEffect] {
    let answers = dialogue.answers
    guard !answers.isEmpty else { return [.say("No answers yet.", .note)] }
    var effects: [DialogueEffect] = [.say("Your answers so far:", .heading)]
    for state in dialogue.bank.statesInConversationOrder {
      let keys = state.answeredKeys(in: answers)
      guard !keys.isEmpty else { continue }
      effects.append(.say("\(state.title) (\(state.phase.rawValue))", .lead))
      for key in keys {
        if let answer = answers[key] { effects.append(.say("  \(key): \(answer.summary)", .recall)) }
      }
    }
    if let (key, items) = dialogue.draftInProgress {
      effects.append(.say("  \(key) (so far): \(items.summary)", .recall))
    }
    return effects
  }
}
