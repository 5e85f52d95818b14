import MentorPrepCore

/// One line of `actions`: an agreed action, whose it is and how far it got.
public struct ActionRow: Sendable, Equatable, Codable {
  /// The action's random id, the same in both partners' records.
  public var id: String
  /// `2.1`: the session's number and the action's place in it; `r1` for one the partner's
  /// record brought.
  public var ref: String
  /// The session that agreed it; nil for one the partner's record brought.
  public var session: Int?
  public var text: String
  public var owner: Owner
  /// The owner's name, resolved with the relationship's names of mentee and mentor.
  public var ownerName: String
  public var due: LocalDateTime?
  public var status: ActionStatus
  public var partner: String?
  /// Who agreed it, when the partner's record brought it: the partner (`agreed_by` in JSON).
  public var agreedBy: String?

  public init(
    id: String, ref: String, session: Int?, text: String, owner: Owner, ownerName: String, due: LocalDateTime?,
    status: ActionStatus, partner: String?, agreedBy: String? = nil
  ) {
    self.id = id
    self.ref = ref
    self.session = session
    self.text = text
    self.owner = owner
    self.ownerName = ownerName
    self.due = due
    self.status = status
    self.partner = partner
    self.agreedBy = agreedBy
  }
}
