import Foundation
import Testing

@testable import MentorPrepCore

/// Whole conversations through the built-in banks, one per path (mentee and mentor, first and
/// returning, quick and full, separation and redefinition): the answers are counted against
/// the budgets of SPEC §2, no question repeats an earlier one, and what was said earlier comes
/// back where it is used.
@Suite struct ConversationPathTests {
  /// One scripted conversation: who is talking, how deep, and what the relationship remembers.
  struct Script: Sendable, CustomTestStringConvertible {
    var name: String
    var role: Role
    var depth: Depth
    var returning: Bool
    var relationshipPhase: String = "cultivation"
    /// The days of the meetings before this one; none by default, so no charter check is due.
    var earlierMeetings: [LocalDateTime] = []
    /// SPEC §2's larger meeting: four actions under review and three milestones.
    var larger = false
    /// The agenda the partner's record brought (SPEC §7).
    var partnerAgenda: PartnerAgenda?
    /// The answers the partner's records shared (SPEC §7).
    var partnerTerms: [String: Answer] = [:]

    /// The actions under review.
    var openActions: [TrackedAction] {
      guard larger else { return ConversationPathTests.openActions }
      return ConversationPathTests.openActions + [
        TrackedAction(
          ref: "2.4", session: 2, item: ActionItem(text: "Read the delegation chapter", owner: .role(.mentee)),
          status: .open),
        TrackedAction(
          ref: "2.5", session: 2, item: ActionItem(text: "Share the team chart", owner: .role(.mentor)), status: .open),
      ]
    }

    var testDescription: String { name }

    /// SPEC §2: an answer is one question answered; the between-phases question counts.
    var budget: Int {
      let open = returning ? openActions.count : 0
      switch (depth, returning) {
      case (.quick, false): return 28
      case (.quick, true): return 16 + open
      case (.full, false): return role == .mentee ? 45 : 50
      case (.full, true): return 35 + open
      }
    }

