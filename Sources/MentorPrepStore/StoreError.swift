import MentorPrepCore

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
  /// A stored value does not decode (a date, a status, an answer's JSON): the file is a
  /// mentorprep database, and what does not need that value still works.
  case damagedRow(reason: String)
  /// One session's row (or one of its answers or actions) does not decode; every other session
  /// is still read.
  case damagedSession(Int, reason: String)
  /// Another process holds the session's lock.
  case sessionInUse(Int)
  /// The database was migrated by a newer mentorprep.
  case newerSchema(path: String)
  /// A partner's record that cannot be merged here (SPEC §7): nothing of it was written.
  case exchangeRefused(String)

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
    case .damagedRow(let reason):
      "A saved value cannot be read (\(reason)); what does not need it still works, and a"
        + " backup of the database from before the damage would bring it back."
    case .damagedSession(let number, let reason):
      "Session \(number) is damaged and cannot be read (\(reason)); every other session still"
        + " works, and a backup of the database from before the damage would bring this one back."
    case .sessionInUse(let number):
      "Session \(number) is open in another mentorprep process; finish or quit it there first."
    case .newerSchema(let path):
      "The database \(path) was written by a newer version of mentorprep; "
        + "upgrade mentorprep to open it."
    case .exchangeRefused(let reason):
      "The exchange record cannot be merged (\(ExportText.line(reason))); nothing was imported."
    }
  }
}
