import CYaml

/// A pass over a bank file's YAML events, before any tree is built, that refuses what a bank
/// never needs and an attacker could use: anchors and aliases (an alias "bomb" multiplies a
/// small file into a huge tree) and nesting deep enough to exhaust the stack of a recursive
/// composer.
enum YAMLScreen {
  /// Banks nest about six levels deep; this leaves room and still bounds the composer.
  static let maximumDepth = 64

  struct Finding: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// The first thing refused, or nil. Syntax errors are left to the composer, which words them.
  static func screen(_ text: String) -> Finding? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { buffer -> Finding? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var depth = 0
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        let place = (line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        let anchored: Bool
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return nil
        case YAML_ALIAS_EVENT:
          anchored = true
        case YAML_SCALAR_EVENT:
          anchored = event.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT:
          anchored = event.data.sequence_start.anchor != nil
          depth += 1
        case YAML_MAPPING_START_EVENT:
          anchored = event.data.mapping_start.anchor != nil
          depth += 1
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          anchored = false
          depth -= 1
        default:
          anchored = false
        }
        if anchored {
          return Finding(
            line: place.line, column: place.column,
            message: "anchors and aliases (&, *) are not allowed in a question bank")
        }
        if depth > maximumDepth {
          return Finding(
            line: place.line, column: place.column,
            message: "the YAML nests deeper than \(maximumDepth) levels; a bank needs far fewer")
        }
      }
    }
  }
}
