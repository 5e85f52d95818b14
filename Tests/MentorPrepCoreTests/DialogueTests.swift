import Foundation
import Testing

@testable import MentorPrepCore

// MARK: - A small bank and a way to talk to it

/// A bank small enough to read in one go, with one of each thing the machine handles: choices,
/// role-only and optional questions, a first-session state, lists, actions, a review of open
/// actions, a walk through new actions, and all four phases.
enum SmallBank {
  static let setup = """
    phase: setup
    states:
      - id: setup.who
        title: "Who"
        questions:
          - id: setup.role
            kind: choice
            ask: "Which side are you on?"
            options: [mentee, mentor]
          - id: setup.me
            ask: "What is your name?"
          - id: setup.partner
            ask: "Who are you meeting?"
          - id: setup.first_session
            kind: yesno
            ask: "Is this your first meeting with {partner}?"
        next:
          - goto: before.intro
            if: {setup.first_session: "yes"}
          - goto: before.goals
    """
  static let before = """
    phase: before
    states:
      - id: before.intro
        title: "Introduction"
        questions:
          - id: intro.about
            for: mentee
            ask: "Who are you, in a sentence?"
        next:
          - goto: before.goals
      - id: before.goals
        title: "Goals"
        questions:
          - id: goals.main
            ask: "What is your main goal?"
            help: "One sentence is enough."
          - id: goals.note
            optional: true
            ask: "Anything else {partner} should know?"
          - id: goals.offer
            for: mentor
            ask: "What can you offer {partner}?"
          - id: goals.size
            kind: choice
            ask: "How big a step is it?"
            options:
              - id: small_step
                label: "A small step"
              - id: big_leap
                label: "A big leap"
          - id: goals.topics
            kind: list
            ask: "Which topics?"
          - id: goals.ideas
            kind: list
            optional: true
            ask: "Any ideas?"
        next:
          - goto: during.start
    """
  static let during = """
    phase: during
    states:
      - id: during.start
        title: "Start"
        questions:
          - id: during.mood
            optional: true
            ask: "How are you both?"
        next:
          - goto: during.review
            if: {context.open_actions: "yes"}
          - goto: during.actions
      - id: during.review
        title: "Review"
        for_each: open_actions
        questions:
          - id: review.status
            kind: status
            ask: "{action} ({owner}, {due}): where does it stand?"
          - id: review.learned
            optional: true
            ask: "What came of it?"
        next:
          - goto: during.actions
      - id: during.actions
        title: "Actions"
        questions:
          - id: actions.agreed
            kind: actions
            ask: "Which actions have you agreed?"
          - id: next.meeting_at
            kind: datetime
            ask: "When do you meet next?"
        next:
          - goto: during.success
      - id: during.success
        title: "Success"
        for_each: new_actions
        questions:
          - id: actions.success
            ask: "How will you know '{action}' worked?"
        next:
          - goto: after.thanks
    """
  static let after = """
    phase: after
    states:
      - id: after.thanks
        title: "Thanks"
        questions:
          - id: thanks.note
            ask: "What do you thank {partner} for?"
        next:
          - goto: end
    """

  static func bank() throws -> QuestionBank {
    try BankLoader.load([
      BankFile(name: "small/setup.yaml", text: setup), BankFile(name: "small/before.yaml", text: before),
      BankFile(name: "small/during.yaml", text: during), BankFile(name: "small/after.yaml", text: after),
    ])
  }

  /// Friday 2026-11-20 09:00.
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

  static func dialogue(session: Int = 1, startPhase: Phase = .before) throws -> Dialogue {
    Dialogue(bank: try bank(), context: DialogueContext(now: now, sessionNumber: session, startPhase: startPhase))
  }

  static let sendCV = TrackedAction(
    ref: "1.1", session: 1,
    item: ActionItem(text: "Send the CV", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 18)),
    status: .open)
  static let bookRoom = TrackedAction(
    ref: "1.2", session: 1, item: ActionItem(text: "Book a room", owner: .role(.mentor)), status: .partly)
}

extension Dialogue {
  mutating func type(_ line: String) -> [DialogueEffect] { handle(.line(line)) }

  /// Types several lines and returns the effects of the last.
  @discardableResult
  mutating func type(_ lines: [String]) -> [DialogueEffect] {
    var effects: [DialogueEffect] = []
    for line in lines { effects = handle(.line(line)) }
    return effects
  }

  /// The key of the question being asked, or "gate" between phases, or nil when finished.
  var askedKey: String? {
    switch progress.position {
    case .betweenPhases: "gate"
    case .asking: progress.position.answerKey?.text
    case .entering, .finished: nil
    }
  }

  /// Starts, answers the setup questions and the relationship look-up; stops at the first
  /// question after setup.
  mutating func setUp(
    role: String = "mentee", me: String = "Sam Rivera", partner: String = "Alex Chen", first: String = "y",
    memory: RelationshipMemory = .none
  ) {
    _ = handle(.start)
    _ = type([role, me])
    let lookUp = type(partner)
    precondition(lookUp.last == .lookUpRelationship(partner: partner, role: Role(rawValue: role)!))
    _ = handle(.relationship(memory))
    _ = type(first)
  }
}

extension [DialogueEffect] {
  var errors: [String] {
    compactMap {
      if case .say(let text, .error) = $0 { return text }
      return nil
    }
  }

  var records: [String: Answer?] {
    var result: [String: Answer?] = [:]
    for case .record(let key, let answer) in self { result[key] = answer }
    return result
  }

  var lines: [String] {
    compactMap {
      if case .say(let text, _) = $0 { return text }
      return nil
    }
  }
}

// MARK: - Answers

