/// An action with the reference under which the record tracks it: `2.1` is session 2's first;
/// an action the partner's record brought (`r1`) was agreed at their meeting, not in a session
/// of this record.
public struct TrackedAction: Sendable, Equatable, Codable {
  public var ref: String
  /// The session of this record that agreed the action; nil for one the partner's record
  /// brought.
  public var session: Int?
  public var item: ActionItem
  public var status: ActionStatus
  /// The random id the store gave the action when it was first saved, which travels with it
  /// to the partner's record (SPEC §7); nil for an action derived from answers not saved yet.
  public var id: String?
  /// Who agreed the action, when the partner's record brought it: the partner's name.
  public var agreedBy: String?

  public init(
    ref: String, session: Int?, item: ActionItem, status: ActionStatus, id: String? = nil, agreedBy: String? = nil
  ) {
    self.ref = ref
    self.session = session
    self.item = item
    self.status = status
    self.id = id
    self.agreedBy = agreedBy
  }
}
