/// Why the session store could not do what was asked.
///
/// The CLI maps each case to an exit status (SPEC §6); `message` is the sentence it prints.
public enum StoreError: Error, Equatable, Sendable {
  /// No session has this number.
  case noSuchSession(Int)
  /// No action has this ref.
  case noSuchAction(String)
  /// The home folder or the database cannot be written: read-only, permission denied, disk full.
  case notWritable(path: String, reason: String)
  /// The file is not a mentorprep database, or a stored value does not decode.
  case corrupted(path: String, reason: String)
  /// Another process holds the session's lock.
  case sessionInUse(Int)
  /// The database was migrated by a newer mentorprep.
  case newerSchema(path: String)

  /// One sentence that says what went wrong and what to do about it.
  public var message: String {
    switch self {
    case .noSuchSession(let number):
      "There is no session \(number); run `mentorprep list` to see the sessions there are."
    case .noSuchAction(let ref):
      "There is no action \(ref); run `mentorprep actions` to see the refs there are."
    case .notWritable(let path, let reason):
      "Cannot write \(path) (\(reason)); make the folder writable or free some space, "
        + "or choose another home with --home."
    case .corrupted(let path, let reason):
      "The database \(path) is not a mentorprep database or is damaged (\(reason)); "
        + "move it aside to start afresh, or restore a backup."
    case .sessionInUse(let number):
      "Session \(number) is open in another mentorprep process; finish or quit it there first."
    case .newerSchema(let path):
      "The database \(path) was written by a newer version of mentorprep; "
        + "upgrade mentorprep to open it."
    }
  }
}
