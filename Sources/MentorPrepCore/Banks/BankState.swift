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
  /// Entered only on the full path (`depth: full`).
  public var fullOnly: Bool
  public var questions: [Question]
  public var next: [Transition]

  private enum CodingKeys: String, CodingKey {
    case id, phase, title, lead, recall, questions, next
    case forEach = "for_each"
    case fullOnly = "full_only"
  }

  public init(
    id: String, phase: Phase, title: String, lead: String? = nil, forEach: ItemSource? = nil,
    recall: [String] = [], fullOnly: Bool = false, questions: [Question], next: [Transition]
  ) {
    self.fullOnly = fullOnly
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

extension BankState {
  /// The keys `answers` holds for this state's questions, in bank order, each question's items
  /// (`key#ref`) after it, sorted: what `/review` and `show` list.
  public func answeredKeys(in answers: [String: Answer]) -> [String] {
    questions.flatMap { question in
      let itemKeys = answers.keys.filter { AnswerKey.isItem($0, of: question.id) }.sorted()
      return (answers[question.id] == nil ? [] : [question.id]) + itemKeys
    }
  }
}
