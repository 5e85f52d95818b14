import Foundation
import MentorPrepBuiltInBanks
import MentorPrepCore

/// Where a command's question bank comes from: the built-in one, or a folder of YAML files.
enum BankSource {
  case builtIn
  case folder(String)

  init(folder: String?) {
    self = folder.map(BankSource.folder) ?? .builtIn
  }

  /// The files of a folder of banks, read from disk.
  static func files(in path: String) throws(MentorPrepError) -> [BankFile] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { throw .noBankFolder(path) }
    let yaml = names.filter(BankFile.isBankFile(named:)).sorted()
    guard !yaml.isEmpty else { throw .noBankFolder(path) }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    return try yaml.map { name throws(MentorPrepError) in
      let filePath = base + "/" + name
      guard let data = FileManager.default.contents(atPath: filePath) else {
        throw .noBankFolder(filePath)
      }
      return BankFile(name: filePath, bytes: Array(data))
    }
  }

  /// The loaded bank; problems are printed to stderr, one per line, before the error.
  ///
  /// The built-in bank comes as values generated from prompts/ (a core test checks they equal
  /// what the loader makes of it), so a conversation starts without parsing any YAML.
  func load() throws(MentorPrepError) -> QuestionBank {
    let files: [BankFile]
    switch self {
    case .builtIn: return BuiltInBanks.bank
    case .folder(let path): files = try Self.files(in: path)
    }
    do {
      return try BankLoader.load(files)
    } catch {
      MentorPrepError.writeLines(error.problems.map { TerminalText(escaping: $0.description) })
      if case .folder(let path) = self { throw .badBank(error, folder: path) }
      throw .badBank(error, folder: nil)
    }
  }
}
