import MentorPrepCore
import Synchronization

/// What this process last saved of each session's derived rows — the relationship it named and
/// the actions it agreed — so that a save whose answers change neither leaves those rows (and
/// their half-dozen index pages) unwritten. A conversation saves some sixty times; most saves
/// change one answer and the session's place, and rewriting the rest was a third of the pages
/// each commit wrote.
///
/// Only ever a cache of what was written: a session it does not know is saved in full, and it
/// is updated once a save's transaction has committed.
final class SavedRows: Sendable {
  struct Rows: Equatable {
    var relationship: SessionSnapshot.Relationship?
    var relationshipID: Int64?
    var actions: [TrackedAction]
  }

  private let saved = Mutex<[Int: Rows]>([:])

  func rows(of session: Int) -> Rows? {
    saved.withLock { $0[session] }
  }

  func remember(_ rows: Rows, of session: Int) {
    saved.withLock { $0[session] = rows }
  }
}
