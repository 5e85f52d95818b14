import Foundation
import MentorPrepCore

/// Where a command's question bank comes from: the built-in one, or a folder of YAML files.
enum BankSource {
  case builtIn
  case folder(String)

  init(folder: String?) {
    self = folder.map(BankSource.folder) ?? .builtIn
  }

  /// The bank's files, read from disk for a folder.
  func files() throws(MentorPrepError) -> [BankFile] {
    switch self {
    case .builtIn:
      return BuiltInBanks.files
    case .folder(let path):
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
        let names = try? FileManager.default.contentsOfDirectory(atPath: path)
      else { throw .noBankFolder(path) }
      let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
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
  }

  /// The loaded bank; problems are printed to stderr, one per line, before the error.
  ///
  /// The built-in bank comes compiled into the binary (a core test checks it equals what the
  /// loader makes of its YAML), so a conversation starts without parsing any.
  func load() throws(MentorPrepError) -> QuestionBank {
    if case .builtIn = self { return BuiltInBanks.bank }
    let files = try files()
    do {
      return try BankLoader.load(files)
    } catch {
      for problem in error.problems {
        FileHandle.standardError.write(Data((problem.description + "\n").utf8))
      }
      throw .badBank(error)
    }
  }
}