    var memory: RelationshipMemory {
      guard returning else { return .none }
      var memory = RelationshipMemory(
        returning: true, openActions: openActions,
        earlierAnswers: ConversationPathTests.earlierAnswers(depth: depth),
        prefill: ["setup.first_session": .yesNo(false)])
      memory.lastAgreed = ConversationPathTests.lastAgreed
      memory.answeredOn = memory.earlierAnswers.mapValues { _ in ConversationPathTests.lastMeeting }
      memory.earlierMeetings = earlierMeetings
      memory.partnerAgenda = partnerAgenda
      memory.partnerTerms = partnerTerms
      if larger {
        memory.earlierAnswers[SessionRecord.Key.milestones] = .list(
          ["Lead a small project", "Finish the statistics course", "Speak at the team offsite"])
      }
      return memory
    }
  }

  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static let instant = Date(timeIntervalSince1970: 1_795_683_600)
  static let zone = TimeZone(identifier: "UTC")!
  static let lastAgreedMeeting = LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)
  /// The day of the meeting the earlier answers were given at.
  static let lastMeeting = LocalDateTime(year: 2026, month: 11, day: 5)

  static let openActions = [
    TrackedAction(
      ref: "2.1", session: 2,
      item: ActionItem(text: "Send the CV", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 18)),
      status: .open),
    TrackedAction(
      ref: "2.2", session: 2, item: ActionItem(text: "Ask about the data team", owner: .role(.mentor)), status: .open),
  ]

  /// Last meeting's actions as they stand: the CV re-dated after the meeting, a room booked
  /// since with `actions done`.
  static let lastAgreed =
    openActions.map { action in
      var action = action
      if action.ref == "2.1" { action.item.due = LocalDateTime(year: 2026, month: 12, day: 2) }
      return action
    } + [
      TrackedAction(
        ref: "2.3", session: 2, item: ActionItem(text: "Book a room", owner: .role(.mentee)), status: .done)
    ]

  static func earlierAnswers(depth: Depth) -> [String: Answer] {
    [
      "setup.me": .text("Sam Rivera"),
      "setup.depth": .choice(depth.rawValue),
      "setup.relationship_phase": .choice("cultivation"),
      "next.meeting_at": .dateTime(lastAgreedMeeting),
      "next.goal": .text("Look at the CV draft together"),
      "follow_up.learnings": .list(["Ask before the planning round"]),
      "intro.hopes": .text("A plan for the move into product"),
      "charter.partner_hopes": .text("A fresh view of how new hires see the firm"),
      "charter.cadence": .choice("monthly"),
      "charter.length": .number(45),
      "milestones.list": .list(["Lead a small project", "Finish the statistics course"]),
      "milestones.steps": .actions([
        ActionItem(
          text: "Enrol on the course", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 12, day: 1))
      ]),
      "feedback.journal": .text("I talk too fast when I am nervous"),
      "actions.success#2.1": .text("The CV is with the hiring manager"),
      // As typed at the last meeting, before the CV was re-dated.
      "actions.agreed": .actions(openActions.map(\.item) + [ActionItem(text: "Book a room", owner: .role(.mentee))]),
    ]
  }

  /// Every role and depth, at a first meeting and at a later one in each stage (cultivation,
  /// the default, and initiation, separation and redefinition).
  static let scripts: [Script] = {
    var scripts: [Script] = []
    for depth in [Depth.quick, .full] {
      for role in [Role.mentee, .mentor] {
        scripts.append(Script(name: "\(role), first session, \(depth)", role: role, depth: depth, returning: false))
        scripts.append(Script(name: "\(role), returning, \(depth)", role: role, depth: depth, returning: true))
        for stage in ["initiation", "separation", "redefinition"] {
          scripts.append(
            Script(
              name: "\(role), \(stage), \(depth)", role: role, depth: depth, returning: true,
              relationshipPhase: stage))
        }
      }
    }
    return scripts
  }()

  /// The script of that name.
  static func script(_ name: String) -> Script {
    scripts.first { $0.name == name }!
  }

  /// What a conversation did: the keys asked in order, every effect, the answers typed.
  struct Walk {
    var dialogue: Dialogue
    var asked: [String] = []
    var gates = 0
    var effects: [DialogueEffect] = []
    /// The effects shown while each key was being asked (its lead, recall and question).
    var shownBefore: [String: [DialogueEffect]] = [:]

    var answerCount: Int { asked.count + gates }
  }

  /// A valid answer, as typed lines, for the question at `key`.
  static func lines(for question: Question, key: String, script: Script) -> [String] {
    switch question.id {
    case "setup.role": return [script.role.rawValue]
    case "setup.me": return ["Sam Rivera"]
    case "setup.partner": return ["Alex Chen"]
    case "setup.partner_email": return ["alex.chen@example.org"]
    case "setup.my_email": return ["sam.rivera@example.org"]
    case "setup.first_session": return [script.returning ? "n" : "y"]
    case "setup.depth": return [script.depth.rawValue]
    case "setup.relationship_phase": return [script.relationshipPhase]
    case "setup.meeting_at": return script.returning ? [""] : ["thursday 15:00"]
    case "next.meeting_at": return ["in 3 weeks 15:00"]
    case "focus.topic": return ["1"]
    case "milestones.steps_done": return ["1", ""]
    case "commitment.changes": return ["1 in 2 weeks", ""]
    case "actions.successes": return ["1 it is read by the Friday after", ""]
    default: break
    }
    switch question.kind {
    case .text: return ["Answer to \(key)"]
    case .email: return ["someone@example.org"]
    case .yesNo: return ["y"]
    case .choice: return ["1"]
    // A status with the date the action is carried to, folded into one answer.
    case .status: return ["partly by 2026-12-18"]
    case .dateTime: return ["thursday 15:00"]
    case .rating: return ["4"]
    case .minutes: return ["45"]
    case .list: return ["First point for \(key)", "Second point", ""]
    case .actions:
      return [
        "Draft the project pitch @me by friday; done when it fits on one page",
        "Introduce Sam to the design lead @partner by 2026-12-01; done when they have met", "",
      ]
    case .steps: return ["Finish the course @me by 2027-01-31", ""]
    }
  }

  /// Walks a whole conversation; `answering` types other lines for the keys it names.
  static func walk(_ script: Script, answering: [String: [String]] = [:]) throws -> Walk {
    let bank = try BankLoader.load(promptFiles())
    var context = DialogueContext(now: now, sessionNumber: script.returning ? 3 : 1)
    // A returning user's name, and the side they are on with Alex, are known from the sessions
    // before, as the runner passes them.
    if script.returning { context.knownPartners = KnownPartners([.init(name: "Alex Chen", role: script.role)]) }
    var walk = Walk(
      dialogue: Dialogue(
        bank: bank, context: context, prefill: script.returning ? ["setup.me": .text("Sam Rivera")] : [:]))
    var effects = walk.dialogue.handle(.start)
    walk.effects += effects
    var pending = effects
    for _ in 0..<500 {
      if effects.last == .finish { break }
      if case .lookUpRelationship(let partner, let role) = effects.last {
        #expect(partner == "Alex Chen" && role == script.role)
        effects = walk.dialogue.handle(.relationship(script.memory))
        walk.effects += effects
        pending += effects
        continue
      }
      let position = walk.dialogue.progress.position
      #expect(position != .finished, "the dialogue stopped without finishing")
      if case .betweenPhases = position {
        walk.gates += 1
        effects = walk.dialogue.type("y")
        walk.effects += effects
        pending = effects
        continue
      }
      let (_, question) = try #require(walk.dialogue.location(position))
      let key = try #require(position.answerKey).text
      walk.asked.append(key)
      walk.shownBefore[key] = pending
      pending = []
      for line in answering[key] ?? lines(for: question, key: key, script: script) {
        effects = walk.dialogue.type(line)
        walk.effects += effects
        pending += effects
        #expect(effects.errors.isEmpty, "\(key) refused '\(line)': \(effects.errors)")
      }
      pending = effects
    }
    return walk
  }

  @Test(arguments: scripts)
  func eachPathFinishesWithinItsBudget(script: Script) throws {
    let walk = try Self.walk(script)
    #expect(walk.dialogue.isFinished)
    #expect(walk.effects.filter { $0 == .finish }.count == 1)
    #expect(walk.answerCount <= script.budget, "\(walk.answerCount) answers: \(walk.asked)")
  }

  /// SPEC §2's realistic meeting: three actions agreed today, two of them your own and one of
  /// those re-dated after the meeting, two milestones, and the two open actions under review
  /// done and partly done — at the third meeting, when the charter is checked too.
  @Test(arguments: scripts)
  func aRealisticMeetingKeepsToItsBudget(script: Script) throws {
    var third = script
    if script.returning {
      third.earlierMeetings = [LocalDateTime(year: 2026, month: 10, day: 8), Self.lastMeeting]
    }
    let walk = try Self.walk(
      third,
      answering: [
        "actions.agreed": [
          "Draft the project pitch @me by friday; done when it fits on one page",
          "Ask the data team for a shadowing day @me by 2026-12-04",
          "Introduce Sam to the design lead @partner by 2026-12-01; done when they have met", "",
        ],
        "commitment.changes": ["2 by 2026-12-11", ""],
        // At a closing, the one partly done is kept with the date typed on its line.
        "review.status#2.1": ["done"],
        "review.status#2.2": [script.relationshipPhase == "separation" ? "partly by 2026-12-18" : "partly"],
      ])
    #expect(walk.dialogue.isFinished)
    #expect(walk.answerCount <= script.budget, "\(walk.answerCount) answers: \(walk.asked)")
    if script.returning {
      // The third meeting checks the charter, unless the relationship is closing or changing.
      let closing = ["separation", "redefinition"].contains(script.relationshipPhase)
      #expect(walk.asked.contains("charter.holds") == !closing, "the charter check at the third meeting")
    }
  }

  /// SPEC §2's larger meeting: five actions agreed today (three your own, two with what success
  /// looks like on their line), three milestones, four actions under review — within budget.
  @Test(arguments: scripts)
  func aLargerMeetingKeepsToItsBudget(script: Script) throws {
    var larger = script
    larger.larger = true
    if script.returning {
      larger.earlierMeetings = [LocalDateTime(year: 2026, month: 10, day: 8), Self.lastMeeting]
    }
    var answering: [String: [String]] = [
      "actions.agreed": [
        "Draft the project pitch @me by friday; done when it fits on one page",
        "Ask the data team for a shadowing day @me by 2026-12-04",
        "Book the offsite slot @me",
        "Introduce Sam to the design lead @partner by 2026-12-01; done when they have met",
        "Send the reading list @partner", "",
      ],
      "actions.successes": ["1 a day is in the diary", "2 the slot is confirmed", ""],
      "commitment.changes": ["2 by 2026-12-11", "3 drop", ""],
      "review.status#2.1": ["done"], "review.status#2.2": ["partly"],
      "review.status#2.4": ["not yet by 2026-12-18"], "review.status#2.5": ["done"],
    ]
    if script.relationshipPhase == "separation" {
      answering["review.status#2.2"] = ["partly by 2026-12-18"]
    }
    let walk = try Self.walk(larger, answering: answering)
    #expect(walk.dialogue.isFinished)
    #expect(walk.answerCount <= larger.budget, "\(walk.answerCount) of \(larger.budget): \(walk.asked)")
    #expect(walk.asked.filter { $0.hasPrefix("actions.success") } == ["actions.successes"])
  }

  /// Every step `METHOD.md` marks Q is on the quick path: asked (or answered by what the record
  /// or the agenda already holds), or shown where the method says *shown*.
  @Test(arguments: scripts.filter { $0.depth == .quick })
  func theQuickPathCarriesEveryStepTheMethodMarksQ(script: Script) throws {
    var third = script
    if script.returning { third.earlierMeetings = [LocalDateTime(year: 2026, month: 10, day: 8), Self.lastMeeting] }
    let walk = try Self.walk(third)
    let answered = Set(walk.dialogue.answers.keys.map { AnswerKey($0).question })
    var steps: [String: [String]] = [
      "setup": ["setup.role", "setup.partner", "setup.depth", "setup.meeting_at"],
      "a catch-up, or at a charter check the charter looked over": [
        script.returning && !["separation", "redefinition"].contains(script.relationshipPhase)
          ? "charter.holds" : "catch_up.notes"
      ],
      "the goal or challenge, and the agenda": ["agenda.topics"],
      "today's focus from the agenda": ["focus.topic"],
      "actions with owner, date and success": ["actions.agreed"],
      "the next meeting's date": ["next.meeting_at"],
      "your own actions kept, re-dated, handed over or dropped": ["commitment.changes"],
      "the follow-up's thanks": ["follow_up.thanks"],
      "a session rating": ["feedback.rating"],
    ]
    steps["what success would look like / what the mentor can offer"] =
      script.role == .mentee ? ["purpose.success"] : [script.returning ? "purpose.offer" : "purpose.discovery_plan"]
    let closing = ["separation", "redefinition"].contains(script.relationshipPhase) && script.returning
    if closing {
      steps["the closing out"] =
        script.relationshipPhase == "separation"
        ? ["close.goals_met", "close.learned"] : ["redefine.relationship", "redefine.contact"]
    } else {
      steps["options and a practical plan"] = ["solutions.plan"]
      steps["the follow-up's key learnings"] = ["follow_up.learnings"]
    }
    if script.returning {
      steps["the stage, carried"] = ["setup.relationship_phase"]
      steps["each open action's status"] = ["review.status"]
      steps["the feedback on the work reviewed"] = ["review.feedback"]
      if !closing { steps["the charter checked every third meeting"] = ["charter.holds"] }
    } else {
      steps["what each hopes to gain and offers"] = [
        script.role == .mentee ? "intro.hopes" : "intro.mentor_hopes", "intro.offer", "charter.partner_hopes",
      ]
      steps["cadence and length"] = ["charter.cadence", "charter.length"]
      if script.role == .mentee { steps["the introduction's background"] = ["intro.background"] }
      if script.role == .mentor { steps["the first discovery answers"] = ["discovery.goals"] }
    }
    for (step, ids) in steps {
      for id in ids { #expect(answered.contains(id), "\(script.name): \(step) (\(id)) is missing") }
    }
    if script.returning {
      // Shown, not asked: last time's learnings and actions, and the charter in a few lines.
      #expect(walk.effects.lines.contains("Actions agreed last time (Thursday 5 November 2026):"))
      #expect(walk.effects.lines.contains("  How often you meet: monthly"))
    }
  }

  /// Pairs that once asked the same thing twice on one path; at most one of each may be asked.
  static let sameMeaning: [[String]] = [
    ["backgrounds.mine", "intro.background"], ["agenda.goals", "purpose.goal"],
    ["agenda.challenges", "purpose.goal"], ["agenda.questions", "prep.questions"],
    ["purpose.why", "prep.want"], ["participation.presence", "participation.distractions"],
    ["participation.presence", "participation.mindset"], ["plan.next_meeting", "next.meeting_at"],
    ["intro.hopes", "charter.objectives"], ["follow_up.thanks", "feedback.most_helpful"],
    ["boundaries.channel", "charter.contact"], ["discovery.now", "discovery.goals"],
  ]

  @Test(arguments: scripts)
  func noQuestionRepeatsAnEarlierOne(script: Script) throws {
    let walk = try Self.walk(script)
    let repeated = Dictionary(grouping: walk.asked, by: { $0 }).filter { $1.count > 1 }.keys.sorted()
    #expect(repeated.isEmpty, "asked more than once: \(repeated)")
    let ids = Set(walk.asked.map { AnswerKey($0).question })
    for pair in Self.sameMeaning {
      #expect(pair.filter(ids.contains).count <= 1, "both of \(pair) were asked")
    }
    // No two questions on a path read the same, once the item is left out.
    let bank = walk.dialogue.bank
    let texts = ids.compactMap { bank.question($0)?.question.text.text(for: script.role) }
    #expect(Set(texts).count == texts.count)
    // A returning session asks none of what was settled once: backgrounds, introduction, charter.
    if script.returning {
      for id in ids {
        #expect(
          !["backgrounds.", "intro.", "charter.", "milestones.list", "milestones.steps", "setup.partner_email"].contains
          {
            id == $0 || (id.hasPrefix($0) && $0.hasSuffix("."))
          }, "\(id) was asked again")
      }
    }
  }

  /// Also with an action whose success is asked after the list, and your own to check.
  @Test(arguments: scripts)
  func stepCountsHoldWithinEachPhase(script: Script) throws {
    let walk = try Self.walk(
      script,
      answering: [
        "actions.agreed": ["Ask the data team for a shadowing day @me by 2026-12-04", ""],
        "actions.successes": ["a day is in the diary", ""], "commitment.changes": [""],
      ])
    var seen: [String: [(Int, Int)]] = [:]
    for line in walk.effects.lines {
      guard let range = line.range(of: ", step ") else { continue }
      let phase = String(line[..<range.lowerBound].split(separator: "—").last ?? "")
      let numbers = line[range.upperBound...].split(separator: " ").compactMap { Int($0) }
      guard numbers.count == 2 else { continue }
      seen[phase, default: []].append((numbers[0], numbers[1]))
    }
    #expect(!seen.isEmpty)
    for (phase, steps) in seen {
      #expect(Set(steps.map(\.1)).count == 1, "\(phase): \(steps)")
      #expect(steps.map(\.0) == Array(1...steps.count), "\(phase): \(steps)")
      #expect(steps.last?.0 == steps.last?.1, "\(phase) ended before its last step: \(steps)")
    }
  }

  @Test func quickPathsAskOnlyTheirQuestionsAndFullPathsAddTheRest() throws {
    let quick = try Self.walk(Self.script("mentee, first session, quick"))
    let full = try Self.walk(Self.script("mentee, first session, full"))
    let quickIDs = Set(quick.asked.map { AnswerKey($0).question })
    let fullIDs = Set(full.asked.map { AnswerKey($0).question })
    #expect(quickIDs.isSubset(of: fullIDs), "\(quickIDs.subtracting(fullIDs))")
    for id in [
      "backgrounds.partner", "intro.cv_link", "prep.questions", "participation.presence",
      "charter.feedback", "charter.contact", "milestones.list", "feedback.journal",
    ] {
      #expect(fullIDs.contains(id), "\(id) not on the full path")
      #expect(!quickIDs.contains(id), "\(id) on the quick path")
    }
    // The last P looks at where the two are heading: at a later meeting, on the full path.
    #expect(!fullIDs.contains("plan.needs"))
    #expect(try Self.walk(Self.script("mentee, returning, full")).asked.contains("plan.needs"))
    #expect(try !Self.walk(Self.script("mentee, returning, quick")).asked.contains("plan.needs"))
  }
}
