import Foundation
import MentorPrepStore

/// The home folder's store, opened when a command first needs it.
///
/// A command that only looks (`--with` someone in a home with no database, a conversation not
/// yet answered) asks for the `existing` store and creates nothing; the first save opens it,
/// creating the home and the database when they are missing.
final class HomeStore {
  let home: String
  /// The time changes are stamped with: the fixed clock of `--now`, else nil (the system's).
  private let fixedInstant: Date?
  private var store: SessionStore?

  init(home: String, clock: WallClock? = nil) {
    self.home = home
    fixedInstant = clock.flatMap { $0.isFixed ? $0.instant : nil }
  }

  /// The store, created when the home has none yet.
  func opened() throws(StoreError) -> SessionStore {
    if let store { return store }
    let opened = try SessionStore(home: home)
    store = stamped(opened)
    return opened
  }

  /// The store when the home has a database, nil when it has none (nothing is created).
  func existing() throws(StoreError) -> SessionStore? {
    if let store { return store }
    store = try SessionStore.existing(home: home).map(stamped)
    return store
  }

  private func stamped(_ store: SessionStore) -> SessionStore {
    if let fixedInstant { store.stampChanges { fixedInstant } }
    return store
  }
}
