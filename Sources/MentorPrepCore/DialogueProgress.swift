/// Where a dialogue stands, saved with every answer so that `resume` continues exactly there.
///
/// `/back` pops the trail of questions answered, rather than replaying input.
public struct DialogueProgress: Sendable, Equatable, Codable {
  /// The question being asked, or nil once the conversation is finished.
  public var cursor: Cursor?
  /// The questions answered so far, most recent last.
  public var trail: [Cursor]
  /// Where to continue after `/edit` has re-asked an earlier question.
  public var returnTo: Cursor?
  /// Questions answered by options or by the relationship's memory, which are not asked.
  public var prefilled: [String]
  /// The items of a list being typed, before the empty line that ends it.
  public var draft: Answer?
  /// The relationship last looked up, as `role|partner`.
  public var lookedUp: String?
  /// The phase the conversation was started at (`--phase`), so that a conversation cut short in
  /// setup goes on to that phase when resumed; nil in records saved before it was kept.
  public var startPhase: Phase?

  public init(cursor: Cursor?) {
    self.cursor = cursor
    trail = []
    returnTo = nil
    prefilled = []
    draft = nil
    lookedUp = nil
    startPhase = nil
  }

  public var isFinished: Bool { cursor == nil }
}

/// A place in the bank: a question of a state, for one item when the state walks a list.
///
/// With `gate` set, the dialogue stands between two phases, asking whether to go on now.
/// `questionID` and `itemRef` name the place by id, so that a bank edited between two runs does
/// not shift it: a restored dialogue finds its indexes again from them (records saved before
/// they were kept have only the indexes).
public struct Cursor: Sendable, Equatable, Codable {
  public var state: String
  public var item: Int
  public var question: Int
  public var gate: Bool
  public var questionID: String?
  public var itemRef: String?

  public init(
    state: String, item: Int = 0, question: Int = 0, gate: Bool = false, questionID: String? = nil,
    itemRef: String? = nil
  ) {
    self.state = state
    self.item = item
    self.question = question
    self.gate = gate
    self.questionID = questionID
    self.itemRef = itemRef
  }

  /// The same place: a live dialogue derives the ids from the indexes, so they add nothing to
  /// compare (and a place restored by id has had its indexes found again).
  public static func == (left: Cursor, right: Cursor) -> Bool {
    left.state == right.state && left.item == right.item && left.question == right.question
      && left.gate == right.gate
  }
}
