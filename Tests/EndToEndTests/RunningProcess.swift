import Foundation
import Testing

/// The binary running with its stdin held open, so a test can answer a few questions, wait for
/// what it shows, and then kill it or start a second process beside it.
final class RunningProcess: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let lock = NSLock()
  private var received = Data()

  init(_ arguments: [String], home: String, environment: [String: String] = [:]) throws {
    process.executableURL = Binary.url
    process.arguments = arguments
    process.environment = Binary.environment(home: home, extra: environment)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    output.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.lock()
      self.received.append(data)
      self.lock.unlock()
    }
    try process.run()
  }

  deinit {
    output.fileHandleForReading.readabilityHandler = nil
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
  }

  var stdout: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: received, as: UTF8.self)
  }

  func send(_ lines: [String]) {
    input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
  }

  /// Waits until stdout holds `count` prompts (`> ` or `- ` opening a line).
  @discardableResult
  func waitForPrompts(_ count: Int, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if Self.prompts(in: stdout) >= count { return true }
      usleep(10_000)
    }
    Issue.record(
      "only \(Self.prompts(in: stdout)) of \(count) prompts appeared:\n\(stdout.suffix(800))",
      sourceLocation: sourceLocation)
    return false
  }

  static func prompts(in text: String) -> Int {
    text.components(separatedBy: "\n> ").count - 1 + text.components(separatedBy: "\n- ").count - 1
      + (text.hasPrefix("> ") || text.hasPrefix("- ") ? 1 : 0)
  }

  func kill(_ signal: Int32) {
    Foundation.kill(process.processIdentifier, signal)
    process.waitUntilExit()
  }

  func finish() -> Int32 {
    input.fileHandleForWriting.closeFile()
    process.waitUntilExit()
    return process.terminationStatus
  }

  var terminationReason: Process.TerminationReason { process.terminationReason }
}
