import Foundation
import Testing

/// The store end to end: nothing answered is lost to a kill, `resume` continues, and a second
/// meeting with the same partner reviews the first one's open actions.
@Suite struct SessionMemoryTests {
  static let walkthroughs = WalkthroughTests.folder
  static let menteeInput: [String] = {
    let url = walkthroughs.appendingPathComponent("mentee-first-session/1.input")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }()

  static func answers(home: String, session: String = "last") throws -> [String: String] {
    let result = try Binary.run(["export", session, "--format", "json"], home: home)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
    let answers = json?["answers"] as? [String: Any] ?? [:]
    return answers.mapValues { value in
      (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
        .map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }
  }

  @Test func aKilledConversationLosesNothingAndResumeFinishesIt() throws {
    let whole = Binary.temporaryHome()
    let killed = Binary.temporaryHome()
    defer {
      try? FileManager.default.removeItem(atPath: whole)
      try? FileManager.default.removeItem(atPath: killed)
    }
    let uninterrupted = try Binary.run(["--role", "mentee"], lines: Self.menteeInput, home: whole)
    #expect(uninterrupted.status == 0)

    for cut in [12, 41, 70] {
      try? FileManager.default.removeItem(atPath: killed)
      let running = try RunningProcess(["--role", "mentee"], home: killed)
      running.send(Array(Self.menteeInput.prefix(cut)))
      // The prompt after the last answer sent is shown only once that answer is committed.
      running.waitForPrompts(cut + 1)
      running.kill(SIGKILL)
      #expect(running.terminationReason == .uncaughtSignal)

      let resumed = try Binary.run(["resume"], lines: Array(Self.menteeInput.dropFirst(cut)), home: killed)
      #expect(resumed.status == 0, "cut at \(cut): \(resumed.stderr)\n\(resumed.stdout.suffix(600))")
      #expect(resumed.stdout.contains("That is the whole conversation"), "cut at \(cut)")
      #expect(try Self.answers(home: killed) == Self.answers(home: whole), "cut at \(cut)")
    }
  }

  @Test func pipedInputThatEndsEarlyExitsThreeAndResumeContinues() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try Binary.run(["--role", "mentee"], lines: Array(Self.menteeInput.prefix(5)), home: home)
    #expect(first.status == 3)
    #expect(first.stderr.contains("mentorprep resume 1"))
    let answered = try Self.answers(home: home)
    #expect(answered["setup.me"] == "\"Ana Lopez\"")
    #expect(answered["setup.partner_email"] == "\"sam.rivera@example.org\"")
    // The next question asked is the one after the last answer: the first session question.
    let second = try Binary.run(["resume", "1"], lines: Array(Self.menteeInput.dropFirst(5)), home: home)
    #expect(second.status == 0)
    #expect(second.stdout.contains("Resuming session 1."))
    let firstAsked = second.stdout.split(separator: "\n").first { $0.hasSuffix("[y/n]") }
    #expect(firstAsked?.hasPrefix("Is this your first meeting") == true)
  }

