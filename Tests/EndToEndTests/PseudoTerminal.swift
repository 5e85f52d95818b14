import CPseudoTerminal
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the binary in a real pseudo-terminal, as its own session with the terminal as its
/// controlling terminal, so keys like Ctrl-C reach it as they would from a person.
final class PseudoTerminal {
  private let master: Int32
  private(set) var pid: pid_t
  /// Everything the program wrote to the terminal so far.
  private(set) var output = Data()
  private var exitStatus: Int32?

  init(arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
    var name = [CChar](repeating: 0, count: 256)
    master = pseudo_terminal_open(&name, name.count, rows, columns)
    guard master >= 0 else { throw PseudoTerminalError.cannotOpen }
    let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // After setsid, opening the terminal makes it the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let setSession: Int16 = 0x80  // POSIX_SPAWN_SETSID
    posix_spawnattr_setflags(&attributes, setSession)

    let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, Binary.url.path, &actions, &attributes, argv, envp)
    guard result == 0 else { throw PseudoTerminalError.cannotSpawn(result) }
    pid = child
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Types these bytes, as keys.
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Types a line and Enter.
  func sendLine(_ text: String) {
    send(text + "\r")
  }

  /// The output as text, with terminal escape sequences removed.
  var screen: String {
    Self.plain(String(decoding: output, as: UTF8.self))
  }

  /// Reads until `text` appears in the output after `offset`, or fails after `timeout` seconds.
  @discardableResult
  func waitFor(_ text: String, after offset: Int = 0, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let seen = Self.plain(String(decoding: output.suffix(from: min(offset, output.count)), as: UTF8.self))
      if seen.contains(text) { return true }
      pump(until: deadline)
    }
    Issue.record("timed out waiting for \(text.debugDescription); the terminal shows:\n\(screen.suffix(1500))", sourceLocation: sourceLocation)
    return false
  }

  /// The output's length now, to wait for something that appears after this point.
  var mark: Int { output.count }

  /// Reads whatever arrives within a short while.
  func drain(for seconds: Double = 0.3) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline { pump(until: deadline) }
  }

  private func pump(until deadline: Date) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let milliseconds = Int32(max(1, min(100, deadline.timeIntervalSinceNow * 1000)))
    guard poll(&descriptor, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = read(master, &buffer, buffer.count)
    if count > 0 {
      output.append(contentsOf: buffer[0..<count])
    } else {
      usleep(20_000)
    }
  }

  /// Sends a signal to the program.
  func signal(_ number: Int32) {
    kill(pid, number)
  }

  /// Waits for the program to exit and returns its status (128+N when killed by signal N).
  func waitForExit(timeout: Double = 10) -> Int32? {
    if let exitStatus { return exitStatus }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        let signalled = status & 0x7F
        let code = signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled
        exitStatus = code
        drain(for: 0.1)
        return code
      }
      pump(until: Date().addingTimeInterval(0.05))
    }
    return nil
  }

  /// Removes CSI and OSC sequences, other escapes, and carriage returns.
  static func plain(_ text: String) -> String {
    var result = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      switch scalar {
      case "\u{1B}":
        guard let next = iterator.next() else { break }
        if next == "[" {
          while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
        } else if next == "]" {
          while let c = iterator.next(), c != "\u{07}" {}
        }
      case "\r":
        continue
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

enum PseudoTerminalError: Error {
  case cannotOpen
  case cannotSpawn(Int32)
}
