import Foundation
import TestSupport
import Testing

/// Exact continuation through the binary: a recorded conversation cut after one of its lines and
/// resumed with the rest leaves the same record as the run that was never cut.
///
/// The conversation is the mentee walkthrough: a first session (charter, milestones, actions) and
/// a returning one that reviews them. Its steps are read when the test runs, so the property
/// follows the banks and walkthroughs as they are rewritten. Every line is cut in
/// MentorPrepStoreTests' `CutConversationTests`, which plays the runs as the command layer does,
/// in milliseconds; the cuts here, a few of each kind, prove the binary is wired as played there.
@Suite struct ExactContinuationTests {
  /// One session of the conversation: its arguments and its lines of input.
  struct Step: Sendable {
    var arguments: [String]
    var lines: [String]
  }

  /// Where a run is cut: after `line` lines of step `step`.
  struct Cut: Sendable, CustomStringConvertible {
    var step: Int
    var line: Int
    var description: String { "step \(step + 1), after line \(line)" }
  }

  static func steps() throws -> [Step] {
    let folder = WalkthroughTests.folder.appendingPathComponent("mentee-first-session")
    return try [1, 3].map { number in
      let read = { (suffix: String) in
        try String(contentsOf: folder.appendingPathComponent("\(number).\(suffix)"), encoding: .utf8)
      }
      let arguments = try read("args").split(separator: "\n").map(String.init)
      let lines = try read("input").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
      return Step(arguments: arguments, lines: lines)
    }
  }

  /// What the conversation left: each session's JSON export and the actions, as one text,
  /// the random ids named by their order (`RandomIDs`).
  static func record(home: String, sessions: Int) throws -> String {
    let commands = (1...sessions).map { ["export", "\($0)", "--format", "json"] } + [["actions", "--json"]]
    return RandomIDs.masked(
      try commands.map { command in
        let result = try Binary.run(command, home: home)
        return "$ \(command.joined(separator: " ")) → \(result.status)\n\(result.stdout)\(result.stderr)"
      }.joined(separator: "\n"))
  }

  /// Plays the conversation from step `from`, cut once when `cut` is given; returns what went
  /// wrong, if anything.
  static func play(_ steps: [Step], from: Int = 0, cut: Cut?, home: String) throws -> String? {
    for (index, step) in steps.enumerated() where index >= from {
      guard let cut, cut.step == index else {
        let result = try Binary.run(step.arguments, lines: step.lines, home: home)
        if result.status != 0 { return "step \(index + 1) ended \(result.status): \(result.stderr)" }
        continue
      }
      let first = try Binary.run(step.arguments, lines: Array(step.lines.prefix(cut.line)), home: home)
      if first.status != 3 { return "the cut run ended \(first.status), not 3: \(first.stderr)" }
      // Cut before its first answer (a name still to be confirmed), a session is not kept:
      // the person starts again, from the top.
      let rest =
        first.stderr.contains("no session was kept")
        ? try Binary.run(step.arguments, lines: step.lines, home: home)
        : try Binary.run(["resume"], lines: Array(step.lines.dropFirst(cut.line)), home: home)
      if rest.status != 0 {
        return "resume ended \(rest.status): \(rest.stderr)\n\(rest.stdout.suffix(800))"
      }
    }
    return nil
  }

  /// In each session: after its first line (the second session's is a name still to confirm,
  /// so nothing is kept), after its first command (`/hlep`, `/back`), half way and before its
  /// last line.
  static func cuts(_ steps: [Step]) -> [Cut] {
    steps.indices.flatMap { step in
      let lines = steps[step].lines
      let command = (lines.firstIndex { $0.hasPrefix("/") } ?? 1) + 1
      return Set([1, command, lines.count / 2, lines.count - 1]).sorted().map { Cut(step: step, line: $0) }
    }
  }

  @Test func aConversationCutAfterSomeLinesAndResumedLeavesTheSameRecord() async throws {
    let steps = try Self.steps()
    #expect(steps.allSatisfy { $0.lines.count > 10 })
    let whole = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: whole) }
    // The home as the first step left it, so that a cut in a later step starts from a copy.
    let afterFirst = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: afterFirst) }
    #expect(try Self.play(Array(steps.prefix(1)), cut: nil, home: afterFirst) == nil)
    try FileManager.default.copyItem(atPath: afterFirst, toPath: whole)
    #expect(try Self.play(steps, from: 1, cut: nil, home: whole) == nil)
    let expected = try Self.record(home: whole, sessions: steps.count)

    let cuts = Self.cuts(steps)
    #expect(cuts.count == 8)
    let failures = try await withThrowingTaskGroup(of: (Int, String)?.self) { group in
      // A few cuts at a time: each is several runs of the binary.
      var pending = cuts[...]
      var failures: [(Int, String)] = []
      func startNext() {
        guard let order = pending.indices.first, let cut = pending.popFirst() else { return }
        group.addTask {
          let home = Binary.temporaryHome()
          defer { try? FileManager.default.removeItem(atPath: home) }
          if cut.step > 0 { try FileManager.default.copyItem(atPath: afterFirst, toPath: home) }
          if let problem = try Self.play(steps, from: cut.step > 0 ? 1 : 0, cut: cut, home: home) {
            return (order, "\(cut): \(problem)")
          }
          let record = try Self.record(home: home, sessions: steps.count)
          guard record != expected else { return nil }
          return (order, "\(cut): the record differs:\n\(TextDifference.first(record, expected))")
        }
      }
      for _ in 0..<4 { startNext() }
      while let outcome = try await group.next() {
        if let outcome { failures.append(outcome) }
        startNext()
      }
      return failures.sorted { $0.0 < $1.0 }.map(\.1)
    }
    #expect(
      failures.isEmpty, "\(failures.count) of \(cuts.count) cuts differ:\n\(failures.prefix(8).joined(separator: "\n"))"
    )
  }

  /// Input that ends inside a list keeps its items: `show` and `/review` list them, and `resume`
  /// offers them again and goes on after them, each kept once.
  @Test func aListCutShortIsOfferedAgainWithItsItemsSoFar() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try Self.steps()[0]
    let goals = ["Lead a design review by end of January", "Mentor a junior developer by spring"]
    let cut = try #require(first.lines.firstIndex(of: goals[1])) + 1
    #expect(first.lines[cut] == "", "the list ends after its second item")
    let paused = try Binary.run(first.arguments, lines: Array(first.lines.prefix(cut)), home: home)
    #expect(paused.status == 3)

    let soFar = goals.joined(separator: "; ")
    let shown = try Binary.run(["show"], home: home)
    #expect(shown.stdout.contains("Being typed\n"))
    #expect(shown.stdout.contains(" (so far): \(soFar)\n"), "\(shown.stdout)")

    let resumed = try Binary.run(["resume"], lines: ["/review"] + first.lines.dropFirst(cut), home: home)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let lines = resumed.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("So far: \(soFar)"), "\(resumed.stdout.prefix(1200))")
    #expect(lines.contains { $0.hasPrefix("  ") && $0.hasSuffix(" (so far): \(soFar)") })
    let listed = try SessionMemoryTests.answers(home: home).values.filter { $0.contains("Mentor a junior") }
    #expect(listed == ["[\"Lead a design review by end of January\",\"Mentor a junior developer by spring\"]"])
  }
}