@Suite struct DialogueAnswerTests {
  @Test func startShowsTheFirstStateAndItsFirstQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    #expect(
      dialogue.handle(.start) == [
        .say("", .lead),
        .say("Who — setup, step 1 of 1", .heading),
        .say("Which side are you on? [1-2]", .question),
        .say("  1. mentee", .option),
        .say("  2. mentor", .option),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.role", item: nil))
    #expect(dialogue.answers.isEmpty)
    #expect(!dialogue.isFinished)
  }

  @Test func aWrongAnswerGetsOneReasonAndTheSameQuestionWithNothingStored() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    for wrong in ["3", "boss", "0"] {
      #expect(
        dialogue.type(wrong) == [
          .say("Choose a number from 1 to 2, or type an option's name.", .error),
          .say("Which side are you on? [1-2]", .question),
          .say("  1. mentee", .option),
          .say("  2. mentor", .option),
          .ask(.answer),
        ])
      #expect(dialogue.answers.isEmpty)
      #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.role", item: nil))
      #expect(dialogue.progress.trail.isEmpty)
    }
  }

  @Test func aRightAnswerIsRecordedAndTheNextQuestionAsked() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("2") == [
        .record(key: "setup.role", answer: .choice("mentor")),
        .say("What is your name?", .question),
        .ask(.answer),
      ])
    #expect(dialogue.answers == ["setup.role": .choice("mentor")])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(dialogue.role == .mentor)
  }

  @Test func anEmptyAnswerToARequiredQuestionIsAskedAgain() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    _ = dialogue.type("mentee")
    for empty in ["", "   ", "\t"] {
      #expect(
        dialogue.type(empty) == [
          .say("An answer is needed here; type /help if you are unsure.", .error),
          .say("What is your name?", .question),
          .ask(.answer),
        ])
    }
    #expect(dialogue.answers == ["setup.role": .choice("mentee")])
    #expect(dialogue.askedKey == "setup.me")
  }

  @Test func anEmptyAnswerToAnOptionalQuestionIsRecordedAsSkipped() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    _ = dialogue.type("Lead a team")
    #expect(dialogue.askedKey == "goals.note")
    let effects = dialogue.type("")
    #expect(effects.first == .record(key: "goals.note", answer: .skipped))
    #expect(effects.errors.isEmpty)
    #expect(dialogue.answers["goals.note"] == .skipped)
    #expect(dialogue.askedKey == "goals.size")
  }

  @Test func theOptionalHintAndPlaceholdersAreShown() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    #expect(
      dialogue.type("Lead a team") == [
        .record(key: "goals.main", answer: .text("Lead a team")),
        .say("Anything else Alex Chen should know? [optional]", .question),
        .ask(.answer),
      ])
  }

  @Test func skipRefusesARequiredQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/skip") == [
        .say("This question needs an answer, so it cannot be skipped.", .error),
        .ask(.answer),
      ])
    #expect(dialogue.answers.isEmpty)
    #expect(dialogue.askedKey == "setup.role")
  }

  @Test func skipPassesOverAnOptionalQuestion() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    _ = dialogue.type("Lead a team")
    let effects = dialogue.type("/skip")
    #expect(effects.first == .record(key: "goals.note", answer: .skipped))
    #expect(dialogue.askedKey == "goals.size")
  }

  @Test func aDoubleSlashStartsAnAnswerWithASlash() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    _ = dialogue.type("mentee")
    let effects = dialogue.type("//answer")
    #expect(effects.first == .record(key: "setup.me", answer: .text("/answer")))
    #expect(dialogue.answers["setup.me"] == .text("/answer"))
    #expect(dialogue.askedKey == "setup.partner")
  }

  @Test func aChoiceIsTakenByNameAndUniquePrefix() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    _ = dialogue.type(["Lead a team", ""])
    #expect(dialogue.askedKey == "goals.size")
    #expect(dialogue.type("a").errors == ["Choose a number from 1 to 2, or type an option's name."])
    #expect(dialogue.type("a big").first == .record(key: "goals.size", answer: .choice("big_leap")))
  }
}

// MARK: - Lists and actions

