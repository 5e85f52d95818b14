/// Where a dialogue stands, saved with every answer so that `resume` continues exactly there.
///
/// Every place is a `Position`, by id. `/back` pops the trail of questions answered, rather
/// than replaying input.
public struct DialogueProgress: Sendable, Equatable, Codable {
  /// Where the conversation stands: the question being asked, or between phases, or finished.
  public var position: Position
  /// The places answered so far, most recent last.
  public var trail: [Position]
  /// Where to continue after `/edit` has re-asked an earlier question.
  public var returnTo: Position?
  /// Questions answered by options or by the relationship's memory, which are not asked.
  public var prefilled: [String]
  /// The items of a list being typed at `position`, before the empty line that ends it.
  public var draft: Answer?
  /// The relationship last looked up, as `role|partner`.
  public var lookedUp: String?
  /// The phase the conversation was started at (`--phase`), so that a conversation cut short in
  /// setup goes on to that phase when resumed; nil in records saved before it was kept.
  public var startPhase: Phase?
  /// At the partner's name: the known partners the typed name may mean, asked about before
  /// the answer is stored; nil in records saved before it was kept.
  public var partnerChoice: PartnerChoice?
  /// Answers typed on another question's line (a carried action's new date, and at a
  /// separation its close-out, typed with its status: `partly by friday`), which are then not
  /// asked on their own; nil when there are none, and in records saved before it was kept.
  public var answeredInline: [String]?

  public init(position: Position) {
    self.position = position
    trail = []
    returnTo = nil
    prefilled = []
    draft = nil
    lookedUp = nil
    startPhase = nil
    partnerChoice = nil
    answeredInline = nil
  }

  public var isFinished: Bool { position == .finished }
}
