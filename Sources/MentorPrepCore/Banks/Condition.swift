/// A test on earlier answers: every key must have one of its listed values.
///
/// Keys are question ids (`setup.role`) or facts the dialogue knows (`context.returning`).
/// Written as a list of such mappings, it holds when any one of them does.
public struct Condition: Sendable, Equatable, Codable {
  public var clauses: [Clause]
  /// Further sets of clauses, any of which may hold instead of `clauses`.
  public var otherwise: [[Clause]]

  public init(_ clauses: [Clause], otherwise: [[Clause]] = []) {
    self.clauses = clauses
    self.otherwise = otherwise
  }

  /// Every set of clauses; the condition holds when all clauses of one set hold.
  public var alternatives: [[Clause]] { [clauses] + otherwise }

  /// One key and the values that satisfy it.
  public struct Clause: Sendable, Equatable, Codable {
    public var key: String
    public var values: [String]

    public init(key: String, values: [String]) {
      self.key = key
      self.values = values
    }
  }

  /// The facts the dialogue itself provides to conditions.
  public static let contextKeys: [String] = [
    "context.returning", "context.open_actions", "context.milestones", "context.closing",
    "context.next_meeting", "context.own_actions", "context.charter_check", "context.unmeasured_actions",
  ]
}
