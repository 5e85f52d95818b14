import Foundation
import Testing

/// Hostile answers, hostile banks and a machine that runs out of room: the binary never
/// crashes, never echoes a control character raw, refuses what it cannot take with one sentence
/// and SPEC §6's status, and never leaves anything half written.
@Suite struct HardeningTests {
  // MARK: - Answers

  @Test func invalidUTF8BecomesReplacementCharactersAndTheSessionGoesOn() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    var input = Data("Ana ".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(" Lopez\nSam Rivera\n".utf8)
    input += Data([0xE2, 0x82, 0x0A])  // a character cut short, then the line ends
    let result = try Binary.run(["--role", "mentee"], input: input, home: home)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stdout.contains("> Ana \u{FFFD}\u{FFFD}\u{FFFD} Lopez\n"))
    #expect(result.stdout.contains("What is Sam Rivera's email address?"))
    #expect(String(decoding: result.stdoutBytes, as: UTF8.self).utf8.elementsEqual(result.stdoutBytes))
    FaultTests.expectOneSentence(result.stderr)
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("setup.me: Ana \u{FFFD}\u{FFFD}\u{FFFD} Lopez"), "\(shown.stdout)")
  }

  @Test func aOneMegabyteLineIsRefusedWithOneSentenceAndAskedAgain() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let long = String(repeating: "a", count: 1 << 20)
    let result = try Binary.run(["--role", "mentee"], lines: [long, "Ana Lopez"], home: home)
    #expect(result.status == 3, "\(result.stderr.prefix(300))")
    FaultTests.expectOneSentence(result.stderr)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.filter { $0 == "What is your name?" }.count == 2)
    // After the line read comes one sentence, then the same question.
    let echoed = try #require(lines.firstIndex { $0.hasPrefix("> aaaa") })
    let reason = lines[echoed + 1]
    #expect(reason.count < 200 && reason.hasSuffix("."), "\(reason)")
    #expect(lines[echoed + 2] == "What is your name?")
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("setup.me: Ana Lopez\n"))
    #expect(!shown.stdout.contains("aaaaaaaa"))
  }

  @Test func aNULInAnAnswerIsRefusedAndAskedAgainWithNothingStored() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(["--role", "mentee"], lines: ["Ana\0Lopez", "\0", "Ana Lopez", "Sam"], home: home)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(!result.stdoutBytes.contains(0))
    #expect(result.stdout.contains("> Ana\\x00Lopez\n"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.filter { $0 == "What is your name?" }.count == 3)
    #expect(lines.filter { $0.contains("NUL") }.count == 2)
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("setup.me: Ana Lopez\n"))
    #expect(!shown.stdout.contains("x00"))
  }

  @Test func escapeSequencesInAnswersAreNeverEchoedRaw() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    // Colour, a window title, clear screen; a C1 CSI (U+009B); a bidirectional override.
    let name = "\u{1B}[31mAna\u{1B}]0;pwned\u{07}\u{1B}[2J"
    let partner = "Sam\u{9B}1m \u{202E}reviR"
    let result = try Binary.run(["--role", "mentee"], lines: [name, partner], home: home)
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stdout.contains("> \\e[31mAna\\e]0;pwned\\x07\\e[2J\n"))
    let outputs = [
      result.stdoutBytes,
      try Binary.run(["show", "1"], home: home).stdoutBytes,
      try Binary.run(["list"], home: home).stdoutBytes,
    ]
    for output in outputs {
      #expect(!output.contains(0x1B), "a raw ESC reached stdout")
      #expect(!output.contains(0x07), "a raw BEL reached stdout")
      let text = String(decoding: output, as: UTF8.self)
      #expect(!text.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
    }
  }

  @Test func onlySpacesForARequiredQuestionIsAskedAgain() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let result = try Binary.run(["--role", "mentee"], lines: ["   ", " \t  ", "Ana"], home: home)
    #expect(result.status == 3, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.filter { $0 == "What is your name?" }.count == 3)
    let shown = try Binary.run(["show", "1"], home: home)
    #expect(shown.stdout.contains("setup.me: Ana\n"))
  }

  // MARK: - Banks

  static let hostileBanks: [(name: String, text: String)] = [
    (
      "flow nesting 100,000 deep",
      "phase: setup\nstates: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
    ),
    (
      "block nesting 300 deep",
      "phase: setup\nstates:\n" + (1..<300).map { String(repeating: "  ", count: $0) + "-\n" }.joined()
    ),
    ("billion laughs", Self.billionLaughs),
  ]

  static var billionLaughs: String {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    let names = "abcdefghij".map(String.init)
    for (previous, name) in zip(names, names.dropFirst()) {
      lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
    }
    return lines.joined(separator: "\n") + "\nphase: setup\nstates: *j\n"
  }

  /// Refused with exit 65 and `FILE:LINE:COLUMN: error: …`, in little memory: an expanded bomb or
  /// a recursive composer on deep nesting would take gigabytes or the stack.
  @Test(arguments: hostileBanks.indices)
  func aHostileBankIsRefusedWithItsPlaceInBoundedMemory(_ index: Int) throws {
    let (name, text) = Self.hostileBanks[index]
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/setup.yaml"))
    let lint = try Self.spawn(["banks", "lint", folder], home: folder + "/home")
    #expect(lint.status == 65, "\(name): \(lint.stdout.prefix(300))")
    let line = lint.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(line.hasPrefix(folder + "/setup.yaml:"), "\(name): \(line)")
    #expect(line.wholeMatch(of: #/.+/setup\.yaml:\d+:\d+: error: .+/#) != nil, "\(name): \(line)")
    #expect(line.contains(index == 2 ? "anchors and aliases" : "nests deeper than"), "\(name): \(line)")
    #expect(lint.stderr.hasPrefix("mentorprep: ") && !lint.stderr.contains("Fatal error"))
    #expect(try lint.peakKB < Self.peakFloorKB() + 150 * 1024, "\(name): peak \(lint.peakKB) KB")
    print("HardeningTests: \(name) refused in \(Self.milliseconds(lint.seconds)), peak \(lint.peakKB / 1024) MB")

    // The dialogue's own loading refuses it the same way.
    let started = try Self.spawn(["--bank", folder, "--role", "mentee"], home: folder + "/home")
    #expect(started.status == 65, "\(name): \(started.stderr.prefix(300))")
    #expect(try started.peakKB < Self.peakFloorKB() + 150 * 1024)
  }

  /// The peak a trivial run reports, measured after the run it is compared with. On Linux a
  /// spawned process's peak starts from the test runner's own high-water mark (posix_spawn's
  /// child shares the runner's address space until it execs), which only grows: so this floor is
  /// at least what the earlier run inherited, and a run that itself took more memory exceeds it.
  static func peakFloorKB() throws -> Int {
    try spawn(["--version"], home: try folder() + "/home").peakKB
  }

  // MARK: - A full disk

  /// SQLite meets the file size limit part way through; what was committed stays, and the
  /// session resumes.
  @Test func aDiskFillingDuringTheConversationIs74AndKeepsWhatWasSaved() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let input = try Data(contentsOf: Self.walkthrough)
    // A store first made in full, so that the limit is met saving answers, not creating it.
    _ = try Binary.run(["--role", "mentee"], lines: ["Someone", "/quit"], home: home)
    let limited = try Self.spawn(["--role", "mentee"], input: input, home: home, fileSizeLimitKB: 450)
    #expect(limited.status == 74, "\(limited.stderr)")
    FaultTests.expectOneSentence(limited.stderr)
    #expect(limited.stdout.components(separatedBy: "\n> ").count > 5, "the limit was met too early")

    let shown = try Binary.run(["show", "2"], home: home)
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("setup.me: Ana Lopez"))
    let resumed = try Binary.run(["resume", "2"], home: home)
    #expect(resumed.status == 3, "\(resumed.stderr)")
    #expect(try Binary.run(["list"], home: home).status == 0)
  }

  @Test func aDiskFillingDuringAnExportIs74AndLeavesNoPartOfAFile() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    // Long answers, so the export is larger than the limit while the store's work is not.
    let lines = try String(decoding: Data(contentsOf: Self.walkthrough), as: UTF8.self)
      .components(separatedBy: "\n").map { line in
        guard line.count > 40, !line.hasPrefix("/"), !line.contains("@"), !line.contains(" by ") else { return line }
        return String(repeating: line + " ", count: 4000 / (line.count + 1)).trimmingCharacters(in: .whitespaces)
      }
    let conversation = try Binary.run(
      ["--role", "mentee"], input: Data(lines.joined(separator: "\n").utf8), home: home)
    #expect(conversation.status == 0, "\(conversation.stderr)")
    let size = try Binary.run(["export", "--format", "markdown"], home: home).stdoutBytes.count
    #expect(size > 80 * 1024)

    let out = home + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let file = out + "/session.md"
    let toFile = try Self.spawn(
      ["export", "--format", "markdown", "--output", file], home: home, fileSizeLimitKB: 48)
    #expect(toFile.status == 74, "\(toFile.stderr)")
    FaultTests.expectOneSentence(toFile.stderr)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty, "a partial or temporary file was left")

    try Data("the earlier export\n".utf8).write(to: URL(fileURLWithPath: file))
    let forced = try Self.spawn(
      ["export", "--format", "markdown", "--output", file, "--force"], home: home, fileSizeLimitKB: 48)
    #expect(forced.status == 74, "\(forced.stderr)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "the earlier export\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["session.md"])

    let toStdout = try Self.spawn(["export", "--format", "markdown"], home: home, fileSizeLimitKB: 48)
    #expect(toStdout.status == 74, "\(toStdout.stderr.prefix(500))")
    FaultTests.expectOneSentence(toStdout.stderr)
  }

  /// Needs root to mount a 16 KB tmpfs; skipped otherwise.
  @Test(.enabled(if: getuid() == 0)) func aTranscriptOnAFullDiskIsGivenUpAndTheConversationGoesOn() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let small = home + "/small"
    try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
    guard try Self.spawnTool("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", small]) == 0 else {
      print("HardeningTests: mount unavailable; the full-disk transcript is not tried")
      return
    }
    defer { _ = try? Self.spawnTool("/bin/umount", [small]) }
    let long = (0..<40).map { "Line \($0) " + String(repeating: "of a long answer ", count: 40) }
    let input = ["Ana Lopez", "Sam Rivera", "", "", "yes", "2026-11-26 15:00", "1"] + long
    let result = try Self.spawn(
      ["--role", "mentee", "--transcript", small + "/transcript.txt"],
      input: Data((input.joined(separator: "\n") + "\n").utf8), home: home + "/home")
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains("transcript"))
    #expect(!result.stderr.contains("Fatal error"))
    let shown = try Binary.run(["show", "1"], home: home + "/home")
    #expect(shown.stdout.contains("setup.partner: Sam Rivera"))
  }

  @Test func anExportToAFolderThatDoesNotExistIs66() throws {
    let home = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: home) }
    _ = try Binary.run(["--role", "mentee"], lines: ["Ana", "/quit"], home: home)
    let missing = home + "/no/such/folder/out.md"
    let result = try Binary.run(["export", "--format", "markdown", "--output", missing], home: home)
    #expect(result.status == 66, "\(result.stderr)")
    FaultTests.expectOneSentence(result.stderr)
    #expect(!FileManager.default.fileExists(atPath: home + "/no"))
  }

  // MARK: - Running the binary

  static let walkthrough = Binary.packageRoot
    .appendingPathComponent("Tests/EndToEndTests/Walkthroughs/mentee-first-session/1.input")

  static func folder() throws -> String {
    let path = Binary.temporaryHome()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func milliseconds(_ seconds: Double) -> String {
    String(format: "%.0f ms", seconds * 1000)
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Peak resident memory of this one process, from wait4; see `peakFloorKB` for what it
    /// includes on Linux.
    var peakKB: Int
    var seconds: Double
  }

  /// Runs the binary with `posix_spawn` and reaps it with `wait4`, for the peak memory of that
  /// process alone (tests run in parallel, so RUSAGE_CHILDREN would mix them), optionally under
  /// a file size limit with SIGXFSZ ignored, so a write past it fails with EFBIG as on a full
  /// disk.
  static func spawn(
    _ arguments: [String], input: Data = Data(), home: String, fileSizeLimitKB: Int? = nil
  ) throws -> Run {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try input.write(to: URL(fileURLWithPath: folder + "/stdin"))
    var argv = [Binary.url.path] + arguments
    var executable = Binary.url.path
    if let fileSizeLimitKB {
      executable = "/bin/bash"
      argv = ["/bin/bash", "-c", "trap '' XFSZ; ulimit -f \(fileSizeLimitKB) && exec \"$@\"", "bash"] + argv
    }
    let environment = Binary.environment(home: home).map { "\($0.key)=\($0.value)" }
    let started = Date()
    let (status, usage) = try run(executable, argv, environment: environment, folder: folder)
    return Run(
      status: status,
      stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/stdout")), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/stderr")), as: UTF8.self),
      peakKB: usage.ru_maxrss, seconds: Date().timeIntervalSince(started))
  }

  static func spawnTool(_ path: String, _ arguments: [String]) throws -> Int32 {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try #require(FileManager.default.createFile(atPath: folder + "/stdin", contents: Data()))
    return try run(path, [path] + arguments, environment: [], folder: folder).status
  }

  private static func run(
    _ executable: String, _ argv: [String], environment: [String], folder: String
  ) throws -> (status: Int32, usage: rusage) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, folder + "/stdin", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, folder + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, folder + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer { (cArguments + cEnvironment).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, cArguments, cEnvironment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
    // WIFEXITED / WEXITSTATUS, by hand: a signal shows as 128 + its number, as in a shell.
    let signal = status & 0x7F
    return (signal == 0 ? (status >> 8) & 0xFF : 128 + signal, usage)
  }
}