@Suite struct DialogueListTests {
  /// Stands at `goals.topics`, a required list.
  static func atTopics() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1"])
    precondition(dialogue.askedKey == "goals.topics")
    return dialogue
  }

  @Test func aListIsAskedWithTheItemPrompt() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", ""])
    #expect(
      dialogue.type("1") == [
        .record(key: "goals.size", answer: .choice("small_step")),
        .say("Which topics? [list]", .question),
        .say("One item per line; an empty line ends the list.", .hint),
        .ask(.item),
      ])
  }

  @Test func itemsGatherUntilAnEmptyLine() throws {
    var dialogue = try Self.atTopics()
    #expect(dialogue.type("Career") == [.ask(.item)])
    #expect(dialogue.type("  Salary talks  ") == [.ask(.item)])
    #expect(dialogue.answers["goals.topics"] == nil)
    #expect(dialogue.progress.draft == .list(["Career", "Salary talks"]))
    #expect(
      dialogue.type("") == [
        .record(key: "goals.topics", answer: .list(["Career", "Salary talks"])),
        .say("Any ideas? [list, optional]", .question),
        .say("One item per line; an empty line ends the list.", .hint),
        .ask(.item),
      ])
    #expect(dialogue.progress.draft == nil)
  }

  @Test func aRequiredListWithNoItemsIsAskedAgain() throws {
    var dialogue = try Self.atTopics()
    let effects = dialogue.type("")
    #expect(effects.errors == ["List at least one item; an empty line ends the list."])
    #expect(effects.last == .ask(.item))
    #expect(effects.records.isEmpty)
    #expect(dialogue.answers["goals.topics"] == nil)
    #expect(dialogue.askedKey == "goals.topics")
  }

  @Test func anOptionalListWithNoItemsIsSkipped() throws {
    var dialogue = try Self.atTopics()
    dialogue.type(["Career", ""])
    #expect(dialogue.askedKey == "goals.ideas")
    let effects = dialogue.type("")
    #expect(effects.first == .record(key: "goals.ideas", answer: .skipped))
    #expect(dialogue.askedKey == "gate")
  }

  @Test func commandsWorkInTheMiddleOfAList() throws {
    var dialogue = try Self.atTopics()
    _ = dialogue.type("Career")
    let effects = dialogue.type("/frobnicate")
    #expect(effects.errors.count == 1)
    #expect(effects.last == .ask(Prompt(marker: "- ")))
    #expect(dialogue.progress.draft == .list(["Career"]))
    _ = dialogue.type("//slash topic")
    #expect(dialogue.type("").first == .record(key: "goals.topics", answer: .list(["Career", "/slash topic"])))
  }

  /// Stands at `actions.agreed`, a mentee in session 2 with no open actions.
  static func atActions(session: Int = 1) throws -> Dialogue {
    var dialogue = try SmallBank.dialogue(session: session, startPhase: .during)
    dialogue.setUp(first: "n")
    _ = dialogue.type("")  // during.mood
    precondition(dialogue.askedKey == "actions.agreed")
    return dialogue
  }

  @Test func actionsTakeAnOwnerAndADueDate() throws {
    var dialogue = try Self.atActions()
    #expect(
      dialogue.type("Draft the project pitch @me by friday")
        == [.say("→ Draft the project pitch — Sam Rivera (mentee), by Friday 27 November 2026", .note), .ask(.item)])
    #expect(dialogue.type("Book a room @partner") == [.say("→ Book a room — Alex Chen (mentor)", .note), .ask(.item)])
    #expect(
      dialogue.type("Introduce Sam to Kim by thursday 15:00 @Alex")
        == [.say("→ Introduce Sam to Kim — Alex Chen (mentor), by Thursday 26 November 2026, 15:00", .note), .ask(.item)])
    #expect(
      dialogue.type("Read the book by Kahneman") == [.say("→ Read the book by Kahneman — Sam Rivera (mentee)", .note), .ask(.item)])
    let effects = dialogue.type("")
    let expected: [ActionItem] = [
      ActionItem(
        text: "Draft the project pitch", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 27)),
      ActionItem(text: "Book a room", owner: .role(.mentor)),
      ActionItem(
        text: "Introduce Sam to Kim", owner: .role(.mentor),
        due: LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)),
      ActionItem(text: "Read the book by Kahneman", owner: .role(.mentee)),
    ]
    #expect(effects.first == .record(key: "actions.agreed", answer: .actions(expected)))
    #expect(dialogue.answers["actions.agreed"] == .actions(expected))
    #expect(dialogue.askedKey == "next.meeting_at")
  }

  @Test func aBadActionIsRefusedAndTheOthersKept() throws {
    var dialogue = try Self.atActions()
    _ = dialogue.type("Draft the pitch")
    #expect(
      dialogue.type("@me by friday") == [
        .say("Say what the action is before its owner and date.", .error), .ask(.item),
      ])
    #expect(dialogue.progress.draft == .actions([ActionItem(text: "Draft the pitch", owner: .role(.mentee))]))
    #expect(
      dialogue.type("").first
        == .record(key: "actions.agreed", answer: .actions([ActionItem(text: "Draft the pitch", owner: .role(.mentee))])))
  }

  @Test func eachAgreedActionIsWalkedThroughOnce() throws {
    var dialogue = try Self.atActions(session: 3)
    dialogue.type(["Draft the pitch @me by friday", "Book a room @partner", ""])
    let effects = dialogue.type("in 2 weeks")
    #expect(effects.first == .record(key: "next.meeting_at", answer: .dateTime(LocalDateTime(year: 2026, month: 12, day: 4))))
    #expect(
      Array(effects.dropFirst()) == [
        .say("→ Friday 4 December 2026", .note),
        .say("", .lead),
        .say("Success — during the meeting, step 3 of 3", .heading),
        .say("Action 1 of 2 (3.1)", .recall),
        .say("How will you know 'Draft the pitch' worked?", .question),
        .ask(.answer),
      ])
    #expect(dialogue.askedKey == "actions.success#3.1")
    let second = dialogue.type("A one-page pitch")
    #expect(second.first == .record(key: "actions.success#3.1", answer: .text("A one-page pitch")))
    #expect(second.contains(.say("Action 2 of 2 (3.2)", .recall)))
    #expect(second.contains(.say("How will you know 'Book a room' worked?", .question)))
    #expect(dialogue.askedKey == "actions.success#3.2")
    let third = dialogue.type("We have a room")
    #expect(third.first == .record(key: "actions.success#3.2", answer: .text("We have a room")))
    #expect(dialogue.progress.position == .betweenPhases(next: "after.thanks"))
  }
}

// MARK: - Conditions

@Suite struct DialogueConditionTests {
  /// The question keys asked from setup's end to the first gate.
  static func beforeKeys(role: String, first: String) throws -> [String] {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(role: role, first: first)
    var keys: [String] = []
    while let key = dialogue.askedKey, key != "gate", keys.count < 20 {
      keys.append(key)
      let question = try #require(dialogue.location(dialogue.progress.position)).1
      switch question.kind {
      case .list, .actions: dialogue.type(["an item", ""])
      case .choice: _ = dialogue.type("1")
      default: _ = dialogue.type("an answer")
      }
    }
    return keys
  }

