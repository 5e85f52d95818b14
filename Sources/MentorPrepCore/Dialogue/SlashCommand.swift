/// A `/` command that works at every prompt (SPEC §3).
///
/// `/help` lists every case with its usage and summary, so a new command is in the list as soon
/// as it exists.
public enum SlashCommand: String, CaseIterable, Sendable {
  case help
  case back
  case skip
  case whereAmI = "where"
  case review
  case edit
  case goto
  case export
  case quit

  /// A line typed at a prompt, read as a command.
  public enum Parsed: Sendable, Equatable {
    /// A known command and the words typed after its name.
    case command(SlashCommand, arguments: [String])
    /// No command has this name (lowercased; empty for a lone `/`).
    case unknown(String)
  }

  /// Reads a line that starts with `/`: its first word names the command, in any case; the
  /// other words are its arguments.
  public static func parse(_ line: String) -> Parsed {
    let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let name = words.first?.lowercased() ?? ""
    // `/exit` is what people type to leave many programs; it is /quit, not listed apart.
    guard let command = SlashCommand(rawValue: name == "exit" ? "quit" : name) else {
      return .unknown(name)
    }
    return .command(command, arguments: Array(words.dropFirst()))
  }

  /// How the command is typed, as `/help` shows it.
  public var usage: String {
    switch self {
    case .help, .back, .skip, .whereAmI, .review, .quit: "/" + rawValue
    case .edit: "/edit QUESTION-ID"
    case .goto: "/goto STATE-ID"
    case .export: "/export [FORMAT] [FILE]"
    }
  }

  /// What the command does, in a few words for `/help`.
  public var summary: String {
    switch self {
    case .help: "show the commands and guidance for this question"
    case .back: "go back to the previous question, its answer ready to change"
    case .skip: "leave an optional question unanswered"
    case .whereAmI: "show where you are in the conversation"
    case .review: "show every answer so far, with its id"
    case .edit: "answer an earlier question again"
    case .goto: "jump to a step of the conversation"
    case .export: "write the session out (json, text, markdown, eml, ics, agenda, intro)"
    case .quit: "save and leave; `mentorprep resume` continues"
    }
  }
}
