import Foundation
import MentorPrepCore
import TestSupport
import Testing

@testable import MentorPrepStore

/// Exact continuation (SPEC §3), as a property of the dialogue and the store: a recorded
/// conversation cut after any one of its lines and resumed with the rest leaves the same record
/// as the run that was never cut.
///
/// The conversation is the mentee walkthrough of the end-to-end tests: a first session (charter,
/// milestones, actions) and a returning one that reviews them, read when the test runs, so the
/// property follows the banks and walkthroughs as they are rewritten. Each run is played here as
/// the command layer plays it (`CutConversation` below, after `Conversation`, `start` and
/// `resume`), against an in-memory store: every cut costs milliseconds, not four launches of the
/// binary. A few cuts still run the binary (EndToEndTests' `ExactContinuationTests`), which
/// proves the command layer is wired as played here.
@Suite struct CutConversationTests {
  /// One session of the conversation: the options it starts with and its lines of input.
  struct Step: Sendable {
    var role: Role
    var phase: Phase?
    var lines: [String]
  }

  static let walkthrough = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("EndToEndTests/Walkthroughs/mentee-first-session")

  /// The walkthrough's two conversations, steps 1 and 3 (2 exports); their arguments are the
  /// options read here, so a walkthrough given others fails rather than plays something else.
  static func steps() throws -> [Step] {
    let expected: [Int: (arguments: [String], step: ([String]) -> Step)] = [
      1: (["--role", "mentee"], { Step(role: .mentee, phase: nil, lines: $0) }),
      3: (["start", "--role", "mentee", "--phase", "during"], { Step(role: .mentee, phase: .during, lines: $0) }),
    ]
    return try [1, 3].map { number in
      let read = { (suffix: String) in
        try String(contentsOf: walkthrough.appendingPathComponent("\(number).\(suffix)"), encoding: .utf8)
      }
      let arguments = try read("args").split(separator: "\n").map(String.init)
      let lines = try read("input").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
      let known = try #require(expected[number])
      try #require(arguments == known.arguments, "walkthrough step \(number) starts with other options")
      return known.step(lines)
    }
  }

  /// Where a run is cut: after `line` lines of step `step`.
  struct Cut: Sendable, CustomStringConvertible {
    var step: Int
    var line: Int
    var description: String { "step \(step + 1), after line \(line)" }
  }

  /// Plays the conversation, cut once when `cut` is given; returns what went wrong, if anything.
  static func play(_ steps: [Step], cut: Cut?, in store: SessionStore) throws -> String? {
    for (index, step) in steps.enumerated() {
      guard let cut, cut.step == index else {
        let outcome = try CutConversation.start(step, lines: step.lines, in: store)
        if outcome != .finished { return "step \(index + 1) ended \(outcome)" }
        continue
      }
      let first = try CutConversation.start(step, lines: Array(step.lines.prefix(cut.line)), in: store)
      // Cut before its first answer (a name still to be confirmed), a session is not kept:
      // the person starts again, from the top.
      let rest =
        first == .inputEndedBeforeAnswer
        ? try CutConversation.start(step, lines: step.lines, in: store)
        : first == .inputEnded
          ? try CutConversation.resume(lines: Array(step.lines.dropFirst(cut.line)), in: store)
          : nil
      guard let rest else { return "the cut run ended \(first), not with its input" }
      if rest != .finished { return "the run after the cut ended \(rest)" }
    }
    return nil
  }

  /// What the conversation left: each session's JSON export and every action, as one text, the
  /// random ids named by the order they first appear in.
  static func record(of store: SessionStore) throws -> String {
    var parts: [String] = []
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    for number in 1...(try #require(try store.lastSessionNumber())) {
      let record = try store.loadSession(number).record
      let json = try Exporter.render(
        record, bank: builtInBank, as: .json, now: Date(timeIntervalSince1970: 0),
        timeZone: TimeZone(identifier: "UTC")!)
      let stored = try store.loadSession(number)
      let kept = try encoder.encode(StoredParts(stored))
      parts.append("session \(number)\n" + json + String(decoding: kept, as: UTF8.self))
    }
    let actions = try store.actions(openOnly: false, partner: nil)
    parts.append("actions\n" + String(decoding: try encoder.encode(actions), as: UTF8.self))
    return RandomIDs.masked(parts.joined(separator: "\n"))
  }