  @Test func aMenteesFirstSessionHasTheIntroductionAndNoMentorQuestions() throws {
    #expect(
      try Self.beforeKeys(role: "mentee", first: "y") == [
        "intro.about", "goals.main", "goals.note", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  @Test func aLaterSessionHasNoIntroduction() throws {
    #expect(
      try Self.beforeKeys(role: "mentee", first: "n") == [
        "goals.main", "goals.note", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  /// The introduction state has only a mentee question, so a mentor passes it by entirely.
  @Test func aMentorSkipsMenteeQuestionsAndGetsTheirOwn() throws {
    #expect(
      try Self.beforeKeys(role: "mentor", first: "y") == [
        "goals.main", "goals.note", "goals.offer", "goals.size", "goals.topics", "goals.ideas",
      ])
  }

  @Test func theFirstStateAfterSetupIsIntroducedWithItsHeading() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera"])
    _ = dialogue.type("Alex Chen")
    _ = dialogue.handle(.relationship(.none))
    #expect(
      dialogue.type("y") == [
        .record(key: "setup.first_session", answer: .yesNo(true)),
        .say("", .lead),
        .say("Introduction — before the meeting, step 1 of 2", .heading),
        .say("Who are you, in a sentence?", .question),
        .ask(.answer),
      ])
  }

  @Test func openActionsAreReviewedOneByOne() throws {
    var dialogue = try SmallBank.dialogue(session: 2, startPhase: .during)
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera"])
    #expect(dialogue.type("Alex Chen") == [
      .record(key: "setup.partner", answer: .text("Alex Chen")),
      .lookUpRelationship(partner: "Alex Chen", role: .mentee),
    ])
    let memory = RelationshipMemory(returning: true, openActions: [SmallBank.sendCV, SmallBank.bookRoom])
    let welcome = dialogue.handle(.relationship(memory))
    #expect(welcome.first == .say("Welcome back: this continues your sessions with Alex Chen.", .note))
    #expect(dialogue.askedKey == "setup.first_session")
    dialogue.type(["n", ""])  // first session, during.mood
    #expect(dialogue.askedKey == "review.status#1.1")
    #expect(dialogue.progress.position == .asking(state: "during.review", question: "review.status", item: "1.1"))

    // The state is entered once; each action is introduced before its questions.
    let intoSecond = dialogue.type("partly")
    #expect(intoSecond.first == .record(key: "review.status#1.1", answer: .status(.partly)))
    #expect(dialogue.askedKey == "review.learned#1.1")
    let second = dialogue.type("Half the CV is done")
    #expect(
      second == [
        .record(key: "review.learned#1.1", answer: .text("Half the CV is done")),
        .say("Action 2 of 2 (1.2)", .recall),
        .say("Book a room (Alex Chen, no date): where does it stand? [1-4]", .question),
        .say("  1. done", .option),
        .say("  2. partly done", .option),
        .say("  3. not yet", .option),
        .say("  4. dropped", .option),
        .ask(.answer),
      ])
    #expect(dialogue.askedKey == "review.status#1.2")
    #expect(dialogue.type("done").first == .record(key: "review.status#1.2", answer: .status(.done)))
    #expect(dialogue.type("").first == .record(key: "review.learned#1.2", answer: .skipped))
    #expect(dialogue.askedKey == "actions.agreed")
    let reviewKeys = dialogue.answers.keys.filter { $0.hasPrefix("review.") }.sorted()
    #expect(reviewKeys == ["review.learned#1.1", "review.learned#1.2", "review.status#1.1", "review.status#1.2"])
  }

  @Test func theFirstReviewQuestionNamesTheActionOwnerAndDate() throws {
    var dialogue = try SmallBank.dialogue(session: 2, startPhase: .during)
    dialogue.setUp(first: "n", memory: RelationshipMemory(returning: true, openActions: [SmallBank.sendCV]))
    #expect(
      dialogue.type("") == [
        .record(key: "during.mood", answer: .skipped),
        .say("", .lead),
        .say("Review — during the meeting, step 2 of 4", .heading),
        .say("Action 1 of 1 (1.1)", .recall),
        .say("Send the CV (Sam Rivera, Wednesday 18 November 2026): where does it stand? [1-4]", .question),
        .say("  1. done", .option),
        .say("  2. partly done", .option),
        .say("  3. not yet", .option),
        .say("  4. dropped", .option),
        .ask(.answer),
      ])
  }

  @Test func withoutOpenActionsTheReviewIsPassedBy() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .during)
    dialogue.setUp(first: "n", memory: RelationshipMemory(returning: true))
    _ = dialogue.type("")
    #expect(dialogue.askedKey == "actions.agreed")
    #expect(!dialogue.answers.keys.contains { $0.hasPrefix("review.") })
  }

  @Test func theRelationshipCanAnswerQuestionsInAdvance() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    dialogue.type(["mentor", "Sam Rivera"])
    _ = dialogue.type("Alex Chen")
    let memory = RelationshipMemory(returning: true, prefill: ["setup.first_session": .yesNo(false), "no.such": .text("x")])
    let effects = dialogue.handle(.relationship(memory))
    #expect(effects.first == .record(key: "setup.first_session", answer: .yesNo(false)))
    #expect(effects.records.count == 1)
    #expect(dialogue.progress.prefilled == ["setup.first_session"])
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func optionsGivenInAdvanceAreRecordedAndNotAsked() throws {
    var dialogue = Dialogue(
      bank: try SmallBank.bank(), context: DialogueContext(now: SmallBank.now, sessionNumber: 1),
      prefill: ["setup.role": .choice("mentor"), "setup.me": .text("Sam"), "setup.partner": .text("Alex")])
    #expect(
      dialogue.handle(.start) == [
        .record(key: "setup.me", answer: .text("Sam")),
        .record(key: "setup.partner", answer: .text("Alex")),
        .record(key: "setup.role", answer: .choice("mentor")),
        .lookUpRelationship(partner: "Alex", role: .mentor),
      ])
    let effects = dialogue.handle(.relationship(.none))
    #expect(dialogue.askedKey == "setup.first_session")
    #expect(effects.last == .ask(.answer))
    // Nothing was shown yet, so the first question comes with its state's heading.
    #expect(effects.contains(.say("Who — setup, step 1 of 1", .heading)))
  }
}

// MARK: - Phases

