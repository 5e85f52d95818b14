import MentorPrepCore

/// Where the conversation's answers come from: a line editor on a terminal, or plain reads.
protocol LineReader: AnyObject {
  /// Shows `prompt` (with `prefill` ready to edit, where the reader can) and reads one line.
  func readLine(prompt: Prompt) -> LineInput
  /// What Tab completes, given the text typed so far.
  var completer: ((String) -> [String])? { get set }
  /// Whether answers are echoed to stdout after their prompt (a piped transcript).
  var echoesInput: Bool { get }
}