  /// All the store keeps of a session besides its export: every answer, where the dialogue
  /// stands, the reviewed actions and the own actions' statuses and ids.
  struct StoredParts: Encodable {
    var answers: [String: Answer]
    var progress: DialogueProgress
    var phaseReached: String
    var completed: Bool
    var reviewed: [TrackedAction]
    var statuses: [String: String]
    var ids: [String: String]
    var relationshipID: String?

    init(_ stored: StoredSession) {
      answers = stored.answers
      progress = stored.progress
      phaseReached = stored.phaseReached.rawValue
      completed = stored.completed
      reviewed = stored.reviewed
      statuses = stored.statuses.mapValues(\.rawValue)
      ids = stored.ids
      relationshipID = stored.relationshipID
    }
  }

  /// Every cut of the first session: the store it leaves, every session and action of it, is
  /// the one the uncut session left. The returning session reads nothing else, so it goes on
  /// the same from either; it is played after every eighth of these cuts all the same.
  @Test func aFirstSessionCutAfterAnyLineAndResumedLeavesTheSameRecord() async throws {
    let steps = try Self.steps()
    #expect(steps.allSatisfy { $0.lines.count > 10 })
    let uncut = try SessionStore.inMemory()
    #expect(try Self.play(Array(steps.prefix(1)), cut: nil, in: uncut) == nil)
    let expected = try Self.record(of: uncut)
    let whole = try SessionStore.inMemory()
    #expect(try Self.play(steps, cut: nil, in: whole) == nil)
    let expectedWhole = try Self.record(of: whole)
    #expect(try !uncut.actions(openOnly: false, partner: nil).isEmpty, "the first session agrees actions")

    let cuts = (1..<steps[0].lines.count).map { Cut(step: 0, line: $0) }
    let failures = try await Self.failures(of: cuts) { cut in
      cut.line % 8 == 0 ? (steps, expectedWhole) : (Array(steps.prefix(1)), expected)
    }
    #expect(
      failures.isEmpty, "\(failures.count) of \(cuts.count) cuts differ:\n\(failures.prefix(8).joined(separator: "\n"))"
    )
  }

  /// Every cut of the returning session, which reviews the first one's actions.
  @Test func aReturningSessionCutAfterAnyLineAndResumedLeavesTheSameRecord() async throws {
    let steps = try Self.steps()
    let whole = try SessionStore.inMemory()
    #expect(try Self.play(steps, cut: nil, in: whole) == nil)
    let expected = try Self.record(of: whole)
    #expect(try whole.lastSessionNumber() == steps.count)

    let cuts = (1..<steps[1].lines.count).map { Cut(step: 1, line: $0) }
    let failures = try await Self.failures(of: cuts) { _ in (steps, expected) }
    #expect(
      failures.isEmpty, "\(failures.count) of \(cuts.count) cuts differ:\n\(failures.prefix(8).joined(separator: "\n"))"
    )
  }

  /// Plays each cut of `cuts` in a store of its own, the steps `playing` gives it, two at a time;
  /// returns what went wrong, in the order of the cuts: a run that did not end as it should, or
  /// a record other than the one `playing` expects.
  static func failures(
    of cuts: [Cut], playing: @escaping @Sendable (Cut) -> (steps: [Step], record: String)
  ) async throws -> [String] {
    try await withThrowingTaskGroup(of: (Int, String?).self) { group in
      var pending = cuts.enumerated().makeIterator()
      func startNext() {
        guard let (order, cut) = pending.next() else { return }
        group.addTask {
          let (steps, expected) = playing(cut)
          let store = try SessionStore.inMemory()
          if let problem = try play(steps, cut: cut, in: store) { return (order, "\(cut): \(problem)") }
          let record = try record(of: store)
          guard record != expected else { return (order, nil) }
          return (order, "\(cut): the record differs:\n\(TextDifference.first(record, expected))")
        }
      }
      for _ in 0..<2 { startNext() }
      var failures: [(Int, String)] = []
      while let (order, failure) = try await group.next() {
        if let failure { failures.append((order, failure)) }
        startNext()
      }
      return failures.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }
}