@Suite struct DialoguePhaseTests {
  /// Stands at the gate between before and during.
  static func atGate() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", "", ""])
    precondition(dialogue.askedKey == "gate")
    return dialogue
  }

  @Test func theGateBetweenBeforeAndDuringAsksWhetherToGoOn() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", ""])
    #expect(
      dialogue.type("") == [
        .record(key: "goals.ideas", answer: .skipped),
        .say("", .lead),
        .say("During the meeting comes next.", .heading),
        .say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .betweenPhases(next: "during.start"))
    #expect(dialogue.phase == .during)
  }

  @Test func noAtTheGatePauses() throws {
    var dialogue = try Self.atGate()
    let answers = dialogue.answers
    #expect(
      dialogue.type("n") == [
        .say("Saved. Run `mentorprep resume` when the meeting begins.", .note), .pause,
      ])
    #expect(dialogue.answers == answers)
    // The place to resume is the next phase's first question, not the question at the gate.
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
    #expect(!dialogue.isFinished)
  }

  @Test func aGateLeftUnansweredIsAskedAgainOnResume() throws {
    let dialogue = try Self.atGate()
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    let effects = resumed.handle(.start)
    #expect(effects.contains(.say("Go on to it now? Answer n to stop here and resume later. [y/n]", .question)))
    #expect(resumed.askedKey == "gate")
    #expect(resumed.type("y").contains(.say("How are you both? [optional]", .question)))
  }

  @Test func yesAtTheGateGoesOn() throws {
    var dialogue = try Self.atGate()
    #expect(
      dialogue.type("y") == [
        .say("", .lead),
        .say("Start — during the meeting, step 1 of 3", .heading),
        .say("How are you both? [optional]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
  }

  @Test func nothingIsSkippedAtTheGate() throws {
    var dialogue = try Self.atGate()
    #expect(dialogue.type("/skip") == [.say("There is nothing to skip here.", .error), .ask(.answer)])
    #expect(dialogue.askedKey == "gate")
  }

  @Test func theGateBetweenDuringAndAfterToo() throws {
    var dialogue = try DialogueListTests.atActions()
    dialogue.type(["Draft the pitch", "", "in 2 weeks"])
    #expect(dialogue.askedKey == "actions.success#1.1")
    let effects = dialogue.type("It is sent")
    #expect(effects.contains(.say("After the meeting comes next.", .heading)))
    #expect(dialogue.progress.position == .betweenPhases(next: "after.thanks"))
    #expect(
      dialogue.type("n") == [
        .say("Saved. Run `mentorprep resume` after the meeting, to follow it up.", .note), .pause,
      ])
    #expect(dialogue.progress.position == .asking(state: "after.thanks", question: "thanks.note", item: nil))
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    #expect(resumed.handle(.start).contains(.say("What do you thank Alex Chen for?", .question)))
  }

  @Test func aWrongAnswerAtTheGateIsAskedAgain() throws {
    var dialogue = try Self.atGate()
    let effects = dialogue.type("perhaps")
    #expect(effects.errors == ["Answer y or n."])
    #expect(effects.first == .say("Answer y or n.", .error))
    #expect(effects.last == .ask(.answer))
    #expect(dialogue.askedKey == "gate")
  }

  /// SPEC §3: the `[y/n]` hint ends the question line, and a wrong answer gets the same
  /// question again.
  @Test func theGateIsAskedAgainInTheSameWords() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career", ""])
    let first = dialogue.type("")
    let asked = Array(first.drop { $0 != .say("During the meeting comes next.", .heading) }.dropFirst())
    let again = Array(dialogue.type("perhaps").dropFirst())
    #expect(again == asked)
    #expect(asked.lines.first?.hasSuffix("[y/n]") == true)
  }

  @Test func resumingAPausedConversationGoesIntoTheNextPhase() throws {
    var dialogue = try Self.atGate()
    _ = dialogue.type("n")
    var resumed = try Dialogue(
      bank: dialogue.bank, context: dialogue.context, answers: dialogue.answers, progress: dialogue.progress)
    let effects = resumed.handle(.start)
    #expect(effects.last == .ask(.answer))
    #expect(effects.contains(.say("How are you both? [optional]", .question)))
    #expect(resumed.askedKey == "during.mood")
  }

  @Test func startingInTheDuringPhaseGoesFromSetupStraightThere() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .during)
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera"])
    _ = dialogue.type("Alex Chen")
    _ = dialogue.handle(.relationship(.none))
    #expect(
      dialogue.type("y") == [
        .record(key: "setup.first_session", answer: .yesNo(true)),
        .say("", .lead),
        .say("Start — during the meeting, step 1 of 3", .heading),
        .say("How are you both? [optional]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
    #expect(!dialogue.answers.keys.contains { $0.hasPrefix("goals.") || $0.hasPrefix("intro.") })
  }

  @Test func startingInTheAfterPhaseGoesFromSetupStraightThere() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .after)
    dialogue.setUp(first: "n")
    #expect(dialogue.askedKey == "thanks.note")
  }

  @Test func theLastAnswerFinishesTheConversation() throws {
    var dialogue = try SmallBank.dialogue(startPhase: .after)
    dialogue.setUp(first: "n")
    #expect(
      dialogue.type("Your time") == [
        .record(key: "thanks.note", answer: .text("Your time")),
        .say("That is the whole conversation. Everything you said is saved.", .note),
        .finish,
      ])
    #expect(dialogue.isFinished)
    #expect(dialogue.progress.position == .finished)
    #expect(dialogue.type("more") == [.say("This conversation is complete.", .note), .finish])
    #expect(dialogue.handle(.start) == [.say("This conversation is complete.", .note), .finish])
    #expect(dialogue.answers["thanks.note"] == .text("Your time"))
  }
}

// MARK: - Restoring

