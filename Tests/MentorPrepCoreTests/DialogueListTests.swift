import Foundation
import Testing

@testable import MentorPrepCore

@Suite struct DialogueListTests {
  /// Stands at `goals.topics`, a required list.
  static func atTopics() throws -> Dialogue {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
    dialogue.type(["Lead a team", "", "1"])
    try #require(dialogue.askedKey == "goals.topics")
    return dialogue
  }

  /// `/back` in the middle of a list keeps the items typed so far as its answer, so nothing
  /// typed is lost and they come back with the question.
  @Test func backInTheMiddleOfAListKeepsItsItems() throws {
    var dialogue = try Self.atTopics()
    dialogue.type(["Salary talks", "Delegation"])
    let back = dialogue.type("/back")
    #expect(back.records["goals.topics"] == .list(["Salary talks", "Delegation"]))
    #expect(dialogue.askedKey != "goals.topics")
    #expect(dialogue.answers["goals.topics"] == .list(["Salary talks", "Delegation"]))
  }

  @Test func aListIsAskedWithTheItemPrompt() throws {
    var dialogue = try SmallBank.dialogue()
    try dialogue.setUp(first: "n")
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

  @Test func aCommandThatAsksAgainShowsTheItemsSoFarOnce() throws {
    var dialogue = try Self.atTopics()
    _ = dialogue.type(["Career", "Health"])
    for command in ["/help", "/where", "/review"] {
      let effects = dialogue.type(command)
      #expect(effects.lines.filter { $0.hasPrefix("So far: ") } == ["So far: Career; Health"], "\(command)")
      #expect(effects.last == .ask(Prompt(marker: "- ")))
    }
  }

  /// Stands at `actions.agreed`, a mentee in session 2 with no open actions.
  static func atActions(session: Int = 1) throws -> Dialogue {
    var dialogue = try SmallBank.dialogue(session: session, startPhase: .during)
    try dialogue.setUp(first: "n")
    _ = dialogue.type("")  // during.mood
    try #require(dialogue.askedKey == "actions.agreed")
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
        == [
          .say("→ Introduce Sam to Kim — Alex Chen (mentor), by Thursday 26 November 2026, 15:00", .note), .ask(.item),
        ])
    #expect(
      dialogue.type("Read the book by Kahneman") == [
        .say("→ Read the book by Kahneman — Sam Rivera (mentee)", .note), .ask(.item),
      ])
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
        == .record(
          key: "actions.agreed", answer: .actions([ActionItem(text: "Draft the pitch", owner: .role(.mentee))])))
  }

  @Test func eachAgreedActionIsWalkedThroughOnce() throws {
    var dialogue = try Self.atActions(session: 3)
    dialogue.type(["Draft the pitch @me by friday", "Book a room @partner", ""])
    // This bank asks no meeting time, so the next meeting's is typed (SPEC §3).
    let effects = dialogue.type("in 2 weeks 10:00")
    #expect(
      effects.first
        == .record(
          key: "next.meeting_at", answer: .dateTime(LocalDateTime(year: 2026, month: 12, day: 4, hour: 10, minute: 0))))
    #expect(
      Array(effects.dropFirst()) == [
        .say("→ Friday 4 December 2026, 10:00", .note),
        .say("", .lead),
        .say("Success — during the meeting, one action at a time", .heading),
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
