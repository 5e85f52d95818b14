import Foundation

/// The locks of an in-memory store, which has no folder to keep lock files in: they only
/// exclude one another within the store.
final class MemoryLocks: @unchecked Sendable {
  private let guardLock = NSLock()
  private var held: Set<Int> = []

  func acquire(session: Int) throws(StoreError) -> SessionLock {
    let taken = guardLock.withLock { held.insert(session).inserted }
    guard taken else { throw .sessionInUse(session) }
    return SessionLock(session: session) { [self] in
      guardLock.withLock { _ = held.remove(session) }
    }
  }
}
