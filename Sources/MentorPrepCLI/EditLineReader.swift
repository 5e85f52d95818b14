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
  /// A SIGTERM or SIGHUP came: the next read returns `.terminated`.
  private var leaving = false
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
    cel_set_signal(editor, 1)
    cel_set_history(editor, history)
    cel_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    cel_set_prompt(editor, { editor in
      guard let editor, let reader = EditLineReader.reader(of: editor) else { return nil }
      return reader.promptText
    }, 1)
    cel_add_function(editor, "mentorprep-complete", "Complete a command, option or id", { editor, _ in
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
    promptText = strdup(console.promptText(prompt.marker, invisibleMarker: "\u{1}"))
    if let prefill = prompt.prefill, !prefill.isEmpty {
      el_push(editor, Self.singleLine(prefill))
    }
    fflush(cel_stdout())
    var count: Int32 = 0
    let raw = el_gets(editor, &count)
    let signal = terminal_signals_take()
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
    if !line.trimmingCharacters(in: .whitespaces).isEmpty {
      cel_history_enter(history, line)
      saveHistory()
    }
    return .line(line)
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
      result.append(Console.isControl(scalar) || lineBreak ? " " : scalar)
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
      el_insertstr(editor, String(common.dropFirst(word.count)) + (candidates.count == 1 ? " " : ""))
      return UInt8(CC_REFRESH)
    }
    if candidates.count == 1 { return UInt8(CC_REFRESH) }
    fputs("\n" + candidates.joined(separator: "  ") + "\n", cel_stdout())
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
