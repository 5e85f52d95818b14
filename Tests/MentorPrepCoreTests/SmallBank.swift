import Foundation
import Testing

@testable import MentorPrepCore

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

  /// The bank, read once: the tests that walk hundreds of dialogues begin each with it.
  static func bank() throws -> QuestionBank {
    try loaded.get()
  }

  private static let loaded = Result { () throws(BankProblems) in
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
