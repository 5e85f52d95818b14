import ArgumentParser
import Testing

@testable import MentorPrepCLI

/// The command line is parsed without swift-argument-parser's completion-script pass and
/// without reflecting over the default command for every other one (a third of a first
/// prompt's instructions); what only the full root answers still goes to it.
@Suite struct DirectCommandLineTests {
  static func direct(_ arguments: [String]) -> (any MentorPrepRunnable)? {
    DirectCommandLine.command(MentorPrepCommand.arranged(MentorPrepCommand.named(arguments)))
  }

  @Test func theDirectRootSkipsTheCompletionPassAndTheDefaultCommand() {
    #expect(DirectCommandLine.configuration._superCommandName != nil)
    #expect(DirectCommandLine.configuration.defaultSubcommand == nil)
    #expect(MentorPrepCommand.configuration._superCommandName == nil)
    #expect(MentorPrepCommand.configuration.defaultSubcommand == StartCommand.self)
  }

  @Test(arguments: [
    (["--role", "mentee"], "StartCommand"),
    (["--home", "/tmp/h", "--role", "mentor", "--depth", "quick"], "StartCommand"),
    (["start", "--with", "Sam"], "StartCommand"),
    (["--home", "/tmp/h", "list"], "ListCommand"),
    (["list", "--json"], "ListCommand"),
    (["resume", "2", "--phase", "after"], "ResumeCommand"),
    (["actions", "done", "1.1"], "ActionsCommand"),
    (["banks", "lint"], "Lint"),
    (["search", "interview", "--all"], "SearchCommand"),
  ])
  func commandsAreParsedDirectly(arguments: [String], command: String) throws {
    let parsed = try #require(Self.direct(arguments))
    #expect("\(type(of: parsed))" == command)
  }

  /// Each of these is the full root's to answer (help, the version, a completion script, an
  /// error with its usage line), so the direct parse gives nothing.
  @Test(arguments: [
    ["--help"], ["-h"], ["help"], ["list", "--help"], ["--version"],
    ["--generate-completion-script", "bash"], ["--bogus"], ["list", "extra"], ["banks"],
    ["start", "--role", "nobody"],
  ])
  func whatOnlyTheRootAnswersIsNotParsedDirectly(arguments: [String]) {
    #expect(Self.direct(arguments) == nil)
  }

  @Test func theArgumentsNameStartWhenTheyNameNoCommand() {
    #expect(MentorPrepCommand.named(["--role", "mentee"]) == ["start", "--role", "mentee"])
    #expect(MentorPrepCommand.named(["--home", "h", "list"]) == ["--home", "h", "list"])
    #expect(MentorPrepCommand.named([]) == ["start"])
  }
}
