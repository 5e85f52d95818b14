/// A place in the conversation, named by the bank's ids, so that a bank edited between two runs
/// does not move it: `resume` finds the same question again, wherever it now stands.
public enum Position: Sendable, Hashable {
  /// About to enter a state: its first question that applies is asked next.
  case entering(state: String)
  /// A question being asked; `item` is the ref of the action or milestone it is asked about
  /// when its state walks a list.
  case asking(state: String, question: String, item: String?)
  /// Between two phases, asking whether to go on now to the one that begins with `next`.
  case betweenPhases(next: String)
  /// The conversation is over.
  case finished

  /// The state the place is in (for between phases, the one that comes next); nil when finished.
  public var state: String? {
    switch self {
    case .entering(let state), .asking(let state, _, _), .betweenPhases(let state): state
    case .finished: nil
    }
  }

  /// The key the answer at this place is stored under; nil where no question is asked.
  public var answerKey: AnswerKey? {
    guard case .asking(_, let question, let item) = self else { return nil }
    return AnswerKey(question: question, item: item)
  }
}

extension Position: Codable {
  /// One flat object: `{"state", "question", "item"}` for a question, else one key naming the
  /// kind of place (`entering`, `betweenPhases`, `finished`).
  private enum CodingKeys: String, CodingKey {
    case state, question, item, entering, betweenPhases, finished
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    if let question = try values.decodeIfPresent(String.self, forKey: .question) {
      self = .asking(
        state: try values.decode(String.self, forKey: .state), question: question,
        item: try values.decodeIfPresent(String.self, forKey: .item))
    } else if let state = try values.decodeIfPresent(String.self, forKey: .entering) {
      self = .entering(state: state)
    } else if let next = try values.decodeIfPresent(String.self, forKey: .betweenPhases) {
      self = .betweenPhases(next: next)
    } else if try values.decodeIfPresent(Bool.self, forKey: .finished) == true {
      self = .finished
    } else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a place in a conversation"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .entering(let state):
      try values.encode(state, forKey: .entering)
    case .asking(let state, let question, let item):
      try values.encode(state, forKey: .state)
      try values.encode(question, forKey: .question)
      try values.encodeIfPresent(item, forKey: .item)
    case .betweenPhases(let next):
      try values.encode(next, forKey: .betweenPhases)
    case .finished:
      try values.encode(true, forKey: .finished)
    }
  }
}
