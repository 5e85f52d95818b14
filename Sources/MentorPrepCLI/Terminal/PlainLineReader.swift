import CTerminalSignals
import Foundation
import MentorPrepCore

/// Reads answers from standard input without a line editor (a pipe, a file, `TERM=dumb`, or
/// `--plain`): the prompt is written, then the line read is echoed after it, so stdout is a
/// readable transcript.
final class PlainLineReader: LineReader {
  /// Lines longer than this are cut here (the rest is read and dropped), so a runaway input
  /// cannot exhaust memory; the dialogue then refuses the long answer.
  static let maximumLineBytes = 4 << 20

  private let output: Console
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  var completer: ((String) -> [String])?
  let echoesInput: Bool

  init(output: Console, fileDescriptor: Int32 = STDIN_FILENO, echoesInput: Bool) {
    self.output = output
    self.fileDescriptor = fileDescriptor
    self.echoesInput = echoesInput
  }

  func readLine(prompt: Prompt) -> LineInput {
    if let prefill = prompt.prefill, !prefill.isEmpty {
      output.say("(earlier answer: \(prefill))", style: .hint)
    }
    output.writePrompt(prompt.marker)
    let result = nextLine()
    switch result {
    case .line(let text):
      if echoesInput { output.echo(text) }
    case .endOfInput, .terminated, .interrupted:
      output.endPromptLine()
    }
    return result
  }

  private func nextLine() -> LineInput {
    // SIGTERM or SIGHUP may have come while the program was busy with the lines already read,
    // interrupting no read: the read below would wait for input that may never come.
    if EditLineReader.asksToLeave(terminal_signals_take()) { return .terminated }
    var line: [UInt8] = []
    var dropped = false
    while true {
      if position == buffer.count {
        if atEnd {
          return line.isEmpty && !dropped ? .endOfInput : .line(Self.decode(line))
        }
        switch fill() {
        case .data: break
        case .end: atEnd = true
        case .signal(let signal): return signal == SIGINT ? .interrupted(emptyLine: line.isEmpty) : .terminated
        }
        continue
      }
      let available = buffer[position...]
      if let newline = available.firstIndex(of: 0x0A) {
        append(available[position..<newline], to: &line, dropped: &dropped)
        position = newline + 1
        if line.last == 0x0D { line.removeLast() }
        return .line(Self.decode(line))
      }
      append(available, to: &line, dropped: &dropped)
      position = buffer.count
    }
  }

  private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], dropped: inout Bool) {
    let room = Self.maximumLineBytes - line.count
    if bytes.count > room { dropped = true }
    line.append(contentsOf: bytes.prefix(max(0, room)))
  }

  private enum Fill { case data, end, signal(Int32) }

  private func fill() -> Fill {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      // A signal that comes just before the read still wakes it, through the wake pipe.
      if InputWait.until(readable: fileDescriptor) == .signalled {
        let signal = terminal_signals_take()
        if signal != 0 { return .signal(signal) }
        continue
      }
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer = Array(chunk[0..<count])
        position = 0
        return .data
      }
      if count == 0 { return .end }
      if errno == EINTR {
        let signal = terminal_signals_take()
        if signal != 0 { return .signal(signal) }
        continue
      }
      return .end
    }
  }

  /// Invalid UTF-8 becomes U+FFFD; the answer is kept, never a crash.
  static func decode(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}
