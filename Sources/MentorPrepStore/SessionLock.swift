import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Proof that this process alone is running a session: the lock is held for as long as this
/// value lives, and released when it is dropped (or when the process dies, crash included).
public final class SessionLock: Sendable {
  public let session: Int
  private let release: @Sendable () -> Void

  init(session: Int, release: @escaping @Sendable () -> Void) {
    self.session = session
    self.release = release
  }

  deinit { release() }

  /// Takes `flock(LOCK_EX | LOCK_NB)` on `<locks>/session-N.lock`.
  ///
  /// A flock belongs to the open file description, so the kernel drops it when the process
  /// ends however it ends: a lock file left behind by a crash blocks nobody. The file itself
  /// is never deleted, since deleting it while another process opens it would let two
  /// processes hold "the" lock on two different files.
  static func acquire(session: Int, locks: String) throws(StoreError) -> SessionLock {
    try HomeFolder.createFolder(locks)
    let path = HomeFolder.join(locks, "session-\(session).lock")
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .notWritable(path: path, reason: HomeFolder.describe(errno))
    }
    _ = fchmod(descriptor, 0o600)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let lockError = errno
      if lockError == EINTR { continue }
      close(descriptor)
      if lockError == EWOULDBLOCK { throw .sessionInUse(session) }
      throw .notWritable(path: path, reason: HomeFolder.describe(lockError))
    }
    return SessionLock(session: session) {
      _ = flock(descriptor, LOCK_UN)
      close(descriptor)
    }
  }
}
