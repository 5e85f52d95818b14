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
