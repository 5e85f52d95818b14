/// How deep a conversation goes (SPEC §2): the few questions that matter, or all of them.
public enum Depth: String, Sendable, Codable, CaseIterable {
  case quick, full
}

extension Depth {
  /// `Quick` or `Full`, as a note begins.
  var spoken: String { self == .quick ? "Quick" : "Full" }

  /// What choosing this depth gets: `the whole method`, or `the essentials only`.
  var spokenAim: String { self == .quick ? "the essentials only" : "the whole method" }
}
