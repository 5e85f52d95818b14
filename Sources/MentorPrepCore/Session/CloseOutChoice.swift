/// What becomes of an earlier action not yet done when the relationship closes (a separation
/// meeting): nothing is left hanging.
public enum CloseOutChoice: String, Sendable, CaseIterable, Codable {
  /// Kept, with a date it will be done by.
  case keep
  /// Handed to the other of the two.
  case handOver = "hand_over"
  case drop
}
