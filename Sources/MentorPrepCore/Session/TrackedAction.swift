/// An action with the reference under which the record tracks it: `2.1` is session 2's first.
public struct TrackedAction: Sendable, Equatable, Codable {
  public var ref: String
  public var session: Int
  public var item: ActionItem
  public var status: ActionStatus

  public init(ref: String, session: Int, item: ActionItem, status: ActionStatus) {
    self.ref = ref
    self.session = session
    self.item = item
    self.status = status
  }
}
