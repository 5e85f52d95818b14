import Testing

@testable import MentorPrepCore

/// Reading a typed `/` line as a command, and `/help` written from the commands themselves.
@Suite struct SlashCommandTests {
  @Test func theFirstWordNamesTheCommandInAnyCaseAndTheRestAreItsArguments() {
    #expect(SlashCommand.parse("/EDIT  purpose.success") == .command(.edit, arguments: ["purpose.success"]))
    #expect(SlashCommand.parse("/export ics next.ics") == .command(.export, arguments: ["ics", "next.ics"]))
    #expect(SlashCommand.parse("/where") == .command(.whereAmI, arguments: []))
    #expect(SlashCommand.parse("/exit") == .command(.quit, arguments: []))
  }

  @Test func aWordThatNamesNoCommandIsUnknown() {
    #expect(SlashCommand.parse("/Hlep me") == .unknown("hlep"))
    #expect(SlashCommand.parse("/") == .unknown(""))
  }

  @Test(arguments: SlashCommand.allCases)
  func eachCommandIsTypedAsItsUsageShows(command: SlashCommand) {
    #expect(command.usage.hasPrefix("/" + command.rawValue))
    #expect(!command.summary.isEmpty)
    guard case .command(let parsed, _) = SlashCommand.parse(command.usage) else {
      Issue.record("\(command.usage) is not read as a command")
      return
    }
    #expect(parsed == command)
  }

  @Test func helpShowsEveryCommandAlignedInTheOrderTheyAreDeclared() throws {
    var dialogue = try DialogueCommandTests.atGoalsMain()
    let lines = dialogue.type("/help").lines
    let listed = lines.drop { $0 != "Commands:" }.dropFirst().prefix(SlashCommand.allCases.count)
    #expect(
      listed.map { $0.split(separator: " ").first.map(String.init) } == SlashCommand.allCases.map { "/" + $0.rawValue })
    let summaryColumns = zip(listed, SlashCommand.allCases).map { line, command in
      line.hasSuffix("  " + command.summary) ? line.count - command.summary.count : -1
    }
    #expect(Set(summaryColumns).count == 1 && !summaryColumns.contains(-1))
    #expect(
      lines.contains("  /export [FORMAT] [FILE]  write the session out (json, text, markdown, eml, ics, agenda, intro)")
    )
  }
}
