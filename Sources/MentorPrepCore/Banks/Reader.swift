import Yams

/// Reads one bank file at a time, collecting its problems with their places and the ids it
/// refers to, which the loader checks once every file is read.
struct Reader {
  var problems: [BankProblem] = []
  var references: [Reference] = []
  var questionPlaces: [String: BankLocation] = [:]
  /// The file being read.
  var file = ""

  static let fileKeys = ["phase", "entry", "states"]
  static let stateKeys = ["id", "title", "lead", "for_each", "recall", "depth", "questions", "next"]
  static let questionKeys = [
    "id", "kind", "ask", "for", "optional", "hint", "help", "options", "when", "depth", "default",
    "default_from", "options_from", "carried", "private", "shared", "after", "recall_as",
  ]
  static let optionKeys = ["id", "label"]
  static let transitionKeys = ["if", "goto"]
  static let roleTextKeys = ["mentee", "mentor"]

  mutating func report(_ message: String, at place: BankLocation) {
    problems.append(BankProblem(at: place, message))
  }

  /// A broken rule of `BankRules`, at `place`.
  mutating func report(_ finding: BankFinding?, at place: BankLocation) {
    if let finding { report(finding.message, at: place) }
  }

  mutating func report(_ finding: BankFinding?, at node: Node?) {
    report(finding, at: place(node))
  }

  func place(_ node: Node?) -> BankLocation {
    let mark = node?.mark
    return BankLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  mutating func report(_ message: String, at node: Node?) {
    report(message, at: place(node))
  }

  // MARK: Bytes to nodes

  mutating func read(_ bankFile: BankFile) -> FileContent? {
    file = bankFile.name
    guard bankFile.bytes.count <= BankLoader.maximumFileSize else {
      report(
        "the file is \(bankFile.bytes.count) bytes; a bank file may have at most \(BankLoader.maximumFileSize)",
        at: place(nil))
      return nil
    }
    guard let text = decodeUTF8(bankFile.bytes) else { return nil }
    let root: Node
    do {
      // The basic resolver leaves every scalar text: the loader reads values as text itself,
      // and the default one runs a dozen regular expressions over each scalar.
      let parser = try Parser(yaml: text, resolver: .basic)
      guard let node = try parser.singleRoot() else {
        report("the file is empty; a bank file needs 'phase' and 'states'", at: place(nil))
        return nil
      }
      if let finding = YAMLScreen.screen(node, composedBy: parser) {
        report(finding.message, at: BankLocation(file: file, line: finding.line, column: finding.column))
        return nil
      }
      root = node
    } catch {
      reportYAMLError(error, text: text)
      return nil
    }
    return readFile(root)
  }

  /// Checks the bytes are UTF-8 and names the first one that is not.
  mutating func decodeUTF8(_ bytes: [UInt8]) -> String? {
    var line = 1
    var column = 1
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        break loop
      case .error:
        report(
          "the file is not valid UTF-8 text (a bad byte sequence here)",
          at: BankLocation(file: file, line: line, column: column))
        return nil
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  mutating func reportYAMLError(_ error: any Error, text: String) {
    guard let yamlError = error as? YamlError else {
      report("the YAML could not be read: \(error)", at: place(nil))
      return
    }
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      // libyaml stops nesting deeper than 1,000 before anything is composed for the screen to
      // see, and its message names its own API.
      let message =
        problem.hasPrefix("Maximum nesting level reached")
        ? "the YAML nests deeper than \(YAMLScreen.maximumDepth) levels; a bank needs far fewer"
        : "YAML syntax: \(problem)"
      report(message, at: BankLocation(file: file, line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      report(
        "duplicate key \(keys) in one mapping",
        at: BankLocation(file: file, line: context.mark.line, column: context.mark.column))
    case .reader(let problem, let offset, _, _):
      let (line, column) = Self.lineAndColumn(ofByte: offset ?? 0, in: text)
      report("YAML syntax: \(problem)", at: BankLocation(file: file, line: line, column: column))
    default:
      report("the YAML could not be read: \(yamlError)", at: place(nil))
    }
  }

  static func lineAndColumn(ofByte offset: Int, in text: String) -> (Int, Int) {
    var line = 1
    var column = 1
    var consumed = 0
    for scalar in text.unicodeScalars {
      if consumed >= offset { break }
      consumed += UTF8.width(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }

  // MARK: Nodes to drafts

  /// The keys of a mapping node, with unknown and missing keys reported.
  mutating func fields(
    _ node: Node, of what: String, allowed: [String], required: [String]
  ) -> [String: Node]? {
    guard case .mapping(let mapping) = node else {
      report("\(what) must be a mapping of keys to values", at: node)
      return nil
    }
    var result: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        report("a key of \(what) must be plain text", at: key)
        continue
      }
      guard allowed.contains(name) else {
        let suggestion = Self.closest(to: name, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
        report("unknown key '\(name)' in \(what)\(suggestion)", at: key)
        continue
      }
      result[name] = value
    }
    for name in required where result[name] == nil {
      report("\(what) needs the key '\(name)'", at: node)
    }
    return result
  }

  mutating func string(_ node: Node?, _ what: String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node else {
      report("\(what) must be text", at: node)
      return nil
    }
    return scalar.string
  }

  mutating func text(_ node: Node?, _ what: String, itemPlaceholders: Bool) -> String? {
    guard let value = string(node, what) else { return nil }
    let trimmed = value.trimmingWhitespace
    guard !trimmed.isEmpty else {
      report("\(what) must not be empty", at: node)
      return nil
    }
    checkPlaceholders(in: trimmed, at: place(node), itemPlaceholders: itemPlaceholders)
    return trimmed
  }

  mutating func identifier(_ node: Node?, _ what: String) -> String? {
    guard let value = string(node, what) else { return nil }
    if let finding = BankRules.identifier(value, what) {
      report(finding, at: node)
      return nil
    }
    return value
  }

  mutating func bool(_ node: Node?, _ what: String) -> Bool? {
    guard let node, let value = string(node, what) else { return nil }
    switch value {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      report("\(what) must be true or false, not '\(value)'", at: node)
      return nil
    }
  }

  mutating func sequence(_ node: Node?, _ what: String) -> [Node]? {
    guard let node else { return nil }
    guard case .sequence(let sequence) = node else {
      report("\(what) must be a list", at: node)
      return nil
    }
    return Array(sequence)
  }

  mutating func checkPlaceholders(in text: String, at place: BankLocation, itemPlaceholders: Bool) {
    for finding in BankRules.placeholders(in: text, itemPlaceholders: itemPlaceholders) {
      report(finding, at: place)
    }
  }
}
