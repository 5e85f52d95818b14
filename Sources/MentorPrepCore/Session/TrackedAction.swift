/// An action with the reference under which the record tracks it: `2.1` is session 2's first.
public struct TrackedAction: Sendable, Equatable, Codable {
  public var ref: String
  public var session: Int
  public var item: ActionItem
  public var status: ActionStatus
  /// The random id the store gave the action when it was first saved, which travels with it
  /// to the partner's record (SPEC §7); nil for an action derived from answers not saved yet.
  public var id: String?

  public init(ref: String, session: Int, item: ActionItem, status: ActionStatus, id: String? = nil) {
    self.ref = ref
    self.session = session
    self.item = item
    self.status = status
    self.id = id
  }
}
