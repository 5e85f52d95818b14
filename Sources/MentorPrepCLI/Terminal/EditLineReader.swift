import CEditLine
import CTerminalSignals
import Foundation
import MentorPrepCore

/// Reads answers through libedit when standard input is a terminal: emacs keys, history kept in
/// the home folder, Tab completion, UTF-8 editing, and an earlier answer put in the line ready
/// to change.
final class EditLineReader: LineReader {
  /// How many lines the history file keeps.
  static let historySize = 1000

  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private let console: Console
  private var promptText: UnsafeMutablePointer<CChar>?
  /// The visible prompt being read at (`> ` or `- `).
  private var currentMarker = "> "
  /// A SIGTERM or SIGHUP came: the next read returns `.terminated`.
  private var leaving = false
  /// The signal that ended the last key read (SIGINT, SIGTERM, SIGHUP), or 0.
  private var caught: Int32 = 0
  var completer: ((String) -> [String])?
  let echoesInput = false

  /// Opens the editor on the process's terminal; `historyPath` nil keeps no history file.
  init?(console: Console, historyPath: String?) {
    cel_use_utf8_locale()
    guard let editor = el_init(CommandLine.arguments.first ?? "mentorprep", cel_stdin(), cel_stdout(), cel_stderr()),
      let history = history_init()
    else { return nil }
    self.editor = editor
    self.history = history
    self.historyPath = historyPath
    self.console = console
    cel_history_set_size(history, Int32(Self.historySize))
    cel_history_set_unique(history)
    if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
      cel_history_load(history, historyPath)
    }
    cel_set_editor(editor, "emacs")
    // libedit's own handlers re-raise a signal with kill(0, …), which reaches the whole
    // process group (the shell that started the program): the program handles them itself.
    cel_set_signal(editor, 0)
    terminal_signals_install_editing()
    cel_set_read_function(editor) { editor, character in
      guard let editor, let character, let reader = EditLineReader.reader(of: editor) else { return -1 }
      return reader.readCharacter(into: character)
    }
    cel_set_history(editor, history)
    cel_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    cel_set_prompt(
      editor,
      { editor in
        guard let editor, let reader = EditLineReader.reader(of: editor) else { return nil }
        return reader.promptText
      }, 1)
    cel_add_function(
      editor, "mentorprep-complete", "Complete a command, option or id",
      { editor, _ in
        guard let editor, let reader = EditLineReader.reader(of: editor) else { return UInt8(CC_ERROR) }
        return reader.complete()
      })
    cel_bind(editor, "^I", "mentorprep-complete")
    // Ctrl-R searches the history backwards, as in bash and psql.
    cel_bind(editor, "^R", "em-inc-search-prev")
  }

  deinit {
    history_end(history)
    el_end(editor)
    free(promptText)
  }

  private static func reader(of editor: OpaquePointer) -> EditLineReader? {
    guard let data = cel_client_data(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  func readLine(prompt: Prompt) -> LineInput {
    // SIGTERM or SIGHUP may have come while the program was busy (answering lines typed
    // ahead), interrupting no read: el_gets would then wait for a line that may never come.
    if Self.asksToLeave(terminal_signals_take()) { leaving = true }
    if leaving { return .terminated }
    free(promptText)
    currentMarker = prompt.marker
    promptText = strdup(console.promptText(prompt.marker, invisibleMarker: "\u{1}"))
    if let prefill = prompt.prefill, !prefill.isEmpty {
      el_push(editor, Self.singleLine(prefill))
    }
    fflush(cel_stdout())
    var count: Int32 = 0
    caught = 0
    let raw = el_gets(editor, &count)
    let signal = caught != 0 ? caught : terminal_signals_take()
    guard let raw, count > 0 else {
      if signal == SIGINT {
        // libedit leaves the interrupted line in its buffer: see whether anything was typed.
        let emptyLine = el_line(editor).map { $0.pointee.lastchar == $0.pointee.buffer } ?? true
        el_reset(editor)
        fputs("^C\n", cel_stdout())
        return .interrupted(emptyLine: emptyLine)
      }
      // The cursor is still on the prompt's line (after libedit's "^D"): what is said next,
      // on leaving, starts a line of its own.
      fputs("\n", cel_stdout())
      if Self.asksToLeave(signal) { return .terminated }
      return .endOfInput
    }
    // A line read before the signal came is still answered; the next read leaves.
    if Self.asksToLeave(signal) { leaving = true }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    if Self.belongsInHistory(line) {
      cel_history_enter(history, line)
      saveHistory()
    }
    return .line(line)
  }

  /// Whether a line is worth recalling: not blank, and not a command (`/quit`), which only
  /// steers the conversation; an answer typed as `//…` is kept.
  static func belongsInHistory(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return false }
    return !trimmed.hasPrefix("/") || trimmed.hasPrefix("//")
  }

  /// libedit's read function: waits for a key or a signal, so a signal that comes at any
  /// moment wakes the read. A resize redraws and Ctrl-Z suspends, then the wait goes on;
  /// Ctrl-C, SIGTERM and SIGHUP end the read (-1) with the signal kept in `caught`.
  private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    var bytes: [UInt8] = []
    while true {
      switch InputWait.until(readable: STDIN_FILENO) {
      case .ready:
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 0 { return 0 }
        if count < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          return -1
        }
        bytes.append(byte)
        let expected = Self.utf8Length(leading: bytes[0])
        if bytes.count < expected && (bytes.count == 1 || byte & 0xC0 == 0x80) { continue }
        let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
        character.pointee = wchar_t(bitPattern: scalar)
        return 1
      case .signalled:
        if terminal_signals_take_stop() != 0 { suspend() }
        if terminal_signals_take_resize() != 0 { redrawAtNewWidth() }
        let signal = terminal_signals_take()
        if signal != 0 {
          caught = signal
          errno = EINTR
          return -1
        }
      }
    }
  }

  /// How many bytes a UTF-8 sequence starting with `leading` has (1 for a stray byte).
  private static func utf8Length(leading: UInt8) -> Int {
    switch leading {
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    case 0xF0..<0xF8: 4
    default: 1
    }
  }

  /// Ctrl-Z: the terminal goes back to the mode it was found in, the process stops as by
  /// default, and on `fg` libedit's mode is back and the line being edited is drawn again.
  private func suspend() {
    cel_prepare_terminal(editor, 0)
    fflush(cel_stdout())
    terminal_signals_stop_self()
    cel_prepare_terminal(editor, 1)
    cel_refresh(editor)
  }

  /// A resized window: the cursor goes back to where the prompt began (rows counted at the
  /// old width), what follows is cleared, and the prompt and line are drawn at the new width.
  private func redrawAtNewWidth() {
    let oldColumns = max(1, Int(cel_columns(editor)))
    let promptWidth = currentMarker.count
    var typed = ""
    if let info = el_line(editor)?.pointee {
      let bytes = UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer)
      typed = String(decoding: bytes, as: UTF8.self)
    }
    let rowsUp = (promptWidth + typed.count) / oldColumns
    var reset = "\r"
    if rowsUp > 0 { reset += "\u{1B}[\(rowsUp)A" }
    fputs(reset + "\u{1B}[J", cel_stdout())
    el_resize(editor)
    cel_refresh(editor)
  }

  /// Whether `signal` (from `terminal_signals_take`) asks the program to save and leave.
  static func asksToLeave(_ signal: Int32) -> Bool {
    signal == SIGTERM || signal == SIGHUP
  }

  private func saveHistory() {
    guard let historyPath else { return }
    let previous = umask(0o077)
    cel_history_save(history, historyPath)
    umask(previous)
    chmod(historyPath, 0o600)
  }

  /// An earlier answer offered for editing, as keys that only type it: el_push feeds libedit
  /// keys, so a newline would submit the line, DEL delete, U+009B act as a key, and a
  /// bidirectional override reach the terminal raw. Each such character becomes a space.
  static func singleLine(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let lineBreak = scalar.value == 0x2028 || scalar.value == 0x2029
      result.append(scalar.actsOnDisplay || lineBreak ? " " : scalar)
    }
    return String(result)
  }

  /// Completes the word before the cursor; with several candidates, their common start is
  /// filled in and the candidates are listed.
  private func complete() -> UInt8 {
    guard let info = el_line(editor)?.pointee, let completer else { return UInt8(CC_ERROR) }
    let length = info.cursor - info.buffer
    let typed = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
    let candidates = completer(typed)
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let word = typed.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    let common = Self.commonPrefix(candidates)
    if common.count > word.count {
      el_insertstr(editor, Self.singleLine(String(common.dropFirst(word.count))) + (candidates.count == 1 ? " " : ""))
      return UInt8(CC_REFRESH)
    }
    if candidates.count == 1 { return UInt8(CC_REFRESH) }
    fputs("\n" + candidates.map(TerminalText.escaped).joined(separator: "  ") + "\n", cel_stdout())
    return UInt8(CC_REDISPLAY)
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}
