import Foundation
import Testing

/// `actions done|drop REF...` settles actions between meetings: the next review leaves them out.
@Suite struct ActionSettlingTests {
  static func statuses(home: String, open: Bool = false) throws -> [String: String] {
    let result = try Binary.run(["actions", "--json"] + (open ? ["--open"] : []), home: home)
    let rows = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]] ?? []
    return Dictionary(
      uniqueKeysWithValues: rows.compactMap { row -> (String, String)? in
        guard let ref = row["ref"] as? String, let status = row["status"] as? String else { return nil }
        return (ref, status)
      })
  }

  static func texts(home: String) throws -> [String: String] {
    let result = try Binary.run(["actions", "--json"], home: home)
    let rows = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]] ?? []
    return Dictionary(
      uniqueKeysWithValues: rows.compactMap { row -> (String, String)? in
        guard let ref = row["ref"] as? String, let text = row["text"] as? String else { return nil }
        return (ref, text)
      })
  }

  @Test func actionsSettledBetweenMeetingsAreNotReviewedAgain() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: home)
    #expect(first.status == 0)

    let listed = try Binary.run(["actions", "--json"], home: home)
    let rows = try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]] ?? []
    let droppedText = try #require(rows.first { $0["ref"] as? String == "1.2" }?["text"] as? String)
    #expect(try Binary.run(["export", "1", "--format", "text"], home: home).stdout.contains(droppedText))
    // One vocabulary: snake_case keys, no camelCase.
    #expect(rows.first?["owner_name"] != nil && rows.first?["ownerName"] == nil)

    let done = try Binary.run(["actions", "done", "1.1"], home: home)
    #expect(done.status == 0, "\(done.stderr)")
    let dropped = try Binary.run(["actions", "drop", "1.2"], home: home)
    #expect(dropped.status == 0, "\(dropped.stderr)")
    #expect(try Self.statuses(home: home, open: true).keys.sorted() == ["1.3"])
    // A dropped action is restated in no follow-up and no calendar.
    for format in ["text", "eml", "ics"] {
      let export = try Binary.run(["export", "1", "--format", format], home: home)
      #expect(export.status == 0)
      #expect(!export.stdout.contains(droppedText), "\(format)")
    }

    let unknown = try Binary.run(["actions", "done", "9.9"], home: home)
    #expect(unknown.status == 66)
    #expect(unknown.stderr.contains("There is no action 9.9"))
    let badForm = try Binary.run(["actions", "drop", "first"], home: home)
    #expect(badForm.status == 64)
    let noRefs = try Binary.run(["actions", "done"], home: home)
    #expect(noRefs.status == 64)

    let second = try Binary.run(
      ["start", "--role", "mentee", "--with", "sam rivera", "--phase", "during"],
      lines: [
        // Name; last time's depth and agreed date taken with Enter; the stage.
        "Ana Lopez", "", "", "cultivation",
        "Busy month, but good.",
        // The one action still open: dropped, so nothing is asked about what was learned.
        "dropped",
        "/quit",
      ], home: home)
    #expect(second.status == 0, "\(second.stderr)")
    let sessions =
      try JSONSerialization.jsonObject(
        with: try Binary.run(["list", "--json"], home: home).stdoutBytes) as? [[String: Any]] ?? []
    #expect(sessions.map { $0["session"] as? Int } == [1, 2])
    #expect(sessions.allSatisfy { $0["created_at"] != nil && $0["createdAt"] == nil })
    #expect(second.stdout.contains("Action 1 of 1 (1.3)"))
    #expect(!second.stdout.contains("(1.1)"))
    // Each action settled since the first meeting is recalled once, before the review.
    let settled = try Self.texts(home: home)
    let recalled = second.stdout.split(separator: "\n").filter { $0.hasSuffix("since last time") }
    #expect(
      recalled == [
        "1.1 \(settled["1.1"]!) — done since last time", "1.2 \(settled["1.2"]!) — dropped since last time",
      ])
    #expect(
      second.stdout.range(of: "since last time")!.lowerBound < second.stdout.range(of: "Action 1 of 1")!.lowerBound)
    #expect(try Self.statuses(home: home) == ["1.1": "done", "1.2": "dropped", "1.3": "dropped"])
  }

  @Test func anActionDroppedAfterTheMeetingStaysDroppedAndIsRestatedNowhere() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    // The walkthrough keeps its first action (1.1) after the meeting; here it is dropped.
    var input = SessionMemoryTests.menteeInput
    let changes = try #require(input.firstIndex(of: "2 in 2 weeks"))
    input.insert("1 drop", at: changes)
    let first = try Binary.run(["--role", "mentee"], lines: input, home: home)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try Self.statuses(home: home) == ["1.1": "dropped", "1.2": "open", "1.3": "open"])
    #expect(try Self.statuses(home: home, open: true).keys.sorted() == ["1.2", "1.3"])
    let text = try #require(try Self.texts(home: home)["1.1"])
    for format in ["text", "eml", "ics"] {
      #expect(!(try Binary.run(["export", "1", "--format", format], home: home).stdout.contains(text)), "\(format)")
    }
    // Saving the session again (a resumed edit) keeps the drop.
    let edited = try Binary.run(["resume", "1", "--phase", "after"], lines: ["/quit"], home: home)
    #expect(edited.status == 0, "\(edited.stderr)")
    #expect(try Self.statuses(home: home)["1.1"] == "dropped")
    // The next meeting does not review it, nor recall it as settled since.
    let second = try Binary.run(
      ["start", "--role", "mentee", "--with", "sam rivera", "--phase", "during"],
      lines: ["Ana Lopez", "", "", "cultivation", "Fine.", "/quit"], home: home)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Action 1 of 2 (1.2)"))
    #expect(!second.stdout.contains("since last time"))

    // Taking the drop back reopens it.
    let undone = try Binary.run(
      ["resume", "1", "--phase", "after"], lines: ["/edit commitment.choice#1.1", "keep", "/quit"], home: home)
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(try Self.statuses(home: home)["1.1"] == "open")
  }
}
