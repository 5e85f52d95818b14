/// Why a saved conversation cannot be continued.
public enum DialogueError: Error, Sendable, Equatable {
  /// The record names a state or question the current banks do not have.
  case unknownID(String)
}
