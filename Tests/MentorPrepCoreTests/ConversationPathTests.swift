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

    var testDescription: String { name }

    /// SPEC §2: an answer is one question answered; the between-phases question counts.
    var budget: Int {
      let open = returning ? ConversationPathTests.openActions.count : 0
      switch (depth, returning) {
      case (.quick, false): return 28
      case (.quick, true): return 16 + open
      case (.full, false): return role == .mentee ? 45 : 50
      case (.full, true): return 35 + open
      }
    }

    var memory: RelationshipMemory {
      guard returning else { return .none }
      return RelationshipMemory(
        returning: true, openActions: ConversationPathTests.openActions,
        earlierAnswers: ConversationPathTests.earlierAnswers(depth: depth),
        prefill: ["setup.first_session": .yesNo(false)])
    }
  }

  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static let instant = Date(timeIntervalSince1970: 1_795_683_600)
  static let zone = TimeZone(identifier: "UTC")!
  static let lastAgreedMeeting = LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)

  static let openActions = [
    TrackedAction(
      ref: "2.1", session: 2,
      item: ActionItem(text: "Send the CV", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 11, day: 18)),
      status: .open),
    TrackedAction(
      ref: "2.2", session: 2, item: ActionItem(text: "Ask about the data team", owner: .role(.mentor)), status: .open),
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
        ActionItem(text: "Enrol on the course", owner: .role(.mentee), due: LocalDateTime(year: 2026, month: 12, day: 1))
      ]),
      "feedback.journal": .text("I talk too fast when I am nervous"),
      "actions.success#2.1": .text("The CV is with the hiring manager"),
    ]
  }

  static let scripts: [Script] = [
    Script(name: "mentee, first session, quick", role: .mentee, depth: .quick, returning: false),
    Script(name: "mentor, first session, quick", role: .mentor, depth: .quick, returning: false),
    Script(name: "mentee, returning, quick", role: .mentee, depth: .quick, returning: true),
    Script(name: "mentor, returning, quick", role: .mentor, depth: .quick, returning: true),
    Script(name: "mentee, first session, full", role: .mentee, depth: .full, returning: false),
    Script(name: "mentor, first session, full", role: .mentor, depth: .full, returning: false),
    Script(name: "mentee, returning, full", role: .mentee, depth: .full, returning: true),
    Script(name: "mentor, returning, full", role: .mentor, depth: .full, returning: true),
    Script(
      name: "mentee, separation", role: .mentee, depth: .full, returning: true, relationshipPhase: "separation"),
    Script(
      name: "mentor, redefinition", role: .mentor, depth: .full, returning: true,
      relationshipPhase: "redefinition"),
  ]

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
    case "commitment.choice": return ["redate"]
    case "commitment.new_due": return ["in 2 weeks"]
    default: break
    }
    switch question.kind {
    case .text: return ["Answer to \(key)"]
    case .email: return ["someone@example.org"]
    case .yesNo: return ["y"]
    case .choice: return ["1"]
    case .status: return ["partly"]
    case .dateTime: return ["thursday 15:00"]
    case .rating: return ["4"]
    case .minutes: return ["45"]
    case .list: return ["First point for \(key)", "Second point", ""]
    case .actions:
      return ["Draft the project pitch @me by friday", "Introduce Sam to the design lead @partner by 2026-12-01", ""]
    case .steps: return ["Finish the course @me by 2027-01-31", ""]
    }
  }

  /// Walks a whole conversation; `answering` types other lines for the keys it names.
  static func walk(_ script: Script, answering: [String: [String]] = [:]) throws -> Walk {
    let bank = try BankLoader.load(promptFiles)
    var walk = Walk(
      dialogue: Dialogue(
        bank: bank, context: DialogueContext(now: now, sessionNumber: script.returning ? 3 : 1)))
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
          !["backgrounds.", "intro.", "charter.", "milestones.list", "milestones.steps", "setup.partner_email"].contains {
            id == $0 || (id.hasPrefix($0) && $0.hasSuffix("."))
          }, "\(id) was asked again")
      }
    }
  }

  @Test(arguments: scripts)
  func stepCountsHoldWithinEachPhase(script: Script) throws {
    let walk = try Self.walk(script)
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
    let quick = try Self.walk(Self.scripts[0])
    let full = try Self.walk(Self.scripts[4])
    let quickIDs = Set(quick.asked.map { AnswerKey($0).question })
    let fullIDs = Set(full.asked.map { AnswerKey($0).question })
    #expect(quickIDs.isSubset(of: fullIDs), "\(quickIDs.subtracting(fullIDs))")
    for id in ["backgrounds.partner", "intro.cv_link", "prep.questions", "participation.presence", "plan.needs",
               "charter.feedback", "charter.contact", "milestones.list", "feedback.journal"] {
      #expect(fullIDs.contains(id), "\(id) not on the full path")
      #expect(!quickIDs.contains(id), "\(id) on the quick path")
    }
  }

  // MARK: - Recall

  @Test func aReturningSessionOffersLastTimesAgreedMeetingAsThisOnesDate() throws {
    let walk = try Self.walk(Self.scripts[2])
    let shown = walk.shownBefore["setup.meeting_at"]?.lines ?? []
    #expect(shown.contains("When are you meeting Alex Chen? [date/time, Enter for Thursday 26 November 2026, 15:00]"))
    #expect(walk.dialogue.answers["setup.meeting_at"] == .dateTime(Self.lastAgreedMeeting))
    // The next meeting must come after this one; three weeks on it does.
    #expect(walk.dialogue.answers["next.meeting_at"] == .dateTime(LocalDateTime(year: 2026, month: 12, day: 11, hour: 15, minute: 0)))
  }

  @Test func aReturningSessionOffersLastTimesDepth() throws {
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles), context: DialogueContext(now: Self.now, sessionNumber: 3))
    _ = dialogue.handle(.start)
    _ = dialogue.type(["mentee", "Sam Rivera", "Alex Chen"])
    let effects = dialogue.handle(.relationship(Self.scripts[6].memory))
    #expect(effects.lines.contains("How deep do you want to go this time? [1-2, Enter for full]"))
    _ = dialogue.type("")
    #expect(dialogue.depth == .full)
  }

  @Test func todaysFocusIsChosenFromTheAgendaOrTypedAfresh() throws {
    let walk = try Self.walk(Self.scripts[0])
    let shown = walk.shownBefore["focus.topic"]?.lines ?? []
    #expect(shown.contains { $0.hasSuffix("[1-2 or your own words]") })
    #expect(shown.contains("  1. First point for agenda.topics"))
    #expect(shown.contains("  2. Second point"))
    #expect(walk.dialogue.answers["focus.topic"] == .text("First point for agenda.topics"))
    // A first session is not told it has looked at progress.
    #expect(!walk.effects.lines.contains { $0.contains("looked at progress") })
  }

  @Test func whatWasPreparedComesBackDuringAndAfter() throws {
    let first = try Self.walk(Self.scripts[4])
    // The questions prepared for the partner are shown at today's focus.
    let focus = first.shownBefore["focus.topic"]?.lines ?? []
    #expect(focus.contains("  1. First point for prep.questions"))
    // What you hope for and offer is shown with the charter, which asks only the partner's side.
    let charter = first.shownBefore["charter.partner_hopes"]?.lines ?? []
    #expect(charter.contains("What you hope to gain:"))
    #expect(charter.contains("  Answer to intro.hopes"))
    #expect(charter.contains("  Answer to intro.offer"))

    let later = try Self.walk(Self.scripts[6])
    // Last time's success criterion comes back when its action is reviewed.
    let review = later.shownBefore["review.status#2.1"]?.lines ?? []
    #expect(review.contains("What success was to look like:"))
    #expect(review.contains("  The CV is with the hiring manager"))
    // Last time's learnings, next goal and journal open the preparation.
    let purpose = later.shownBefore["agenda.topics"]?.lines ?? []
    for text in ["  1. Ask before the planning round", "  Look at the CV draft together", "  I talk too fast when I am nervous"] {
      #expect(purpose.contains(text), "\(text) not shown")
    }
    // The charter and milestones are recalled in the plan, and carried into this session.
    let plan = later.shownBefore["plan.needs"]?.lines ?? []
    #expect(plan.contains("  1. Lead a small project"))
    #expect(later.dialogue.answers["charter.length"] == .number(45))
    #expect(later.dialogue.progress.prefilled.contains("charter.length"))
  }

  @Test func aReviewAsksForReflectionOnlyWhenSomethingWasDone() throws {
    let later = try Self.walk(Self.scripts[6])
    #expect(later.asked.contains("review.learned#2.1"))
    var dialogue = Dialogue(
      bank: try BankLoader.load(promptFiles), context: DialogueContext(now: Self.now, sessionNumber: 3))
    _ = dialogue.handle(.start)
    _ = dialogue.type(["mentee", "Sam Rivera", "Alex Chen"])
    _ = dialogue.handle(.relationship(Self.scripts[6].memory))
    _ = dialogue.type(["full", "", "cultivation", "Topic", "", "Success", "", "", "", "y", ""])
    #expect(dialogue.askedKey == "review.status#2.1")
    _ = dialogue.type("not yet")
    #expect(dialogue.askedKey == "review.status#2.2")
  }

  @Test func milestonesAreRatedAndTheirStepsTickedOffNotReviewedAsActions() throws {
    let later = try Self.walk(Self.scripts[6])
    #expect(later.asked.contains("milestones.rating#m1"))
    #expect(later.asked.contains("milestones.rating#m2"))
    #expect(later.dialogue.answers["milestones.rating#m1"] == .number(4))
    #expect(later.dialogue.answers["milestones.steps_done"] == .list(["Enrol on the course"]))
    #expect(later.dialogue.answers["feedback.rating"] == .number(4))

    let first = try Self.walk(Self.scripts[4])
    #expect(first.dialogue.answers["milestones.steps"] != nil)
    // The steps are not actions of the meeting: only the two agreed actions are.
    #expect(first.dialogue.bank.agreedActions(in: first.dialogue.answers, session: 1).map(\.item.text)
      == ["Draft the project pitch", "Introduce Sam to the design lead"])
  }

  @Test func separationAndRedefinitionAreDistinctAndTheNextMeetingIsOptional() throws {
    let separation = try Self.walk(Self.scripts[8])
    let redefinition = try Self.walk(Self.scripts[9])
    let closing = Set(separation.asked)
    let next = Set(redefinition.asked)
    #expect(closing.contains("close.goals_met") && closing.contains("close.handover"))
    #expect(!closing.contains("redefine.relationship"))
    #expect(next.contains("redefine.relationship") && next.contains("redefine.contact"))
    #expect(!next.contains("close.goals_met"))
    for walk in [separation, redefinition] {
      #expect(!walk.asked.contains("focus.topic"))
      let shown = walk.shownBefore["next.meeting_at"]?.lines ?? []
      #expect(shown.contains("When will you meet Alex Chen next? [date/time, optional]"))
    }
  }

  @Test func aNextMeetingBeforeOrAtThisOneIsRefusedWithAReason() throws {
    var walk = try Self.walk(Self.scripts[0])
    #expect(walk.dialogue.position(forKey: "next.meeting_at") != nil)
    _ = walk.dialogue.type("/edit next.meeting_at")
    var effects = walk.dialogue.type("thursday 15:00")
    #expect(effects.errors == ["That is not after this meeting (Thursday 26 November 2026, 15:00); give a later date."])
    effects = walk.dialogue.type("2026-11-01")
    #expect(effects.errors == ["Sunday 1 November 2026 is in the past; give a date from today on."])
    effects = walk.dialogue.type("friday 10:00")
    #expect(effects.errors.isEmpty)
    #expect(effects.lines.contains("→ Friday 27 November 2026, 10:00"))
  }

  // MARK: - After the meeting

  @Test func onlyYourOwnActionsAreCheckedAndTheFollowUpRestatesWhatStands() throws {
    let walk = try Self.walk(Self.scripts[0])
    // The mentee's own action is checked (and re-dated); the mentor's is not asked about.
    #expect(walk.asked.filter { $0.hasPrefix("commitment.") } == ["commitment.choice#1.1", "commitment.new_due#1.1"])
    let actions = walk.dialogue.bank.agreedActions(in: walk.dialogue.answers, session: 1)
    #expect(actions.first?.item.due == LocalDateTime(year: 2026, month: 12, day: 4))
    // The follow-up is asked after the check.
    let check = try #require(walk.asked.firstIndex(of: "commitment.choice#1.1"))
    let thanks = try #require(walk.asked.firstIndex(of: "follow_up.thanks"))
    #expect(check < thanks)
  }

  @Test func aHandedOverActionChangesOwnerAndADroppedOneIsNotRestated() throws {
    let typed = [
      TrackedAction(ref: "1.1", session: 1, item: ActionItem(text: "Draft the pitch", owner: .role(.mentee)), status: .open),
      TrackedAction(ref: "1.2", session: 1, item: ActionItem(text: "Book a room", owner: .role(.mentee)), status: .open),
    ]
    var checked = typed
    CommitmentChoice.handOver.apply(to: &checked[0], newDue: nil)
    CommitmentChoice.drop.apply(to: &checked[1], newDue: nil)
    #expect(checked[0].item.owner == .role(.mentor))
    #expect(checked[0].status == .open)
    #expect(checked[1].status == .dropped)
  }

  @Test func privateNotesStayOutOfMessagesToThePartner() throws {
    let walk = try Self.walk(Self.scripts[4])
    let bank = walk.dialogue.bank
    let privateIDs = bank.states.flatMap(\.questions).filter(\.isPrivate).map(\.id)
    #expect(privateIDs == ["feedback.journal"])
    let record = SessionRecord(
      number: 1, createdAt: Self.now, updatedAt: Self.now, bank: bank, answers: walk.dialogue.answers,
      progress: walk.dialogue.progress)
    let journal = try #require(record.text("feedback.journal"))
    for format in [ExportFormat.text, .eml, .agenda, .intro] {
      let text = try Exporter.render(record, bank: bank, as: format, now: Self.instant, timeZone: Self.zone)
      #expect(!text.contains(journal), "\(format) carries the private journal")
    }
  }

  @Test func theCalendarEventLastsTheAgreedMeetingLengthInALaterSession() throws {
    let walk = try Self.walk(Self.scripts[2])
    let bank = walk.dialogue.bank
    let record = SessionRecord(
      number: 3, createdAt: Self.now, updatedAt: Self.now, bank: bank, answers: walk.dialogue.answers,
      progress: walk.dialogue.progress)
    let ics = try Exporter.render(record, bank: bank, as: .ics, now: Self.instant, timeZone: Self.zone)
    #expect(ics.contains("DURATION:PT45M"))
  }
}
