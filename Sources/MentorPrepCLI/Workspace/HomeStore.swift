import MentorPrepStore

/// The home folder's store, opened when a command first needs it.
///
/// A command that only looks (`--with` someone in a home with no database, a conversation not
/// yet answered) asks for the `existing` store and creates nothing; the first save opens it,
/// creating the home and the database when they are missing.
final class HomeStore {
  let home: String
  private var store: SessionStore?

  init(home: String) {
    self.home = home
  }

  /// The store, created when the home has none yet.
  func opened() throws(StoreError) -> SessionStore {
    if let store { return store }
    let opened = try SessionStore(home: home)
    store = opened
    return opened
  }

  /// The store when the home has a database, nil when it has none (nothing is created).
  func existing() throws(StoreError) -> SessionStore? {
    if let store { return store }
    store = try SessionStore.existing(home: home)
    return store
  }
}
