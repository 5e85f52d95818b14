import ArgumentParser
import Foundation
import MentorPrepCore
import MentorPrepStore

/// `mentorprep import FILE... | -`: merges the exchange records a partner's mentorprep sent
/// (SPEC §7), from the mail itself or its attachment, into the relationship they belong to.
struct ImportCommand: MentorPrepRunnable {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge the exchange record of a partner's agenda or follow-up email into your record.",
    discussion: """
      Give the .eml files your partner's mentorprep wrote (eml or agenda-eml exports), their \
      attachment (mentorprep-N.json), or - to read one message from standard input, as a mail \
      client pipes it. Each change is printed on one line; nothing of a file that does not fit is \
      written, and importing the same file again changes nothing.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The files to import (.eml or .json), or - for standard input.", valueName: "file"))
  var files: [String] = []

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp(
      "On first contact, the partner the record is from: one you have met, or the sender's name to begin a new relationship.",
      valueName: "name"),
    completion: StoreCompletion.partners)
  var partner: String?

  @Flag(help: "Print what would change, and write nothing.")
  var dryRun = false

  @Flag(help: "Print the changes as JSON.")
  var json = false

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("Name the files to import, or - for standard input (`mentorprep import follow-up.eml`).")
    }
    guard files.filter({ $0 == "-" }).count <= 1 else {
      throw ValidationError("Standard input (-) can be read only once.")
    }
  }

  func execute() throws(MentorPrepError) -> Int32 {
    let workspace = try Workspace(options: global)
    // Every file is read and checked before anything is written.
    var records: [(file: String, record: ReceivedExchange)] = []
    for file in files {
      let bytes = try Self.bytes(of: file)
      do {
        records.append((file, try ReceivedExchange(bytes: bytes)))
      } catch {
        throw .badExchange(file == "-" ? "standard input" : file, error)
      }
    }
    let store = try fromStore { () throws(StoreError) in try workspace.store }
    var imports: [ExchangeImport] = []
    var links: [String: ExchangeLink] = [:]
    for (file, record) in records {
      if let partner = try fromStore({ () throws(StoreError) in
        try store.partner(ownRelationship: record.relationshipID)
      }) {
        throw .ownExchange(file: Self.named(file), partner: partner)
      }
      let link: ExchangeLink?
      if try fromStore({ () throws(StoreError) in try store.partner(linkedTo: record.relationshipID) }) != nil {
        link = nil
      } else if let chosen = links[record.relationshipID] {
        link = chosen
      } else {
        link = try self.link(for: record, file: file, store: store, workspace: workspace)
        links[record.relationshipID] = link
      }
      imports.append(ExchangeImport(record: record, link: link))
    }
    let changes = try fromStore { () throws(StoreError) in try store.importExchanges(imports, dryRun: dryRun) }
    if json {
      Output.json(changes.map { ImportJSON($0, dryRun: dryRun, bank: workspace.bank) })
      return 0
    }
    for change in changes {
      Output.line(
        TerminalText(
          escaping: change.change.line(
            names: change.names, day: WallClock.local(change.change.at), bank: workspace.bank)))
    }
    if changes.isEmpty {
      Output.line(
        "Nothing new: your record already holds what \(records.count == 1 ? "this file brings" : "these files bring").")
    } else if dryRun {
      Output.line("Nothing was written (--dry-run).")
    }
    return 0
  }

  /// A file to import as a message names it: standard input for `-`.
  private static func named(_ file: String) -> String {
    file == "-" ? "The record on standard input" : file
  }

  /// The file's bytes, at most one past the size a record may be (SPEC §6: 1 MB), so a huge
  /// file is refused without reading it all.
  private static func bytes(of file: String) throws(MentorPrepError) -> [UInt8] {
    let handle: FileHandle
    if file == "-" {
      handle = FileHandle.standardInput
    } else {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
        throw .noInputFile(file, reason: "no such file")
      }
      guard !isFolder.boolValue, let opened = FileHandle(forReadingAtPath: file) else {
        throw .noInputFile(file, reason: isFolder.boolValue ? "a folder" : "permission denied")
      }
      handle = opened
    }
    defer { if file != "-" { try? handle.close() } }
    do {
      return [UInt8](try handle.read(upToCount: ReceivedExchange.maximumSize + 1) ?? Data())
    } catch {
      throw .noInputFile(file, reason: String(describing: error))
    }
  }

  /// Which relationship a record joins on first contact: `--with`, else asked at a terminal.
  private func link(
    for record: ReceivedExchange, file: String, store: SessionStore, workspace: Workspace
  ) throws(MentorPrepError) -> ExchangeLink {
    let sender = record.sender.name ?? "someone unnamed"
    let myRole = record.recipient.role
    let known = try fromStore { () throws(StoreError) in try store.partners(asThe: myRole) }
    if let partner {
      let matches = PersonName.identify(partner, among: known)
      if matches.count == 1 { return .partner(matches[0]) }
      if matches.count > 1 { throw .ambiguousPartner(partner, matches) }
      if let name = record.sender.name, PersonName(name).isSameName(as: PersonName(partner)) { return .newRelationship }
      throw .noSuchPartner(partner)
    }
    guard file != "-", isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .unlinkedSender(sender, file: Self.named(file))
    }
    let offered = PersonName.matching(sender, among: known)
    var choices = offered.map { "\($0), already in your record as your \(record.sender.role.rawValue)" }
    if record.sender.name != nil { choices.append("\(sender): a new relationship") }
    Output.line(
      "\(file) is from \(sender), the \(record.sender.role.rawValue), whose record is not linked to one here yet.")
    for (index, choice) in choices.enumerated() { Output.line("  \(index + 1). \(choice)") }
    while true {
      let range = choices.count == 1 ? "1" : "1-\(choices.count)"
      FileHandle.standardOutput.write(Data("Which is it? [\(range)] ".utf8))
      guard let line = readLine() else { throw .unlinkedSender(sender, file: file) }
      if let number = Int(line.trimmingCharacters(in: .whitespaces)), choices.indices.contains(number - 1) {
        return number - 1 < offered.count ? .partner(offered[number - 1]) : .newRelationship
      }
      Output.line(choices.count == 1 ? "Type 1, or Ctrl-D to stop." : "Type a number from 1 to \(choices.count).")
    }
  }
}