@Suite struct DialogueRestoreTests {
  @Test func aRestoredDialogueContinuesAtTheSameQuestion() throws {
    var original = try SmallBank.dialogue()
    original.setUp(first: "n")
    _ = original.type("Lead a team")
    #expect(original.askedKey == "goals.note")

    var restored = try Dialogue(
      bank: original.bank, context: original.context, answers: original.answers, progress: original.progress)
    #expect(restored.progress == original.progress)
    #expect(
      restored.handle(.start) == [
        .say("", .lead),
        .say("Goals — before the meeting, step 1 of 1", .heading),
        .say("Anything else Alex Chen should know? [optional]", .question),
        .ask(.answer),
      ])
    #expect(restored.type("Nothing").first == .record(key: "goals.note", answer: .text("Nothing")))
    #expect(restored.askedKey == "goals.size")
    // Going back still works after a restore: the trail was saved.
    #expect(restored.type("/back").last == .ask(Prompt(marker: "> ", prefill: "Nothing")))
  }

  @Test func aProgressNamingAStateTheBankLacksIsRefused() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    #expect(throws: DialogueError.unknownID("before.gone")) {
      _ = try Dialogue(
        bank: bank, context: context, answers: [:], progress: DialogueProgress(position: .entering(state: "before.gone")))
    }
    var trail = DialogueProgress(position: .asking(state: "setup.who", question: "setup.me", item: nil))
    trail.trail = [.asking(state: "setup.old", question: "setup.name", item: nil)]
    #expect(throws: DialogueError.unknownID("setup.old")) {
      _ = try Dialogue(bank: bank, context: context, answers: [:], progress: trail)
    }
  }

  @Test func answersToQuestionsTheBankLacksAreRefused() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    let progress = DialogueProgress(position: .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(throws: DialogueError.unknownID("goals.gone")) {
      _ = try Dialogue(
        bank: bank, context: context, answers: ["setup.role": .choice("mentee"), "goals.gone#1.1": .text("x")],
        progress: progress)
    }
    // An item's key names its question before the `#`.
    #expect(throws: Never.self) {
      _ = try Dialogue(bank: bank, context: context, answers: ["review.status#1.1": .status(.done)], progress: progress)
    }
  }

  /// A pending question the bank no longer has, with nothing answered before it in its state,
  /// goes on from the state's first question, and says so.
  @Test func aPendingQuestionGoneFromItsStateGoesOnFromTheStatesStart() throws {
    let bank = try SmallBank.bank()
    let context = DialogueContext(now: SmallBank.now, sessionNumber: 1)
    let progress = DialogueProgress(position: .asking(state: "after.thanks", question: "thanks.gone", item: nil))
    var dialogue = try Dialogue(bank: bank, context: context, answers: [:], progress: progress)
    let effects = dialogue.handle(.start)
    #expect(
      effects.first
        == .say("The question you were at (thanks.gone) is no longer in the bank; going on with the next one.", .note))
    #expect(dialogue.askedKey == "thanks.note")
  }

  @Test func progressSurvivesJSON() throws {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1", "Career"])
    let data = try JSONEncoder().encode(dialogue.progress)
    #expect(try JSONDecoder().decode(DialogueProgress.self, from: data) == dialogue.progress)
    let answers = try JSONDecoder().decode([String: Answer].self, from: try JSONEncoder().encode(dialogue.answers))
    #expect(answers == dialogue.answers)
  }
}

// MARK: - Commands

