import Foundation
import Testing

/// Each fault of SPEC §6 gives its exit status and one sentence on stderr, and loses nothing.
@Suite struct FaultTests {
  static func temporaryFolder() throws -> String {
    let path = Binary.temporaryHome()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// One sentence, no stack trace: a single line starting with the program's name.
  static func expectOneSentence(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = stderr.split(separator: "\n")
    #expect(lines.count == 1, "stderr: \(stderr)", sourceLocation: sourceLocation)
    #expect(lines.first?.hasPrefix("mentorprep: ") == true, "stderr: \(stderr)", sourceLocation: sourceLocation)
    #expect(lines.first?.hasSuffix(".") == true, "stderr: \(stderr)", sourceLocation: sourceLocation)
  }

  @Test func noSuchSessionIs66() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    for arguments in [["resume"], ["show"], ["export"], ["resume", "9"], ["show", "9"], ["export", "9"]] {
      let result = try Binary.run(arguments, home: home)
      #expect(result.status == 66, "\(arguments)")
      Self.expectOneSentence(result.stderr)
    }
    _ = try Binary.run(["--role", "mentee"], lines: ["Ana", "/quit"], home: home)
    let missing = try Binary.run(["show", "2"], home: home)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("2"))
  }

  @Test func usageErrorsAre64() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    for arguments in [
      ["--bogus"], ["--role", "boss"], ["--now", "yesterday-ish"], ["--phase", "setup"],
      ["export", "--format", "pdf"], ["--email", "not an address"], ["show", "zero"],
    ] {
      let result = try Binary.run(arguments, home: home)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
  }

  @Test func aCorruptedDatabaseIs65AndLeftUntouched() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let database = home + "/mentorprep.sqlite"
    let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
    try garbage.write(to: URL(fileURLWithPath: database))
    for arguments in [["list"], ["--role", "mentee"], ["actions", "--open"]] {
      let result = try Binary.run(arguments, lines: ["Ana"], home: home)
      #expect(result.status == 65, "\(arguments)")
      Self.expectOneSentence(result.stderr)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == garbage)
    #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
  }

  @Test func aSessionOpenInAnotherProcessIs75() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let first = try RunningProcess(["--role", "mentee"], home: home)
    first.send(["Ana Lopez"])
    first.waitForPrompts(2)
    let second = try Binary.run(["resume", "1"], lines: ["Someone else"], home: home)
    #expect(second.status == 75)
    Self.expectOneSentence(second.stderr)
    // Reading is not blocked, and nothing the first process answered was touched.
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("setup.me: Ana Lopez"))
    first.send(["/quit"])
    #expect(first.finish() == 0)
    // Once the first has left (or crashed: the lock dies with the process), resume works.
    let resumed = try Binary.run(["resume", "1"], lines: ["/quit"], home: home)
    #expect(resumed.status == 0)
  }

  @Test func aHomeThatCannotBeCreatedIs74() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try #require(FileManager.default.createFile(atPath: folder + "/file", contents: Data("x".utf8)))
    let result = try Binary.run(["list"], home: folder + "/file/home")
    #expect(result.status == 74)
    Self.expectOneSentence(result.stderr)
  }

  /// Root ignores file modes, so the read-only home is tried as the unprivileged user `nobody`.
  @Test func aReadOnlyHomeIs74AndKeepsWhatWasSaved() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      let home = try Self.temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: home) }
      _ = try Binary.run(["--role", "mentee"], lines: ["Ana", "/quit"], home: home)
      chmod(home, 0o500)
      defer { chmod(home, 0o700) }
      let result = try Binary.run(["--role", "mentee"], lines: ["Ana"], home: home)
      #expect(result.status == 74)
      return
    }
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    chmod(folder, 0o755)
    let home = folder + "/home"
    let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path]
    func run(_ arguments: [String], lines: [String]) throws -> Binary.Result {
      let script = (asNobody + arguments).map { "'\($0)'" }.joined(separator: " ")
      return try Binary.runThroughPipes(
        "/bin/sh", ["-c", "printf '\(lines.joined(separator: "\\n"))\\n' | \(script)"], home: home)
    }
    // The folder the home would go in is not nobody's to write.
    let cannotCreate = try run(["list"], lines: [])
    #expect(cannotCreate.status == 74, "\(cannotCreate.stderr)")
    Self.expectOneSentence(cannotCreate.stderr)

    // A home nobody made, then made read-only with its database.
    chown(folder, 65534, 65534)
    let made = try run(["--role", "mentee"], lines: ["Ana Lopez", "/quit"])
    #expect(made.status == 0, "\(made.stderr)")
    chmod(home, 0o500)
    chmod(home + "/mentorprep.sqlite", 0o400)
    for extra in ["-wal", "-shm"] { chmod(home + "/mentorprep.sqlite" + extra, 0o400) }
    let readOnly = try run(["--role", "mentee"], lines: ["Someone"])
    #expect(readOnly.status == 74, "\(readOnly.stderr)")
    Self.expectOneSentence(readOnly.stderr)
    let resumed = try run(["resume", "1"], lines: ["Sam"])
    #expect(resumed.status == 74, "\(resumed.stderr)")
    chmod(home, 0o700)
    chmod(home + "/mentorprep.sqlite", 0o600)
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("setup.me: Ana Lopez"), "\(shown.stdout)\(shown.stderr)")
  }

  @Test func aMissingBankFolderIs66AndABrokenOneIs65() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let missing = try Binary.run(["--bank", home + "/nowhere"], home: home)
    #expect(missing.status == 66)
    Self.expectOneSentence(missing.stderr)

    let bank = home + "/bank"
    try FileManager.default.createDirectory(atPath: bank, withIntermediateDirectories: true)
    try "phase: setup\nstates:\n  - id: setup.who\n    titel: Who\n".write(
      toFile: bank + "/setup.yaml", atomically: true, encoding: .utf8)
    let broken = try Binary.run(["--bank", bank], home: home)
    #expect(broken.status == 65)
    #expect(
      broken.stderr.contains("\(bank)/setup.yaml:4:5: error: unknown key 'titel' in a state; did you mean 'title'?"))
    // The way on names the folder: plain `banks lint` checks the built-in bank.
    #expect(broken.stderr.contains("run `mentorprep banks lint \(bank)` again."), "\(broken.stderr)")
    let lint = try Binary.run(["banks", "lint", bank], home: home)
    #expect(lint.status == 65)
    #expect(lint.stdout.contains("setup.yaml:4:5: error: unknown key 'titel'"))
    #expect(lint.stderr == "mentorprep: 1 of 1 bank folder failed the check; fix the problems listed above.\n")
  }

  @Test func pipedInputThatEndsEarlyIs3WithHowToContinue() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let cut = try Binary.run(["--role", "mentee"], lines: ["Ana Lopez"], home: home)
    #expect(cut.status == 3)
    #expect(
      cut.stderr
        == "mentorprep: The input ended before the conversation did; session 1 is saved, so continue it with `mentorprep resume 1`.\n"
    )
  }

  /// `show` with the built-in bank still lists the answers of a session held with a bank of
  /// one's own: those the built-in bank lacks under a heading of their own.
  @Test func showListsAnswersTheBankDoesNotHave() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let bank = home + "/bank"
    try FileManager.default.copyItem(atPath: Binary.packageRoot.appendingPathComponent("prompts").path, toPath: bank)
    let setup = bank + "/setup.yaml"
    let text = try String(contentsOfFile: setup, encoding: .utf8)
    let extra = """
            - id: setup.pronouns
              optional: true
              ask: "Which pronouns should {partner} use for you?"
            - id: setup.partner

      """
    try text.replacingOccurrences(of: "      - id: setup.partner\n", with: extra).write(
      toFile: setup, atomically: true, encoding: .utf8)
    let started = try Binary.run(
      ["--bank", bank, "--role", "mentee"], lines: ["Ana Lopez", "she/her", "/quit"], home: home)
    #expect(started.status == 0, "\(started.stderr)")
    let shown = try Binary.run(["show"], home: home)
    #expect(shown.stdout.contains("Not in this question bank\n  setup.pronouns: she/her"), "\(shown.stdout)")
  }

  /// A session started with a bank folder is continued with the same folder, and every way on
  /// the program suggests says so.
  @Test func howToContinueNamesTheBankFolderItWasStartedWith() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let bank = Binary.packageRoot.appendingPathComponent("prompts").path
    let cut = try Binary.run(["--bank", bank, "--role", "mentee"], lines: ["Ana Lopez"], home: home)
    #expect(cut.status == 3)
    #expect(cut.stderr.contains("continue it with `mentorprep resume 1 --bank \(bank)`."), "\(cut.stderr)")
    let quit = try Binary.run(["resume", "1", "--bank", bank], lines: ["/quit"], home: home)
    #expect(quit.stdout.contains("Saved. Continue any time with `mentorprep resume --bank \(bank)`."), "\(quit.stdout)")
  }

  @Test func resumingWithBanksThatLackTheSessionsIdsIsRefused() throws {
    let home = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let bank = home + "/bank"
    try FileManager.default.createDirectory(atPath: bank, withIntermediateDirectories: true)
    try """
    phase: setup
    states:
      - id: setup.custom
        title: Custom
        questions:
          - id: custom.first
            ask: First?
          - id: custom.second
            ask: Second?
        next:
          - goto: end
    """.write(toFile: bank + "/setup.yaml", atomically: true, encoding: .utf8)
    let started = try Binary.run(["--bank", bank], lines: ["one"], home: home)
    #expect(started.status == 3)
    let refused = try Binary.run(["resume"], lines: ["two"], home: home)
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("custom"))
    Self.expectOneSentence(refused.stderr)
    let resumed = try Binary.run(["resume", "--bank", bank], lines: ["two"], home: home)
    #expect(resumed.status == 0, "\(resumed.stderr)")
  }
}
