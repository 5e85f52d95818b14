/// The lists a state can walk through, asking its questions once per item.
public enum ItemSource: String, Sendable, Codable, CaseIterable {
  /// The relationship's actions still open from earlier sessions.
  case openActions = "open_actions"
  /// The actions agreed in this session.
  case newActions = "new_actions"
  /// The actions agreed in this session that are the user's own.
  case ownNewActions = "own_new_actions"
  /// The milestones of the relationship (`milestones.list`), this session's or agreed earlier.
  case milestones
}
