import MentorPrepCore

/// One line of `actions`: an agreed action, whose it is and how far it got.
public struct ActionRow: Sendable, Equatable, Codable {
  /// The action's random id, the same in both partners' records.
  public var id: String
  /// `2.1`: the session's number and the action's place in it.
  public var ref: String
  public var session: Int
  public var text: String
  public var owner: Owner
  /// The owner's name, resolved with the relationship's names of mentee and mentor.
  public var ownerName: String
  public var due: LocalDateTime?
  public var status: ActionStatus
  public var partner: String?

  public init(
    id: String, ref: String, session: Int, text: String, owner: Owner, ownerName: String, due: LocalDateTime?,
    status: ActionStatus, partner: String?
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
  }
}