  @Test func editingACompletedSessionKeepsItComplete() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    #expect(try Binary.run(["--role", "mentee"], lines: Self.menteeInput, home: home).status == 0)
    let reopened = try Binary.run(["resume", "1", "--phase", "after"], lines: ["/quit"], home: home)
    #expect(reopened.status == 0, "\(reopened.stderr)")
    let listed = try Binary.run(["list"], home: home)
    #expect(listed.stdout.contains("complete"), "\(listed.stdout)")
    #expect(!listed.stdout.contains("open"), "\(listed.stdout)")
    // show reads the same stored account as list.
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("; complete"), "\(shown.stdout)")
    #expect(!shown.stdout.contains("not complete"), "\(shown.stdout)")
  }

  @Test func phaseValuesAgreeInHelpAndErrors() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    for command in ["start", "resume"] {
      let help = try Binary.run([command, "--help"], home: home)
      #expect(help.stdout.contains("(values: before, during, after)"), "\(help.stdout)")
      let refused = try Binary.run([command, "--phase", "setup"], home: home)
      #expect(refused.status == 64)
      #expect(refused.stderr.contains("'before', 'during' or 'after'"), "\(refused.stderr)")
    }
  }

  @Test func aSecondMeetingReviewsTheFirstMeetingsOpenActions() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try Binary.run(["--role", "mentee"], lines: Self.menteeInput, home: home)
    #expect(first.status == 0)
    let open = try Binary.run(["actions", "--open", "--json"], home: home)
    let openRows = try JSONSerialization.jsonObject(with: open.stdoutBytes) as? [[String: Any]] ?? []
    // Three actions; the milestones' steps are tracked with the milestones, not as actions.
    #expect(openRows.count == 3)

    let second = try Binary.run(
      ["start", "--role", "mentee", "--with", "sam rivera", "--phase", "during"],
      lines: [
        // Your name and the agreed date come from the record; last time's depth taken with
        // Enter; the stage.
        "", "cultivation",
        "Busy month, but good.",
        // Three open actions: a status each, and what was learned where something was done.
        // The two not done were due before this meeting: each gets a new date, asked for or
        // typed with its status.
        "done", "The agenda got good comments.",
        "partly", "friday", "",
        "not yet by 8 january", "",
        // Feedback on the work, left empty.
        "",
        // The two milestones rated, one step ticked off.
        "3", "2", "1", "",
        "/quit",
      ], home: home)
    #expect(second.status == 0, "\(second.stderr)")
    // Recognised whatever the case of the name typed, and continued under the name stored.
    #expect(second.stdout.contains("Continuing with Sam Rivera."))
    #expect(second.stdout.contains("Welcome back: this continues your sessions with Sam Rivera."))
    #expect(second.stdout.contains("You meet on Thursday 17 December 2026, 15:00, as you agreed last time"))
    #expect(second.stdout.contains("Action 1 of 3 (1.1)"))
    #expect(second.stdout.contains("Write the design review agenda"))
    // Last time's success criterion comes back with its action.
    #expect(second.stdout.contains("  A one-page agenda the team can react to."))
    // The milestones agreed in the first session are rated one by one.
    #expect(second.stdout.contains("Milestone 1 of 2 (m1)"))
    #expect(second.stdout.contains("'Lead a design review by end of January': how far along is it"))
    #expect(
      second.stdout.contains("  1. Read the chapter on delegation — Ana Lopez (mentee), by Friday 4 December 2026")
        || second.stdout.contains("Read the chapter on delegation"))

    let rows = try Binary.run(["actions", "--json"], home: home)
    let all = try JSONSerialization.jsonObject(with: rows.stdoutBytes) as? [[String: Any]] ?? []
    let statuses = Dictionary(
      uniqueKeysWithValues: all.compactMap { row -> (String, String)? in
        guard let ref = row["ref"] as? String, let status = row["status"] as? String else { return nil }
        return (ref, status)
      })
    #expect(statuses == ["1.1": "done", "1.2": "partly", "1.3": "not_yet"])
    // Carried forward to their new dates; `friday` counts from the meeting (Thursday 17 December).
    let dues = Dictionary(
      uniqueKeysWithValues: all.compactMap { row -> (String, String)? in
        guard let ref = row["ref"] as? String, let due = row["due"] as? String else { return nil }
        return (ref, due)
      })
    #expect(dues["1.2"] == "2026-12-18")
    #expect(dues["1.3"] == "2027-01-08")
    let stillOpen = try Binary.run(["actions", "--open", "--json"], home: home)
    let openNow = try JSONSerialization.jsonObject(with: stillOpen.stdoutBytes) as? [[String: Any]] ?? []
    #expect(Set(openNow.compactMap { $0["ref"] as? String }) == ["1.2", "1.3"])

    let list = try Binary.run(["list", "--json"], home: home)
    let sessions = try JSONSerialization.jsonObject(with: list.stdoutBytes) as? [[String: Any]] ?? []
    #expect(sessions.count == 2)
    #expect(sessions.last?["completed"] as? Bool == false)
  }
}
