import ArgumentParser
import Foundation
import MentorPrepCore

/// `mentorprep export`: the follow-up message and the other formats (SPEC §5).
struct ExportCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export a session: follow-up text, markdown, eml, ics, json, agenda or intro.")

  @OptionGroup var global: GlobalOptions

  @OptionGroup var chosen: SessionArgument

  @Option(help: "text (the follow-up message), markdown (or md), eml, ics, json, agenda or intro.")
  var format: ExportFormat = .text

  @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
  var output: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @Flag(
    name: .customLong("private"),
    help:
      "Include the notes you keep for yourself (a journal entry) in a markdown document, marked as private. No message ever carries them."
  )
  var includingPrivate = false

  func validate() throws {
    if includingPrivate && format != .markdown {
      throw ValidationError("--private is for --format markdown: no message ever carries private notes.")
    }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    let number = try workspace.resolve(chosen.session)
    let text: String?
    do {
      text = try workspace.exporter.export(
        session: number, format: format, to: output, force: force, includingPrivate: includingPrivate)
    } catch .export(.noIntroduction) {
      throw try workspace.missingIntroduction(in: number)
    }
    if let text {
      Output.document(TerminalText(document: text))
    }
    return 0
  }
}

extension ExportFormat: ExpressibleByArgument {
  /// A format's name, or `md` for markdown, as the file name ending people type.
  public init?(argument: String) {
    self.init(name: argument)
  }
}
