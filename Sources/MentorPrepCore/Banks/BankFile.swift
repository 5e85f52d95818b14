/// The bytes of one question-bank file and the name its problems are reported under.
public struct BankFile: Sendable {
  public var name: String
  public var bytes: [UInt8]

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The endings of a bank file's name: every folder reader takes the same files.
  public static let suffixes = [".yaml", ".yml"]

  /// Whether a file of a folder is a bank file, by its name.
  public static func isBankFile(named name: String) -> Bool {
    suffixes.contains { name.hasSuffix($0) }
  }

  /// The base name without folders or `.yaml`, which decides the load order.
  var stem: String {
    let base = name.split(separator: "/").last.map(String.init) ?? name
    for suffix in Self.suffixes where base.hasSuffix(suffix) {
      return String(base.dropLast(suffix.count))
    }
    return base
  }
}
