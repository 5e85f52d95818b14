/// The names of the two sides of a relationship, from one's own side and name and the
/// partner's: the one definition of who the mentee and the mentor are, wherever an owner is
/// named. Unknown names read "the mentee" and "the mentor"; an unknown side is the mentee's.
public struct MentoringPair: Sendable, Equatable {
  public var mentee: String
  public var mentor: String

  public init(role: Role?, me: String?, partner: String?) {
    let mentor = role == .mentor
    self.mentee = (mentor ? partner : me) ?? "the mentee"
    self.mentor = (mentor ? me : partner) ?? "the mentor"
  }

  /// The owner's name.
  public func name(of owner: Owner) -> String {
    owner.name(mentee: mentee, mentor: mentor)
  }
}
