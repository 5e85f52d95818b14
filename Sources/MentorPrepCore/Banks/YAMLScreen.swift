import Yams

/// A pass over a bank file's composed YAML, before any of it is read as a bank, that refuses what
/// a bank never needs and an attacker could use: anchors and aliases (an alias "bomb" multiplies
/// a small file into a huge tree for whoever walks it) and nesting deep enough to exhaust the
/// stack of a recursive reader.
///
/// It walks the tree Yams composed, not libyaml's events, so the core needs Yams' public API
/// only. Composing costs little either way: an alias is the anchored node again, shared rather
/// than copied, and libyaml itself stops at 1,000 levels. The walk stops at the first anchor in
/// document order, which comes before every alias to it, so it never follows one.
enum YAMLScreen {
  /// Banks nest about six levels deep; this leaves room and still bounds the readers.
  static let maximumDepth = 64

  struct Finding: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// The first thing refused, in document order, or nil. `parser` composed `root` and must be
  /// alive: Yams' nodes hold their anchors weakly, and the parser keeps them.
  static func screen(_ root: Node, composedBy parser: Parser) -> Finding? {
    withExtendedLifetime(parser) { firstFinding(in: root, depth: 0) }
  }

  private static func firstFinding(in node: Node, depth: Int) -> Finding? {
    let children: [Node]
    let anchored: Bool
    switch node {
    case .scalar(let scalar):
      anchored = scalar.anchor != nil
      children = []
    case .alias:
      anchored = true
      children = []
    case .sequence(let sequence):
      anchored = sequence.anchor != nil
      children = Array(sequence)
    case .mapping(let mapping):
      anchored = mapping.anchor != nil
      children = mapping.flatMap { [$0.key, $0.value] }
    }
    let depth = node.isCollection ? depth + 1 : depth
    let mark = node.mark
    if anchored {
      return Finding(
        line: mark?.line ?? 1, column: mark?.column ?? 1,
        message: "anchors and aliases (&, *) are not allowed in a question bank")
    }
    if depth > maximumDepth {
      return Finding(
        line: mark?.line ?? 1, column: mark?.column ?? 1,
        message: "the YAML nests deeper than \(maximumDepth) levels; a bank needs far fewer")
    }
    for child in children {
      if let finding = firstFinding(in: child, depth: depth) { return finding }
    }
    return nil
  }
}

extension Node {
  fileprivate var isCollection: Bool {
    switch self {
    case .sequence, .mapping: true
    case .scalar, .alias: false
    }
  }
}
