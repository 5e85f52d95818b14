import Testing

@testable import MentorPrepCore

/// Whole conversations through the built-in banks: every question is answered with a valid
/// answer for its kind, and the path, the questions asked and the end are checked.
@Suite struct BuiltInConversationTests {
  /// One scripted conversation: who is talking, what the relationship remembers, and the
  /// states it must pass through, in order.
  struct Script: Sendable, CustomTestStringConvertible {
    var name: String
    var role: Role
    /// Typed at `setup.first_session`; nil when the relationship answers it in advance.
    var firstSession: String?
    var relationshipPhase: String = "cultivation"
    var discovery: String = "y"
    var session: Int = 1
    var memory: RelationshipMemory = .none
    var states: [String]

    var testDescription: String { name }
  }

  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

  static let openActions = [
    TrackedAction(
      ref: "2.1", session: 2,
      item: ActionItem(text: "Send the CV", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 18)),
      status: .open),
    TrackedAction(
      ref: "2.2", session: 2, item: ActionItem(text: "Ask about the data team", owner: .role(.mentor)), status: .partly),
  ]

  static let before = [
    "before.backgrounds", "before.agenda", "before.purpose", "before.preparation", "before.participation",
    "before.plan",
  ]
  static let firstBefore = [
    "before.backgrounds", "before.introduction", "before.agenda", "before.purpose", "before.preparation",
    "before.participation", "before.plan",
  ]
  static let ending = [
    "during.focus", "during.solutions", "during.actions", "during.success", "during.next_meeting", "after.follow_up",
    "after.feedback", "after.commitments", "after.boundaries",
  ]

  static let scripts: [Script] = [
    Script(
      name: "a mentee's first session", role: .mentee, firstSession: "y",
      states: ["setup.who"] + firstBefore + ["during.catch_up", "relationship.charter", "relationship.milestones"]
        + ending),
    Script(
      name: "a mentor's later session with open actions", role: .mentor, firstSession: nil, session: 3,
      memory: RelationshipMemory(
        returning: true, openActions: openActions,
        earlierAnswers: ["charter.objectives": .list(["Grow into a lead role", "A fresh view of new hires"])],
        prefill: ["setup.first_session": .yesNo(false), "setup.partner_email": .text("alex.chen@example.org")]),
      states: ["setup.who"] + before + [
        "during.catch_up", "during.review_actions", "discovery.person", "discovery.outcomes", "relationship.revisit",
      ] + ending),
    Script(
      name: "a mentor's first session, skipping discovery", role: .mentor, firstSession: "y", discovery: "n",
      states: ["setup.who"] + firstBefore + [
        "during.catch_up", "discovery.person", "relationship.charter", "relationship.milestones",
      ] + ending),
    Script(
      name: "a mentee closing out the relationship", role: .mentee, firstSession: "n", relationshipPhase: "separation",
      session: 5, memory: RelationshipMemory(returning: true),
      states: ["setup.who"] + before + ["during.catch_up", "relationship.revisit", "relationship.close_out"] + ending),
    Script(
      name: "a mentee early on, new to the record", role: .mentee, firstSession: "n", relationshipPhase: "initiation",
      states: ["setup.who"] + before + ["during.catch_up", "relationship.charter", "relationship.milestones"] + ending),
  ]

  /// What a conversation did: the keys asked in order, each state entered, every effect.
  struct Walk {
    var dialogue: Dialogue
    var asked: [String] = []
    var states: [String] = []
    var effects: [DialogueEffect] = []
  }

  /// A valid answer, as typed lines, for the question at `key`.
  static func lines(for question: Question, key: String, script: Script) -> [String] {
    switch question.id {
    case "setup.role": return [script.role.rawValue]
    case "setup.me": return ["Sam Rivera"]
    case "setup.partner": return ["Alex Chen"]
    case "setup.partner_email": return ["alex.chen@example.org"]
    case "setup.my_email": return ["sam.rivera@example.org"]
    case "setup.first_session": return [script.firstSession ?? "y"]
    case "setup.relationship_phase": return [script.relationshipPhase]
    case "discovery.now": return [script.discovery]
    default: break
    }
    switch question.kind {
    case .text: return ["Answer to \(key)"]
    case .email: return ["someone@example.org"]
    case .yesNo: return ["y"]
    case .choice: return ["1"]
    case .status: return ["partly"]
    case .dateTime: return ["thursday 15:00"]
    case .list: return ["First point for \(key)", "Second point", ""]
    case .actions:
      return ["Draft the project pitch @me by friday", "Introduce Sam to the design lead @partner by 2026-12-01", ""]
    }
  }

  /// Walks `script`, typing `answering[key]` instead of the usual answer where given.
  static func walk(_ script: Script, answering: [String: [String]] = [:]) throws -> Walk {
    let bank = try BankLoader.load(BuiltInBanks.files)
    var walk = Walk(
      dialogue: Dialogue(bank: bank, context: DialogueContext(now: now, sessionNumber: script.session)))
    var effects = walk.dialogue.handle(.start)
    walk.effects += effects
    for _ in 0..<500 {
      if effects.last == .finish { break }
      if case .lookUpRelationship(let partner, let role) = effects.last {
        #expect(partner == "Alex Chen" && role == script.role)
        effects = walk.dialogue.handle(.relationship(script.memory))
        walk.effects += effects
        continue
      }
      let cursor = try #require(walk.dialogue.progress.cursor, "the dialogue stopped without finishing")
      if cursor.gate {
        effects = walk.dialogue.type("y")
        walk.effects += effects
        continue
      }
      let (state, question) = try #require(walk.dialogue.location(cursor))
      let key = walk.dialogue.answerKey(cursor)
      walk.asked.append(key)
      if walk.states.last != state.id { walk.states.append(state.id) }
      for line in answering[key] ?? lines(for: question, key: key, script: script) {
        effects = walk.dialogue.type(line)
        walk.effects += effects
        #expect(effects.errors.isEmpty, "\(key) refused '\(line)': \(effects.errors)")
      }
    }
    return walk
  }

  /// The keys that apply on a path of states, in bank order, judged from the final answers.
  static func applicableKeys(on states: [String], in dialogue: Dialogue, script: Script) -> [String] {
    let bank = dialogue.bank
    let prefilled = Set(script.memory.prefill.keys)
    func holds(_ condition: Condition?, ref: String?) -> Bool {
      guard let condition else { return true }
      return condition.clauses.allSatisfy { clause in
        let value: String? =
          switch clause.key {
          case "context.returning": script.memory.returning ? "yes" : "no"
          case "context.open_actions": script.memory.openActions.isEmpty ? "no" : "yes"
          default: (dialogue.answers[ref.map { "\(clause.key)#\($0)" } ?? ""] ?? dialogue.answers[clause.key])?.conditionValue
          }
        return value.map(clause.values.contains) ?? false
      }
    }
    let proposed = bank.proposedActions(in: dialogue.answers, session: script.session)
    let newActions = proposed.map(\.ref)
    let ownActions = proposed.filter { $0.item.owner == .role(script.role) }.map(\.ref)
    var keys: [String] = []
    for id in states {
      guard let state = bank.state(id) else { continue }
      let refs: [String?] =
        switch state.forEach {
        case nil: [nil]
        case .openActions?: script.memory.openActions.map(\.ref)
        case .newActions?: newActions
        case .ownNewActions?: ownActions
        }
      for ref in refs {
        for question in state.questions
        where question.audience.includes(script.role) && !prefilled.contains(question.id) && holds(question.condition, ref: ref) {
          keys.append(ref.map { "\(question.id)#\($0)" } ?? question.id)
        }
      }
    }
    return keys
  }

  @Test(arguments: scripts)
  func aWholeConversationAsksEachQuestionOnceAndFinishes(script: Script) throws {
    let walk = try Self.walk(script)
    #expect(walk.dialogue.isFinished)
    #expect(walk.effects.last == .finish)
    #expect(walk.effects.filter { $0 == .finish }.count == 1)
    #expect(walk.states == script.states)

    let repeated = Dictionary(grouping: walk.asked, by: { $0 }).filter { $1.count > 1 }.keys.sorted()
    #expect(repeated.isEmpty, "asked more than once: \(repeated)")
    #expect(walk.asked == Self.applicableKeys(on: script.states, in: walk.dialogue, script: script))

    // Every question asked has its answer, and only prefilled answers were not asked.
    let answered = Set(walk.dialogue.answers.keys)
    #expect(answered == Set(walk.asked).union(walk.dialogue.progress.prefilled))
  }

  @Test func aMenteesFirstSessionAsksForTheIntroductionAndTheCharter() throws {
    let walk = try Self.walk(Self.scripts[0])
    for key in ["intro.background", "intro.hopes", "charter.objectives", "milestones.list", "purpose.success"] {
      #expect(walk.asked.contains(key), "\(key) was not asked")
    }
    for key in [
      "setup.relationship_phase", "prep.revisit", "prep.update", "purpose.offer", "intro.mentor_share",
      "discovery.now", "follow_up.resources",
    ] {
      #expect(!walk.asked.contains(key), "\(key) was asked")
    }
    #expect(walk.asked.first == "setup.role")
    #expect(walk.asked.last == "boundaries.availability")
    // Actions agreed today are each checked for success; only the user's own come to a choice.
    let actions = walk.dialogue.bank.agreedActions(in: walk.dialogue.answers, session: 1)
    #expect(actions.count >= 2)
    for action in actions {
      #expect(walk.asked.contains("actions.success#\(action.ref)"))
    }
    let own = actions.filter { $0.item.owner == .role(.mentee) }.map { "commitment.choice#\($0.ref)" }
    #expect(walk.asked.filter { $0.hasPrefix("commitment.") } == own)
    #expect(!own.isEmpty && own.count < actions.count)
    #expect(
      walk.dialogue.answers["actions.agreed"]
        == .actions([
          ActionItem(
            text: "Draft the project pitch", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 27)),
          ActionItem(
            text: "Introduce Sam to the design lead", owner: .role(.mentor),
            due: LocalDateTime(year: 2026, month: 12, day: 1)),
        ]))
    #expect(
      walk.dialogue.answers["setup.meeting_at"]
        == .dateTime(LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)))
  }

  @Test func aMentorsLaterSessionReviewsEachOpenActionAndRecallsTheCharter() throws {
    let script = Self.scripts[1]
    let walk = try Self.walk(script)
    #expect(
      walk.asked.filter { $0.hasPrefix("review.status#") } == ["review.status#2.1", "review.status#2.2"])
    #expect(walk.dialogue.answers["review.status#2.1"] == .status(.partly))
    #expect(walk.effects.contains(.say("Welcome back: this continues your sessions with Alex Chen.", .note)))
    #expect(walk.effects.contains(.say("Send the CV — Alex Chen, 2026-11-18. Where does it stand? [1-4]", .question)))
    #expect(walk.effects.contains(.say("Ask about the data team — Sam Rivera, no date. Where does it stand? [1-4]", .question)))
    #expect(walk.effects.contains(.say("  Grow into a lead role; A fresh view of new hires", .recall)))
    // The relationship answered these, so they were recorded and not asked.
    #expect(!walk.asked.contains("setup.first_session"))
    #expect(!walk.asked.contains("setup.partner_email"))
    #expect(walk.dialogue.answers["setup.first_session"] == .yesNo(false))
    for key in ["purpose.offer", "discovery.goals", "discovery.short_term", "plan.accountability", "follow_up.resources"] {
      #expect(walk.asked.contains(key), "\(key) was not asked")
    }
    for key in ["intro.background", "prep.update", "purpose.success", "charter.objectives"] {
      #expect(!walk.asked.contains(key), "\(key) was asked")
    }
    // Today's actions are numbered in this session, after the earlier session's.
    #expect(walk.asked.contains("actions.success#3.1"))
    #expect(walk.asked.filter { $0.hasPrefix("commitment.") } == ["commitment.choice#3.1"])
  }
}
