import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueCommandTests {
  /// A mentee's first session, standing at `goals.main` with five answers given.
  static func atGoalsMain() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "y")
    _ = dialogue.type("I design things")
    try #require(dialogue.askedKey == "goals.main")
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
    try dialogue.setUp(
      first: "n", memory: RelationshipMemory(returning: true, openActions: [SmallBank.sendCV, SmallBank.bookRoom]))
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
        .say("Start — during the meeting, step 1 of 2", .heading),
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
    #expect(dialogue.type("/quit") == [.quit])
    #expect(dialogue.answers == answers)
    #expect(dialogue.askedKey == "goals.main")
    #expect(dialogue.type("/exit").last == .quit)
  }

  @Test func exportAsksTheRunnerToWriteAFile() throws {
    var dialogue = try Self.atGoalsMain()
    #expect(
      dialogue.type("/export json out.json") == [
        .export(format: .json, file: "out.json"), .say("", .lead), .say("What is your main goal?", .question),
        .ask(.answer),
      ])
    #expect(
      dialogue.type("/export") == [
        .export(format: .text, file: nil), .say("", .lead), .say("What is your main goal?", .question), .ask(.answer),
      ])
    #expect(
      dialogue.type("/export Markdown") == [
        .export(format: .markdown, file: nil), .say("", .lead), .say("What is your main goal?", .question),
        .ask(.answer),
      ])
    #expect(
      dialogue.type("/export pdf") == [
        .say("Unknown format 'pdf'; use one of text, markdown, eml, ics, json, agenda, agenda-eml, intro.", .error),
        .ask(.answer),
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