@Suite struct DialogueCommandTests {
  /// A mentee's first session, standing at `goals.main` with five answers given.
  static func atGoalsMain() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    dialogue.setUp(first: "y")
    _ = dialogue.type("I design things")
    precondition(dialogue.askedKey == "goals.main")
    return dialogue
  }

  @Test func backOnTheFirstQuestionHasNowhereToGo() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/back") == [
        .say("This is the first question; there is nothing to go back to.", .error), .ask(.answer),
      ])
    #expect(dialogue.askedKey == "setup.role")
  }

  @Test func backShowsThePreviousAnswerReadyToChange() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera"])
    #expect(
      dialogue.type("/back") == [
        .say("What is your name?", .question), .ask(Prompt(marker: "> ", prefill: "Sam Rivera")),
      ])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(dialogue.answers["setup.me"] == .text("Sam Rivera"))
    #expect(
      dialogue.type("/back") == [
        .say("Which side are you on? [1-2]", .question),
        .say("  1. mentee", .option),
        .say("  2. mentor", .option),
        .ask(Prompt(marker: "> ", prefill: "mentee")),
      ])
    #expect(dialogue.askedKey == "setup.role")
  }

  @Test func anAnswerAfterBackReplacesTheEarlierOne() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    dialogue.type(["mentee", "Sam Rivera", "/back"])
    #expect(
      dialogue.type("Samantha Rivera") == [
        .record(key: "setup.me", answer: .text("Samantha Rivera")),
        .say("Who are you meeting?", .question),
        .ask(.answer),
      ])
    #expect(dialogue.answers == ["setup.role": .choice("mentee"), "setup.me": .text("Samantha Rivera")])
    #expect(dialogue.askedKey == "setup.partner")
  }

  @Test func backCrossesIntoThePreviousState() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/back") == [
        .say("", .lead),
        .say("Introduction — before the meeting, step 1 of 2", .heading),
        .say("Who are you, in a sentence?", .question),
        .ask(Prompt(marker: "> ", prefill: "I design things")),
      ])
    #expect(dialogue.askedKey == "intro.about")
  }

  @Test func backToAListOffersItsItemsOneByOne() throws {
    var dialogue = try Self.atGoalsMain()
    dialogue.type(["Lead a team", "", "1", "Career", "Salary", ""])
    #expect(dialogue.askedKey == "goals.ideas")
    #expect(
      dialogue.type("/back") == [
        .say("Which topics? [list]", .question),
        .say("Earlier: Career; Salary", .recall),
        .say("One item per line; an empty line ends the list.", .hint),
        .ask(Prompt(marker: "- ", prefill: "Career")),
      ])
    #expect(dialogue.type("Career change") == [.ask(Prompt(marker: "- ", prefill: "Salary"))])
    #expect(dialogue.type("").first == .record(key: "goals.topics", answer: .list(["Career change"])))
  }

  @Test func backFromTheNextPhaseReturnsToTheGate() throws {
    var dialogue = try DialoguePhaseTests.atGate()
    _ = dialogue.type("y")
    #expect(dialogue.askedKey == "during.mood")
    let effects = dialogue.type("/back")
    #expect(effects.contains(.say("During the meeting comes next.", .heading)))
    #expect(dialogue.askedKey == "gate")
  }

  @Test func editReasksAnAnswerWithItsValue() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/edit setup.me") == [
        .say("", .lead),
        .say("Who — setup, step 1 of 1", .heading),
        .say("What is your name?", .question),
        .ask(Prompt(marker: "> ", prefill: "Sam Rivera")),
      ])
    #expect(dialogue.progress.position == .asking(state: "setup.who", question: "setup.me", item: nil))
    #expect(dialogue.progress.returnTo == .asking(state: "before.goals", question: "goals.main", item: nil))
  }

  @Test func afterAnEditTheConversationReturnsToWhereItWas() throws {
    var dialogue = try Self.atGoalsMain()
    _ = dialogue.type("/edit setup.me")
    #expect(
      dialogue.type("Sam R.") == [
        .record(key: "setup.me", answer: .text("Sam R.")),
        .say("", .lead),
        .say("Goals — before the meeting, step 2 of 2", .heading),
        .say("What is your main goal?", .question),
        .ask(.answer),
      ])
    #expect(dialogue.answers["setup.me"] == .text("Sam R."))
    #expect(dialogue.progress.returnTo == nil)
    #expect(dialogue.progress.position == .asking(state: "before.goals", question: "goals.main", item: nil))
    // The next line answers the question on screen, not the edited one again.
    let next = dialogue.type("Lead a team")
    #expect(next.first == .record(key: "goals.main", answer: .text("Lead a team")))
    #expect(dialogue.answers["setup.me"] == .text("Sam R."))
    #expect(dialogue.answers["goals.main"] == .text("Lead a team"))
  }

  /// Changing the partner looks the new relationship up; once it answers, the conversation
  /// goes on from where the user was, not from the question after the edited one.
  @Test func editingThePartnerLooksUpTheRelationshipAndReturns() throws {
    var dialogue = try Self.atGoalsMain()
    _ = dialogue.type("/edit setup.partner")
    let effects = dialogue.type("Jordan Lee")
    #expect(effects.first == .record(key: "setup.partner", answer: .text("Jordan Lee")))
    #expect(effects.contains(.lookUpRelationship(partner: "Jordan Lee", role: .mentee)))
    _ = dialogue.handle(.relationship(.none))
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func editNeedsAnAnsweredKey() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/edit") == [
        .say("Say which answer to edit, like /edit purpose.success (see /review for ids).", .error), .ask(.answer),
      ])
    #expect(
      dialogue.type("/edit goals.size") == [
        .say("There is no answer 'goals.size' to edit; /review lists the ids.", .error), .ask(.answer),
      ])
    #expect(dialogue.askedKey == "goals.main")
    #expect(dialogue.progress.returnTo == nil)
  }

  @Test func editFindsAnActionsAnswer() throws {
    var dialogue = try SmallBank.dialogue(session: 2, startPhase: .during)
    dialogue.setUp(first: "n", memory: RelationshipMemory(returning: true, openActions: [SmallBank.sendCV, SmallBank.bookRoom]))
    dialogue.type(["", "done", "", "not yet", ""])
    #expect(dialogue.askedKey == "actions.agreed")
    let effects = dialogue.type("/edit review.status#1.2")
    #expect(dialogue.progress.position == .asking(state: "during.review", question: "review.status", item: "1.2"))
    #expect(effects.contains(.say("Action 2 of 2 (1.2)", .recall)))
    #expect(effects.last == .ask(Prompt(marker: "> ", prefill: "not_yet")))
    #expect(dialogue.type("partly").first == .record(key: "review.status#1.2", answer: .status(.partly)))
  }

  @Test func gotoJumpsToAStateAndBackReturns() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/goto during.start") == [
        .say("", .lead),
        .say("Start — during the meeting, step 1 of 3", .heading),
        .say("How are you both? [optional]", .question),
        .ask(.answer),
      ])
    #expect(dialogue.progress.position == .asking(state: "during.start", question: "during.mood", item: nil))
    #expect(dialogue.progress.trail.last == .asking(state: "before.goals", question: "goals.main", item: nil))
    _ = dialogue.type("/back")
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func gotoNeedsAKnownState() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/goto nope") == [
        .say("There is no step 'nope'; /where lists the steps with their ids.", .error), .ask(.answer),
      ])
    #expect(
      dialogue.type("/goto") == [
        .say("Say which step; /where lists the steps with their ids.", .error), .ask(.answer),
      ])
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func whereShowsPhaseStepAndPath() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/where") == [
        .say("You are in before the meeting, step 2 of 2: Goals.", .heading),
        .say("Setup", .lead),
        .say("  [x] Who (setup.who)", .hint),
        .say("Before the meeting", .lead),
        .say("  [x] Introduction (before.intro)", .hint),
        .say("  [>] Goals (before.goals)", .hint),
        .say("During the meeting", .lead),
        .say("  [ ] Start (during.start)", .hint),
        .say("  [ ] Actions (during.actions)", .hint),
        .say("  [ ] Success (during.success)", .hint),
        .say("After the meeting", .lead),
        .say("  [ ] Thanks (after.thanks)", .hint),
        .say("5 answers so far.", .note),
        // The pending question is asked again.
        .say("", .lead), .say("What is your main goal?", .question), .ask(.answer),
      ])
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func reviewListsEveryAnswerWithItsKey() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/review") == [
        .say("Your answers so far:", .heading),
        .say("Who (setup)", .lead),
        .say("  setup.role: mentee", .recall),
        .say("  setup.me: Sam Rivera", .recall),
        .say("  setup.partner: Alex Chen", .recall),
        .say("  setup.first_session: yes", .recall),
        .say("Introduction (before)", .lead),
        .say("  intro.about: I design things", .recall),
        .say("", .lead), .say("What is your main goal?", .question), .ask(.answer),
      ])
  }

  @Test func reviewBeforeAnyAnswer() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/review") == [
        .say("No answers yet.", .note), .say("", .lead), .say("Which side are you on? [1-2]", .question),
        .say("  1. mentee", .option), .say("  2. mentor", .option), .ask(.answer),
      ])
  }

  @Test func helpListsTheCommandsAndTheQuestionsGuidance() throws {
    var dialogue = try Self.atGoalsMain()
    let effects = dialogue.type("/help")
    #expect(effects.first == .say("Commands:", .heading))
    for command in SlashCommand.allCases {
      #expect(effects.lines.contains { $0.hasPrefix("  \(command.usage) ") && $0.hasSuffix(command.summary) })
    }
    #expect(
      Array(effects.suffix(5)) == [
        .say("About this question (goals.main):", .heading), .say("One sentence is enough.", .lead),
        .say("", .lead), .say("What is your main goal?", .question), .ask(.answer),
      ])
    #expect(effects.records.isEmpty)
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func helpExplainsTheAnswerForm() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(dialogue.type("/help").contains(.say("Type the option's number or its name.", .hint)))
    dialogue.type(["mentee", "Sam", "Alex"])
    _ = dialogue.handle(.relationship(.none))
    let help = dialogue.type("/HELP")
    #expect(help.contains(.say("Answer y or n.", .hint)))
    #expect(help.suffix(2) == [.say("Is this your first meeting with Alex? [y/n]", .question), .ask(.answer)])
  }

  @Test func anUnknownCommandIsRefused() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(
      dialogue.type("/frobnicate now") == [
        .say("Unknown command '/frobnicate'; type /help for the list (type // to start an answer with /).", .error),
        .ask(.answer),
      ])
    #expect(dialogue.answers.isEmpty)
    #expect(dialogue.askedKey == "setup.role")
  }

  /// SPEC §6: a 1 MB line is handled without a crash, and it is not echoed back in full.
  @Test func aMegabyteLineGetsOneShortReasonWhereverItIsTyped() throws {
    var dialogue = try DialogueListTests.atTopics()
    let huge = String(repeating: "x", count: 1 << 20)
    let asItem = dialogue.type(huge)
    #expect(asItem.errors == ["That answer is 1048576 characters long; keep it under 10000."])
    #expect(dialogue.progress.draft == nil)
    _ = dialogue.type("Career")
    let asCommand = dialogue.type("/" + huge)
    #expect(asCommand.errors.count == 1)
    let asEdit = dialogue.type("/edit " + huge)
    #expect(asEdit.errors.count == 1)
    #expect(asCommand.errors.allSatisfy { $0.count < 500 }, "\(asCommand.errors.first?.count ?? 0) characters")
    #expect(asEdit.errors.allSatisfy { $0.count < 500 }, "\(asEdit.errors.first?.count ?? 0) characters")
    #expect(dialogue.progress.draft == .list(["Career"]))
  }

  @Test func quitSavesAndLeaves() throws {
    var dialogue = try Self.atGoalsMain()
    let answers = dialogue.answers
    #expect(dialogue.type("/quit") == [.say("Saved. Continue any time with `mentorprep resume`.", .note), .quit])
    #expect(dialogue.answers == answers)
    #expect(dialogue.askedKey == "goals.main")
    #expect(dialogue.type("/exit").last == .quit)
  }

  @Test func exportAsksTheRunnerToWriteAFile() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(dialogue.type("/export json out.json") == [.export(format: .json, file: "out.json"), .say("", .lead), .say("What is your main goal?", .question), .ask(.answer)])
    #expect(dialogue.type("/export") == [.export(format: .text, file: nil), .say("", .lead), .say("What is your main goal?", .question), .ask(.answer)])
    #expect(dialogue.type("/export Markdown") == [.export(format: .markdown, file: nil), .say("", .lead), .say("What is your main goal?", .question), .ask(.answer)])
    #expect(
      dialogue.type("/export pdf") == [
        .say("Unknown format 'pdf'; use one of text, markdown, eml, ics, json, agenda, intro.", .error), .ask(.answer),
      ])
    #expect(dialogue.askedKey == "goals.main")
  }

  @Test func tabCompletesCommandsIdsAndChoices() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(dialogue.completions(for: "/ed") == ["/edit"])
    #expect(dialogue.completions(for: "/edit setup.p") == ["setup.partner"])
    #expect(dialogue.completions(for: "/goto during.s") == ["during.start", "during.success"])
    #expect(dialogue.completions(for: "/export j") == ["json"])
    dialogue.type(["Lead a team", ""])
    #expect(dialogue.completions(for: "b") == ["big_leap"])
  }
}

@Suite struct DialogueCommandSuggestionTests {
  @Test func aMistypedCommandGetsADidYouMean() throws {
    var dialogue = try SmallBank.dialogue()
    _ = dialogue.handle(.start)
    #expect(dialogue.type("/hlep").errors == ["Unknown command '/hlep'; did you mean /help? (Type // to start an answer with /.)"])
    #expect(dialogue.type("/revew").errors.first?.contains("did you mean /review?") == true)
    #expect(dialogue.askedKey == "setup.role")
  }
}
