import Foundation
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// Two processes must never run one session at once; a crash must not leave it locked.
@Suite struct SessionLockTests {
  /// flock locks belong to the open file description, so a second `lock` in this process opens
  /// the file again and conflicts exactly as another process would.
  @Test(arguments: StoreKind.allCases)
  func aHeldSessionCannotBeLockedAgain(kind: StoreKind) throws {
    try withStore(kind) { store in
      var first: SessionLock? = try store.lock(session: 1)
      #expect(throws: StoreError.sessionInUse(1)) { _ = try store.lock(session: 1) }
      let other = try store.lock(session: 2)
      #expect(other.session == 2)
      #expect(first?.session == 1)
      first = nil
      let again = try store.lock(session: 1)
      #expect(again.session == 1)
    }
  }

  @Test func aStaleLockFileDoesNotBlock() throws {
    try withStore(.file) { store in
      let locks = store.home! + "/locks"
      try FileManager.default.createDirectory(atPath: locks, withIntermediateDirectories: true)
      let stale = locks + "/session-4.lock"
      #expect(FileManager.default.createFile(atPath: stale, contents: Data("12345\n".utf8)))
      let lock = try store.lock(session: 4)
      #expect(lock.session == 4)
    }
  }

  /// Another process holds the lock (a shell that locks its descriptor 9 with util-linux
  /// `flock`, then becomes `sleep`); once that process is killed, the lock is free.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
  func anotherProcessHoldsTheLockUntilItDies() throws {
    try withStore(.file) { store in
      let lockFile = store.home! + "/locks/session-9.lock"
      _ = try store.lock(session: 9)  // makes the folder and file; released at once
      let holder = Process()
      holder.executableURL = URL(fileURLWithPath: "/bin/sh")
      holder.arguments = ["-c", "exec 9>>\"$0\"; /usr/bin/flock -x 9; exec sleep 30", lockFile]
      try holder.run()
      defer { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) } }

      var refused = false
      for _ in 0..<500 where !refused {  // until the child has taken the lock (at most 5 s)
        do {
          _ = try store.lock(session: 9)
          usleep(10_000)
        } catch StoreError.sessionInUse(9) {
          refused = true
        }
      }
      #expect(refused)

      kill(holder.processIdentifier, SIGKILL)
      holder.waitUntilExit()
      #expect(throws: Never.self) { _ = try store.lock(session: 9) }
    }
  }
}
