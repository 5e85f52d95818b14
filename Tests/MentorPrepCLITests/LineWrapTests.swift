import Testing

@testable import MentorPrepCLI

/// Lines wrapped at the terminal's width: at spaces only, nothing lost, list items hung.
@Suite struct LineWrapTests {
  @Test func aLongLineBreaksAtSpacesAndLosesNothing() {
    let line = "Which way forward did you settle on, and what is the first step towards it this week?"
    let lines = LineWrap.lines(line, width: 30)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.joined(separator: " ") == line)
  }

  @Test func continuationLinesHangUnderTheTextOfAListItem() {
    let lines = LineWrap.lines("  12. Ask the team lead for the facilitator slot before the January review", width: 40)
    #expect(lines[0] == "  12. Ask the team lead for the")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
    let bullet = LineWrap.lines("- Send Ana two example review agendas by Wednesday 25 November", width: 30)
    #expect(bullet.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
  }

  @Test func aWordLongerThanTheLineIsKeptWhole() {
    let link = "https://example.org/a-very-long-path/that/does/not/fit/on/one/line"
    let lines = LineWrap.lines("Read \(link) before Friday", width: 30)
    #expect(lines == ["Read", link, "before Friday"])
  }

  @Test func aLineThatFitsAndANarrowTerminalAreLeftWhole() {
    #expect(LineWrap.lines("Short enough", width: 80) == ["Short enough"])
    let long = String(repeating: "word ", count: 10)
    #expect(LineWrap.lines(long, width: 10) == [long])
  }

  @Test func runsOfSpacesInsideTheTextAreKept() {
    let line = "Me:  email, replies within two days.  Ana: Slack on weekdays, never at weekends."
    #expect(LineWrap.lines(line, width: 40).joined(separator: " ") == line)
  }
}
