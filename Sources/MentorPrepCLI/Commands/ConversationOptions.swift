import ArgumentParser

/// The options of the commands that hold a conversation: `start` and `resume`.
struct ConversationOptions: ParsableArguments {
  func validate() throws {
    if force && transcript == nil { throw ValidationError("--force goes with --transcript FILE.") }
  }

  @Option(
    help: ArgumentHelp(
      "Run the dialogue from this folder of question banks (to resume, the one the session was started with).",
      valueName: "dir"))
  var bank: String?

  @Option(help: ArgumentHelp("Also write a plain transcript of the conversation to this file.", valueName: "file"))
  var transcript: String?

  @Flag(help: "Replace the transcript file if it exists (it keeps its permissions).")
  var force = false

  @Flag(help: "Plain, screen-reader-friendly prompts: no line editor, no redraws, no colour.")
  var plain = false
}
