import CEditLine
import Foundation
import MentorPrepCore

/// Writes the conversation to stdout, in colour when allowed, never letting a control
/// character from an answer or a bank reach the terminal raw; and copies it, plain, to the
/// transcript file when one is asked for.
final class Console {
  let color: Bool
  /// The width lines are wrapped to; nil leaves them whole (a pipe, a test).
  private let width: () -> Int?
  private let transcript: FileHandle?
  private var transcriptFailed = false
  /// Where the conversation is written instead of stdout (a test).
  private let sink: ((String) -> Void)?

  init(
    color: Bool, transcript: FileHandle? = nil, width: @escaping () -> Int? = { nil },
    sink: ((String) -> Void)? = nil
  ) {
    self.color = color
    self.transcript = transcript
    self.width = width
    self.sink = sink
  }

  /// Colour only when stdout is a terminal and neither `--no-color`, `NO_COLOR` nor `TERM=dumb` says no.
  static func colorAllowed(noColorFlag: Bool, environment: [String: String]) -> Bool {
    guard !noColorFlag, isatty(STDOUT_FILENO) == 1 else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  /// A line, wrapped at the terminal's width; the transcript keeps it whole.
  func say(_ line: TerminalText, style: LineStyle) {
    let shown = width().map { LineWrap.lines(line.text, width: $0) } ?? [line.text]
    write(shown.map { paint($0, style) + "\n" }.joined())
    writeTranscript(line.text + "\n")
  }

  /// A line the dialogue or a bank wrote, which may hold answers and names: escaped in full.
  func say(escaping text: String, style: LineStyle) {
    say(TerminalText(escaping: text), style: style)
  }

  /// The prompt of a plain read, with no newline.
  func writePrompt(_ marker: String) {
    let marker = TerminalText.escaped(marker)
    write(paint(marker, .prompt))
    writeTranscript(marker)
    fflush(cel_stdout())
  }

  /// The answer read after a plain prompt.
  func echo(_ answer: String) {
    let safe = TerminalText.escaped(answer)
    write(safe + "\n")
    writeTranscript(safe + "\n")
  }

  /// Ends a prompt line left open when input stopped.
  func endPromptLine() {
    write("\n")
    writeTranscript("\n")
  }

  /// Copies a line typed in the line editor to the transcript, after its prompt.
  func recordTyped(_ answer: String, marker: String) {
    writeTranscript(TerminalText.escaped(marker) + TerminalText.escaped(answer) + "\n")
  }

  /// The prompt for libedit, its colour codes wrapped in `invisibleMarker` so the cursor is
  /// placed by the visible characters only.
  ///
  /// The last character stays outside the colour: libedit drops an invisible sequence that
  /// ends the prompt, and the reset code lost that way would paint what the person types.
  func promptText(_ marker: String, invisibleMarker: Character) -> String {
    let marker = TerminalText.escaped(marker)
    guard color, let last = marker.last else { return marker }
    let (start, end) = Style.prompt.codes
    let painted = marker.dropLast()
    guard !painted.isEmpty else { return marker }
    return "\(invisibleMarker)\(start)\(invisibleMarker)\(painted)\(invisibleMarker)\(end)\(invisibleMarker)\(last)"
  }

  private func write(_ text: String) {
    if let sink { sink(text) } else { fputs(text, cel_stdout()) }
  }

  /// A transcript that cannot be written (a full disk) is given up with one note on stderr:
  /// the conversation goes on, its answers saved, where `FileHandle.write` would trap.
  private func writeTranscript(_ text: String) {
    guard let transcript, !transcriptFailed else { return }
    do {
      try transcript.write(contentsOf: Data(text.utf8))
    } catch {
      transcriptFailed = true
      MentorPrepError.report(
        "The transcript could not be written further (is the disk full?); the conversation goes on and every answer is still saved."
      )
    }
  }

  // MARK: - Colour

  enum Style {
    case line(LineStyle)
    case prompt

    var codes: (String, String) {
      let reset = "\u{1B}[0m"
      switch self {
      case .prompt: return ("\u{1B}[1;36m", reset)
      case .line(let style):
        switch style {
        case .heading: return ("\u{1B}[1;34m", reset)
        case .lead: return ("\u{1B}[2m", reset)
        case .question: return ("\u{1B}[1m", reset)
        case .option: return ("", "")
        case .hint: return ("\u{1B}[2m", reset)
        case .recall: return ("\u{1B}[33m", reset)
        case .note: return ("\u{1B}[32m", reset)
        case .error: return ("\u{1B}[31m", reset)
        }
      }
    }
  }

  private func paint(_ text: String, _ style: LineStyle) -> String {
    paint(text, .line(style))
  }

  private func paint(_ text: String, _ style: Style) -> String {
    guard color else { return text }
    let (start, end) = style.codes
    return start.isEmpty ? text : start + text + end
  }
}
