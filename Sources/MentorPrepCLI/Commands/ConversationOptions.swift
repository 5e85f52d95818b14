import ArgumentParser

/// The options of the commands that hold a conversation: `start` and `resume`.
struct ConversationOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Run the dialogue from this folder of question banks (to resume, the one the session was started with).", valueName: "dir"))
  var bank: String?

  @Option(help: ArgumentHelp("Also write a plain transcript of the conversation to this file.", valueName: "file"))
  var transcript: String?

  @Flag(help: "Plain, screen-reader-friendly prompts: no line editor, no redraws, no colour.")
  var plain = false
}
