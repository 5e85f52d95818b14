/// The one check of which characters act on a display instead of being shown: the exports
/// replace them, the terminal shows them escaped and the line editor never types them.
extension Unicode.Scalar {
  /// A C0 or C1 control character or DEL (Unicode's category Cc; a tab and the line breaks count).
  public var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }

  /// A control character, or a bidirectional embedding, override or isolate, which a terminal
  /// would act on: the latter reorder what is shown after them.
  public var actsOnDisplay: Bool {
    isBidirectionalControl || isControlCharacter
  }

  /// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): shown
  /// escaped at the terminal, removed from the exports.
  public var isBidirectionalControl: Bool {
    switch value {
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
