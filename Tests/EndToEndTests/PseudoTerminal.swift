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
  /// Whether the program reads through libedit (not `--plain`, not `TERM=dumb`).
  var lineEditor = true
  private var exitStatus: Int32?

  /// Runs `executable` (the built binary unless told) with `arguments` in a new terminal.
  init(
    arguments: [String], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 40,
    executable: String = Binary.url.path
  ) throws {
    var name = [CChar](repeating: 0, count: 256)
    master = pseudo_terminal_open(&name, name.count, rows, columns)
    guard master >= 0 else { throw PseudoTerminalError.cannotOpen }
    // Writes that would block return at once, so `send` can keep reading meanwhile.
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
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
    // A test runner's thread may block or ignore signals; the program must start as it would
    // from a shell, or a Ctrl-C the test sends could never reach it.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    let setSession: Int16 = 0x80  // POSIX_SPAWN_SETSID
    posix_spawnattr_setflags(
      &attributes, setSession | Int16(POSIX_SPAWN_SETSIGMASK) | Int16(POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
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

  /// Types these bytes, as keys; while the terminal's input is full, reads what the program
  /// writes, so that neither side waits on the other.
  func send(_ text: String, timeout: Double = 10) {
    var bytes = Array(text.utf8)[...]
    let deadline = Date().addingTimeInterval(timeout)
    while !bytes.isEmpty && Date() < deadline {
      let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else {
        pump(until: Date().addingTimeInterval(0.01))
      }
    }
    if !bytes.isEmpty { Issue.record("the program read no more keys; \(bytes.count) bytes were not typed") }
  }

  /// Types a line and Enter.
  func sendLine(_ text: String) {
    send(text + "\r")
  }

  /// The output as text, with terminal escape sequences removed.
  var screen: String {
    Self.plain(String(decoding: output, as: UTF8.self))
  }

  /// The output after `offset`, with terminal escape sequences removed.
  func screen(after offset: Int) -> String {
    Self.plain(String(decoding: output.suffix(from: min(offset, output.count)), as: UTF8.self))
  }

  /// The raw output (escape sequences and all) after `offset`.
  func raw(after offset: Int = 0) -> String {
    String(decoding: output.suffix(from: min(offset, output.count)), as: UTF8.self)
  }

  /// Reads until `text` appears in the output after `offset`, or fails after `timeout` seconds.
  @discardableResult
  func waitFor(
    _ text: String, after offset: Int = 0, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    waitUntil(text.debugDescription, after: offset, timeout: timeout, sourceLocation: sourceLocation) {
      $0.contains(text)
    }
  }

  /// Reads until the next input prompt (`> `, or `- ` in a list, at the start of a line)
  /// appears after `offset`; with a line editor, also until it reads keys.
  @discardableResult
  func waitForPrompt(after offset: Int, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool
  {
    let shown = waitUntil("a prompt", after: offset, timeout: timeout, sourceLocation: sourceLocation) {
      $0.contains("\n> ") || $0.contains("\n- ")
    }
    guard shown, lineEditor else { return shown }
    return waitForLineEditor(timeout: timeout, sourceLocation: sourceLocation)
  }

  /// Waits until libedit reads keys itself. It draws the prompt, and an earlier answer put in
  /// the line, before it puts the terminal in raw mode: a key typed in between would be taken
  /// by the terminal (Backspace, Ctrl-W and Ctrl-U edit its own empty line and are lost).
  @discardableResult
  func waitForLineEditor(timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    waitForModes("libedit reading keys", timeout: timeout, sourceLocation: sourceLocation) {
      $0.c_lflag & tcflag_t(ICANON) == 0
    }
  }

  /// Types `line` and Enter at the prompt showing now, and waits for the next prompt.
  @discardableResult
  func answer(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    let before = mark
    sendLine(line)
    return waitForPrompt(after: before, sourceLocation: sourceLocation)
  }

  /// Reads until what the terminal shows after `offset` satisfies `condition`, or fails after
  /// `timeout` seconds, naming `expectation`.
  @discardableResult
  func waitUntil(
    _ expectation: String, after offset: Int = 0, timeout: Double = 10,
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
  ) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if condition(screen(after: offset)) { return true }
      guard Date() < deadline else { break }
      pump(until: deadline)
    }
    Issue.record(
      "timed out waiting for \(expectation); the terminal shows:\n\(screen.suffix(1500))",
      sourceLocation: sourceLocation)
    return false
  }

  /// The output's length now, to wait for something that appears after this point.
  var mark: Int { output.count }

  /// Reads whatever arrives within a short while.
  func drain(for seconds: Double = 0.3) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline { pump(until: deadline) }
  }

  /// The short pause of a person between typing text and pressing a control key: a key that
  /// raises a signal (Ctrl-C) makes the terminal discard what the program has not read yet.
  func pause() {
    drain(for: 0.1)
  }

  /// Resizes the terminal as a window being resized does: the program gets SIGWINCH.
  func resize(rows: UInt16, columns: UInt16) {
    _ = pseudo_terminal_resize(master, rows, columns)
  }

  /// The terminal's modes now, as the program left them (the master reports the slave's).
  var modes: termios? {
    var modes = termios()
    return tcgetattr(master, &modes) == 0 ? modes : nil
  }

  /// Reads output until the terminal's modes satisfy `condition`, or fails after `timeout`.
  @discardableResult
  func waitForModes(
    _ expectation: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (termios) -> Bool
  ) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let modes, condition(modes) { return true }
      pump(until: Date().addingTimeInterval(0.02))
    }
    Issue.record("timed out waiting for the terminal's modes: \(expectation)", sourceLocation: sourceLocation)
    return false
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
        } else if "()*+".unicodeScalars.contains(next) {
          _ = iterator.next()  // a character set: ESC ( B
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

extension PseudoTerminal {
  /// Starts `mentorprep` with `arguments` in a terminal of its own, as a person would at an
  /// xterm: the environment of `Binary.environment(home:)` (fixed clock, UTC, C.UTF-8, colour
  /// allowed), `TERM=xterm-256color`, then `extra`, and without the variables in `unset`.
  static func start(
    _ arguments: [String], home: String, environment extra: [String: String] = [:],
    unset: [String] = [], columns: UInt16 = 100
  ) throws -> PseudoTerminal {
    var environment = Binary.environment(home: home, extra: ["TERM": "xterm-256color"])
    for (key, value) in extra { environment[key] = value }
    for key in unset { environment[key] = nil }
    let terminal = try PseudoTerminal(arguments: arguments, environment: environment, columns: columns)
    let accessible = environment["ACCESSIBLE"].map { !["", "0", "false"].contains($0.lowercased()) } ?? false
    terminal.lineEditor = !arguments.contains("--plain") && environment["TERM"] != "dumb" && !accessible
    return terminal
  }
}

/// Keys as the bytes a terminal sends for them.
enum Key {
  static let ctrlA = "\u{01}"
  static let ctrlB = "\u{02}"
  static let ctrlC = "\u{03}"
  static let ctrlD = "\u{04}"
  static let ctrlE = "\u{05}"
  static let ctrlF = "\u{06}"
  static let ctrlK = "\u{0B}"
  static let ctrlR = "\u{12}"
  static let ctrlW = "\u{17}"
  static let tab = "\t"
  static let enter = "\r"
  /// The erase key of a terminal left at its defaults (DEL, `stty erase ^?`).
  static let backspace = "\u{7F}"
  static let up = "\u{1B}[A"
  static let altB = "\u{1B}b"
}

enum PseudoTerminalError: Error {
  case cannotOpen
  case cannotSpawn(Int32)
}
