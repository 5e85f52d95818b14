/// A whole question bank: every state of the conversation, in the order the files list them.
///
/// A bank is data. It is built by `BankLoader` from YAML and never changes while a dialogue runs.
public struct QuestionBank: Sendable, Equatable, Codable {
  /// The states, in the order the files list them (setup, before, during, after, then any other).
  public var states: [BankState]
  /// Where each phase begins.
  public var entries: [Phase: String]

  public init(states: [BankState], entries: [Phase: String]) {
    self.states = states
    self.entries = entries
    self.stateIndex = Dictionary(states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var questions: [String: QuestionLocation] = [:]
    for (s, state) in states.enumerated() {
      for (q, question) in state.questions.enumerated() where questions[question.id] == nil {
        questions[question.id] = QuestionLocation(state: s, question: q)
      }
    }
    self.questionIndex = questions
  }

  private let stateIndex: [String: Int]
  private let questionIndex: [String: QuestionLocation]

  private struct QuestionLocation: Sendable, Equatable {
    var state: Int
    var question: Int
  }

  private enum CodingKeys: String, CodingKey { case states, entries }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      states: try container.decode([BankState].self, forKey: .states),
      entries: try container.decode([Phase: String].self, forKey: .entries))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(states, forKey: .states)
    try container.encode(entries, forKey: .entries)
  }

  public static func == (lhs: QuestionBank, rhs: QuestionBank) -> Bool {
    lhs.states == rhs.states && lhs.entries == rhs.entries
  }

  /// The state with this id, if the bank has one.
  public func state(_ id: String) -> BankState? {
    stateIndex[id].map { states[$0] }
  }

  /// The question with this id and the state that holds it.
  public func question(_ id: String) -> (state: BankState, question: Question)? {
    guard let location = questionIndex[id] else { return nil }
    let state = states[location.state]
    return (state, state.questions[location.question])
  }

  /// Every question id, in bank order.
  public var questionIDs: [String] {
    states.flatMap { $0.questions.map(\.id) }
  }
}

/// One of the three moments of a mentoring conversation, plus the setup that precedes them.
public enum Phase: String, Sendable, Codable, CaseIterable, Comparable, CodingKeyRepresentable {
  case setup, before, during, after

  /// The name a user reads.
  public var title: String {
    switch self {
    case .setup: "Setup"
    case .before: "Before the meeting"
    case .during: "During the meeting"
    case .after: "After the meeting"
    }
  }

  private var order: Int {
    switch self {
    case .setup: 0
    case .before: 1
    case .during: 2
    case .after: 3
    }
  }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.order < rhs.order }
}

/// The two sides of a mentoring relationship.
public enum Role: String, Sendable, Codable, CaseIterable {
  case mentee, mentor

  /// The other side.
  public var partner: Role {
    switch self {
    case .mentee: .mentor
    case .mentor: .mentee
    }
  }
}

/// One step of the conversation: a title, a short lead-in, its questions and where to go next.
public struct BankState: Sendable, Equatable, Codable {
  public var id: String
  public var phase: Phase
  public var title: String
  public var lead: String?
  /// When set, the questions are asked once for every item of this list.
  public var forEach: ItemSource?
  /// Earlier answers (of this session or the relationship's earlier ones) shown before the questions.
  public var recall: [String]
  public var questions: [Question]
  public var next: [Transition]

  private enum CodingKeys: String, CodingKey {
    case id, phase, title, lead, recall, questions, next
    case forEach = "for_each"
  }

  public init(
    id: String, phase: Phase, title: String, lead: String? = nil, forEach: ItemSource? = nil,
    recall: [String] = [], questions: [Question], next: [Transition]
  ) {
    self.id = id
    self.phase = phase
    self.title = title
    self.lead = lead
    self.forEach = forEach
    self.recall = recall
    self.questions = questions
    self.next = next
  }
}

/// The lists a state can walk through, asking its questions once per item.
public enum ItemSource: String, Sendable, Codable, CaseIterable {
  /// The relationship's actions still open from earlier sessions.
  case openActions = "open_actions"
  /// The actions agreed in this session.
  case newActions = "new_actions"
  /// The actions agreed in this session that the user owns.
  case ownNewActions = "own_new_actions"
}

/// Where a state leads: the first transition whose condition holds is taken.
public struct Transition: Sendable, Equatable, Codable {
  public var condition: Condition?
  public var target: Target

  public init(condition: Condition? = nil, target: Target) {
    self.condition = condition
    self.target = target
  }

  /// A state id, or the end of the conversation.
  ///
  /// Written as the bank file writes it: the state id, or `end`.
  public enum Target: Sendable, Equatable, Codable {
    case state(String)
    case end

    public init(from decoder: any Decoder) throws {
      let id = try decoder.singleValueContainer().decode(String.self)
      self = id == "end" ? .end : .state(id)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .state(let id): try container.encode(id)
      case .end: try container.encode("end")
      }
    }
  }
}

/// A test on earlier answers: every key must have one of its listed values.
///
/// Keys are question ids (`setup.role`) or facts the dialogue knows (`context.returning`).
public struct Condition: Sendable, Equatable, Codable {
  public var clauses: [Clause]

  public init(_ clauses: [Clause]) {
    self.clauses = clauses
  }

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
  public static let contextKeys: [String] = ["context.returning", "context.open_actions"]
}