/// One run of the program on piped input, as the command layer plays it: `start` (a new
/// session, created with its first answer) or `resume` (the last session, from what the store
/// kept), and the conversation loop that saves every accepted answer and where the dialogue
/// stands before the next line is read.
enum CutConversation {
  /// How a run ended, as its exit status tells: 0, or 3 (input ended; nothing kept when it ended
  /// before the first answer of a new session).
  enum Outcome: Equatable { case finished, left, inputEnded, inputEndedBeforeAnswer }

  /// The clock of the end-to-end tests' runs (`MENTORPREP_NOW`).
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

  /// `start --role … [--phase …]`: your name as the sessions before remember it, the partners
  /// met before offered while the partner's name is still to be asked.
  static func start(_ step: CutConversationTests.Step, lines: [String], in store: SessionStore) throws -> Outcome {
    var prefill: [String: Answer] = [SessionRecord.Key.role: .choice(step.role.rawValue)]
    if let me = try store.ownName() { prefill[SessionRecord.Key.me] = .text(me) }
    let session = (try store.lastSessionNumber() ?? 0) + 1
    var context = DialogueContext(now: now, sessionNumber: session, startPhase: step.phase ?? .before)
    context.knownPartners = try knownPartners(in: store, excluding: nil)
    let dialogue = Dialogue(bank: builtInBank, context: context, prefill: prefill)
    return try converse(dialogue, session: session, new: true, lines: lines, in: store)
  }

  /// `resume`: the last session, with what its relationship remembers.
  static func resume(lines: [String], in store: SessionStore) throws -> Outcome {
    let number = try #require(try store.lastSessionNumber())
    let stored = try store.loadSession(number)
    let record = stored.record
    var memory = RelationshipMemory.none
    if let partner = record.partner, let role = record.role {
      memory = try store.relationshipMemory(partner: partner, role: role, excluding: number)
    }
    var context = DialogueContext(
      now: now, sessionNumber: number, startPhase: stored.progress.startPhase ?? .before, memory: memory)
    if stored.answers[SessionRecord.Key.partner] == nil {
      context.knownPartners = try knownPartners(in: store, excluding: number)
    }
    let dialogue = try Dialogue(bank: builtInBank, context: context, answers: stored.answers, progress: stored.progress)
    try #require(!dialogue.isFinished)
    return try converse(dialogue, session: number, new: false, lines: lines, in: store)
  }

  static func knownPartners(in store: SessionStore, excluding session: Int?) throws -> KnownPartners {
    KnownPartners(
      try store.recentPartners(excluding: session).map { KnownPartners.Entry(name: $0.partner, role: $0.role) })
  }

  /// The conversation loop: each event's effects saved in one snapshot (a new session's only
  /// once a typed line is taken as an answer), the relationship looked up when asked for, the
  /// next line read at each prompt.
  static func converse(
    _ dialogue: Dialogue, session: Int, new: Bool, lines: [String], in store: SessionStore
  ) throws -> Outcome {
    var dialogue = dialogue
    var input = lines[...]
    var answered = false
    var saved: DialogueProgress?
    var unsaved: [(key: String, answer: Answer)] = []
    var event = DialogueEvent.start
    while true {
      let effects = dialogue.handle(event)
      var changes: [(key: String, answer: Answer)] = effects.compactMap {
        if case .record(let key, let answer) = $0 { return (key, answer) }
        return nil
      }
      if case .line = event, !changes.isEmpty { answered = true }
      if new && !answered {
        unsaved += changes
      } else if !changes.isEmpty || saved != dialogue.progress {
        let creating = new && saved == nil
        if creating { changes = unsaved + changes }
        try store.save(session: session, dialogue.snapshot(changes: changes, at: now), creating: creating)
        if creating { unsaved = [] }
        saved = dialogue.progress
      }
      var asked = false
      var followUp: DialogueEvent?
      for effect in effects {
        switch effect {
        case .say, .record, .export: break
        case .ask: asked = true
        case .lookUpRelationship(let partner, let role):
          var memory = try store.relationshipMemory(partner: partner, role: role, excluding: session)
          if memory.returning {
            memory.progressLine = try store.progress(partner: partner, role: role, excluding: session)?.welcomeLine
          }
          followUp = .relationship(memory)
        case .pause, .quit: return .left
        case .finish: return .finished
        }
      }
      if let followUp {
        event = followUp
        continue
      }
      guard asked else { return .left }
      guard let line = input.popFirst() else {
        return new && !answered ? .inputEndedBeforeAnswer : .inputEnded
      }
      event = .line(line)
    }
  }
}
