/// A partner's name typed at the name question that names someone met before by a word of
/// their name: the dialogue asks which person is meant before it stores anything (SPEC §2).
///
/// Kept in the saved progress, so input cut at the question resumes at the same question.
public struct PartnerChoice: Sendable, Equatable, Codable {
  /// The name as typed, in its stored form: the answer when someone new is meant.
  public var typed: String
  /// The known partners it names, in the order they are offered.
  public var candidates: [String]

  public init(typed: String, candidates: [String]) {
    self.typed = typed
    self.candidates = candidates
  }
}
