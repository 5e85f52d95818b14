import Foundation
import Testing

/// The built `mentorprep` binary and a way to run it with input, a home folder and a fixed clock.
enum Binary {
  /// The products folder holds both this test bundle and the binary.
  static let url: URL = {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("mentorprep")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/mentorprep")
  }()

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh home folder under the temporary directory.
  static func temporaryHome() -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mentorprep-test-\(UUID().uuidString)").path
    return path
  }

  /// The environment a test run gets: a fixed clock, UTC, no colour, the given home.
  static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for key in ["MENTORPREP_HOME", "MENTORPREP_NOW", "NO_COLOR", "XDG_DATA_HOME"] {
      environment[key] = nil
    }
    environment["MENTORPREP_HOME"] = home
    environment["MENTORPREP_NOW"] = "2026-11-20 09:00"
    environment["TZ"] = "UTC"
    environment["LANG"] = "C.UTF-8"
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
  }

  /// Runs `executable` (the binary, or a shell that starts it) with stdout and stderr as
  /// pipes, as a terminal-less caller sees them; for small outputs.
  static func runThroughPipes(_ executable: String, _ arguments: [String], home: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment(home: home)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
  }

  /// Runs the binary with `arguments`, feeding `input` on stdin (a pipe, not a terminal).
  static func run(
    _ arguments: [String], input: Data = Data(), home: String, environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.environment = environment(home: home, extra: extra)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mp-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputFile = folder.appendingPathComponent("stdin")
    let outputFile = folder.appendingPathComponent("stdout")
    let errorFile = folder.appendingPathComponent("stderr")
    try input.write(to: inputFile)
    try #require(FileManager.default.createFile(atPath: outputFile.path, contents: nil))
    try #require(FileManager.default.createFile(atPath: errorFile.path, contents: nil))
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    let stdout = try Data(contentsOf: outputFile)
    let stderr = try Data(contentsOf: errorFile)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
  }

  static func run(_ arguments: [String], lines: [String], home: String, environment: [String: String] = [:]) throws
    -> Result
  {
    try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), home: home, environment: environment)
  }
}
