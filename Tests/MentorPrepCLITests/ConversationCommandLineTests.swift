import ArgumentParser
import Testing

@testable import MentorPrepCLI

/// A plain `start` or `resume` is read by hand, without swift-argument-parser (17 M of the 27 M
/// instructions of a first prompt in an existing home): the hand reader must give exactly the
/// command the parser gives, and leave everything else to it.
@Suite struct ConversationCommandLineTests {
  /// What the hand reader makes of `arguments`, as `MentorPrepCommand.run` hands them to it.
  static func byHand(_ arguments: [String]) -> (any MentorPrepRunnable)? {
    ConversationCommandLine.command(MentorPrepCommand.arranged(MentorPrepCommand.named(arguments)))
  }

  /// Every value the command holds, its option groups' included (an option left unset shows
  /// as `*definition*`).
  static func values(_ command: any ParsableCommand) -> String {
    "\(type(of: command)): \(command)"
  }

  static let plain: [[String]] = [
    [],
    ["--role", "mentee"],
    ["--role=mentor", "--depth", "quick"],
    ["--home", "some/home", "--role", "mentee"],
    ["--home=some/home", "--no-color", "--role", "mentee"],
    ["--no-color", "--now", "2026-11-20 09:00", "start"],
    ["start", "--with", "Sam Lee", "--me", "Ana", "--email", "sam@example.org"],
    ["start", "--with=Sam", "--depth=full", "--phase", "after"],
    [
      "start", "--phase", "during", "--bank", "my-banks", "--transcript", "t.txt", "--force",
      "--plain", "--no-color", "--now", "2026-11-20 09:00", "--home", "some/home",
    ],
    ["resume"],
    ["resume", "2"],
    ["resume", "last", "--phase", "during"],
    ["--home", "some/home", "resume", "3", "--plain"],
    ["--home", "some/home", "--now", "2026-11-20 09:00", "resume"],
    ["resume", "--now=2026-11-20 09:00", "4"],
    ["resume", "--transcript", "out.txt", "--force", "--bank=banks", "12"],
  ]

  /// Help, the version, completion scripts, errors with their usage lines, and the unusual
  /// forms: the parser's to read.
  static let leftToTheParser: [[String]] = [
    ["--help"], ["-h"], ["help"], ["start", "--help"], ["resume", "-h"], ["resume", "help"],
    ["--version"], ["start", "--version"], ["--generate-completion-script", "bash"],
    ["start", "--generate-completion-script", "zsh"], ["list"], ["banks", "lint"],
    ["start", "--role", "nobody"], ["start", "--role"], ["--role", "mentee", "--role", "mentor"],
    ["start", "--me", ""], ["start", "--me", "   "], ["start", "--with="], ["start", "--email", "nope"],
    ["start", "--force"], ["start", "--now", "yesterday"], ["start", "--phase", "setup"],
    ["start", "extra"], ["start", "--", "--role"], ["start", "-x"], ["start", "--me", "-x"],
    ["start", "--plain=yes"], ["start", "--plain", "--plain"], ["resume", "0"], ["resume", "-1"],
    ["resume", "1", "2"], ["resume", "--bogus"], ["resume", "--role", "mentee"],
    ["resume", "--phase"], ["resume", "--phase", "setup"],
  ]

  @Test(arguments: plain)
  func plainCommandLinesAreReadByHandAsTheParserReadsThem(arguments: [String]) throws {
    let byHand = try #require(Self.byHand(arguments))
    let parsed = try MentorPrepCommand.parseAsRoot(MentorPrepCommand.arranged(arguments))
    #expect(Self.values(byHand) == Self.values(parsed))
    #expect(!Self.values(byHand).contains("definition"))
  }

  @Test(arguments: leftToTheParser)
  func everyOtherCommandLineIsLeftToTheParser(arguments: [String]) {
    #expect(Self.byHand(arguments) == nil)
  }

  /// `run` takes the hand reader for the command lines a person waits on.
  @Test func aConversationIsStartedAndResumedWithoutTheParser() throws {
    for arguments in [
      ["--role", "mentee", "--home", "some/home"], ["resume"], ["resume", "2", "--home", "some/home"],
    ] {
      #expect(try MentorPrepCommand.parsed(arguments).reader == .conversation)
    }
    #expect(try MentorPrepCommand.parsed(["list"]).reader == .direct)
    // A repeated option is the parser's (the last one counts).
    #expect(try MentorPrepCommand.parsed(["resume", "--phase", "after", "--phase", "before"]).reader == .direct)
    #expect(try MentorPrepCommand.parsed(["help"]).reader == .root)
  }

  /// A command's own status ends the process as it is, without the parser building its usage
  /// text (twice) for a message that is empty.
  @Test func aCommandsStatusEndsTheProcessWithoutTheParsersMessage() {
    #expect(MentorPrepCommand.ending(for: ExitCode(3)) == .status(3))
    #expect(MentorPrepCommand.ending(for: ExitCode(75)) == .status(75))
    guard case .message(let text, let status) = MentorPrepCommand.ending(for: ValidationError("--me needs a name."))
    else {
      Issue.record("a usage error is the parser's to write")
      return
    }
    #expect(status == 64)
    #expect(text.text.contains("--me needs a name."))
  }
}
