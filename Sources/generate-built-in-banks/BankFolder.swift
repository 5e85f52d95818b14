import Foundation
import MentorPrepCore

/// A folder of `.yaml` bank files on disk, read as the loader takes them.
struct BankFolder {
  /// Where the files are read from.
  var path: String
  /// How their names appear in problems and in `BankFile.name` (`prompts`).
  var shownAs: String

  /// The package's own prompts/, wherever the generator is run from.
  static let prompts = BankFolder(path: packageRoot + "/prompts", shownAs: "prompts")

  /// The folder holding Package.swift, found from this source file as swift-format's generator
  /// finds its sources, so `swift run generate-built-in-banks` works from any directory.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// Every bank file of the folder (`.yaml`, `.yml`), in name order.
  func files() throws -> [BankFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: path)
      .filter(BankFile.isBankFile(named:)).sorted()
    return try names.map { name in
      let data = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
      return BankFile(name: shownAs + "/" + name, bytes: Array(data))
    }
  }
}
