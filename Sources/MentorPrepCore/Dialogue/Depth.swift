/// How deep a conversation goes (SPEC §2): the few questions that matter, or all of them.
public enum Depth: String, Sendable, Codable, CaseIterable {
  case quick, full
}
