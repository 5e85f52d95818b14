import Foundation
import Testing

/// The command line as people type it (SPEC §2): short options, the `md` name, mistyped
/// commands, and hints that work when pasted.
@Suite struct CommandLineTests {
  @Test func exportTakesShortOutputOptionAndMdFormat() throws {
    let home = try ExportEndToEndTests.completedHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let file = home + "/x.txt"
    let short = try Binary.run(["export", "-o", file], home: home)
    #expect(short.status == 0, "\(short.stderr)")
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Subject: "))

    let markdown = try Binary.run(["export", "--format", "markdown"], home: home)
    let md = try Binary.run(["export", "--format", "md"], home: home)
    #expect(md.status == 0, "\(md.stderr)")
    #expect(md.stdout == markdown.stdout)
    #expect(!md.stdout.isEmpty)
  }

  @Test(arguments: [["lsit"], ["--home", "/nonexistent/h", "lsit"], ["exprot", "1"]])
  func mistypedCommandGetsDidYouMean(arguments: [String]) throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(arguments, home: home)
    let meant = arguments.contains("exprot") ? "export" : "list"
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "mentorprep: There is no command '\(arguments[arguments.count - (meant == "export" ? 2 : 1)])'; did you mean '\(meant)'?\n"
    )
    #expect(!FileManager.default.fileExists(atPath: "/nonexistent/h"))
  }

  @Test func bankLintOfMissingFolderNamesTheFolder() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(["banks", "lint", "/no/such/dir"], home: home)
    #expect(result.status == 66)
    #expect(result.stderr.contains("/no/such/dir"))
    #expect(!result.stderr.contains("--bank"))
  }

  @Test func followUpHintCarriesHomeWhenNotTheDefault() throws {
    let defaultHome = Binary.temporaryHome()
    let other = Binary.temporaryHome() + " other's"
    defer {
      try? FileManager.default.removeItem(atPath: defaultHome)
      try? FileManager.default.removeItem(atPath: other)
    }
    let given = try Binary.run(
      ["--home", other, "--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: defaultHome)
    #expect(given.status == 0, "\(given.stderr)")
    let quoted = "'" + other.replacingOccurrences(of: "'", with: "'\\''") + "'"
    #expect(given.stdout.contains("Send it: `mentorprep export 1 --home \(quoted) --format eml"))

    let usual = try Binary.run(["--role", "mentee"], lines: SessionMemoryTests.menteeInput, home: defaultHome)
    #expect(usual.stdout.contains("Send it: `mentorprep export 1 --format eml"))
  }

  @Test func topLevelHelpWrapsAtEightyColumns() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(["--help"], home: home, environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { $0.count <= 80 })
    // A paragraph is wrapped by the parser, never broken early by hand.
    #expect(result.stdout.contains("Every answer is saved as\nyou go; mentorprep resume continues"))
  }
}

/// `export --format intro` of a session that has no introduction (SPEC §5).
@Suite struct IntroductionExportTests {
  @Test func aLaterSessionNamesTheFirstSessionWithTheCommandToExportIt() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let later = try Binary.run(["export", "4", "--format", "intro"], home: home)
    #expect(later.status == 64)
    #expect(later.stderr.contains("Session 4 is not a first session"), "\(later.stderr)")
    #expect(later.stderr.contains("`mentorprep export 1 --format intro"), "\(later.stderr)")
    #expect(later.stdout.isEmpty)
  }

  @Test func aFirstSessionWithoutItsIntroductionSaysToAnswerIt() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], input: Data("Ana Lopez\n/quit\n".utf8), home: home)
    let first = try Binary.run(["export", "1", "--format", "intro"], home: home)
    #expect(first.status == 64)
    #expect(first.stderr.contains("Session 1 has no introduction yet"), "\(first.stderr)")
  }
}
