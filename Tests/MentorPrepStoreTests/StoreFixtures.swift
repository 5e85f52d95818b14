import Foundation
import MentorPrepBuiltInBanks
import MentorPrepCore
import Testing

@testable import MentorPrepStore

/// The two kinds of store every behaviour is checked against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
  case memory, file

  var testDescription: String { rawValue }
}

/// Runs `body` with a fresh store of one kind; a file store's temporary home is removed after.
func withStore(_ kind: StoreKind, _ body: (SessionStore) throws -> Void) throws {
  switch kind {
  case .memory:
    try body(try SessionStore.inMemory())
  case .file:
    let home = TemporaryHome.make()
    defer { TemporaryHome.remove(home) }
    try body(try SessionStore(home: home))
  }
}

/// A fresh folder under the system's temporary folder; `make` does not create it.
enum TemporaryHome {
  static func make() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("mentorprep-store-tests-\(UUID().uuidString)").path
  }

  static func remove(_ path: String) {
    // A test may have narrowed permissions; widen them back so removal works for non-root.
    _ = chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// The built-in bank, as the binary carries it.
let builtInBank = BuiltInBanks.bank

/// Dates used throughout, as `--now` would give them.
let firstMeeting = LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)
let secondMeeting = LocalDateTime(year: 2026, month: 12, day: 10, hour: 15, minute: 0)

extension SessionStore {
  /// Saves answers as the dialogue would, one batch, at a cursor of the given state.
  func save(
    _ session: Int, _ answers: [String: Answer], at state: String?, now: LocalDateTime
  ) throws {
    var progress = DialogueProgress(position: state.map { .entering(state: $0) } ?? .finished)
    progress.trail = [.asking(state: "setup.who", question: "setup.role", item: nil)]
    let phase = state.flatMap { builtInBank.state($0)?.phase } ?? .after
    try save(
      session: session, changes: answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
      progress: progress, phase: phase, at: now)
  }

  /// Saves changes as a conversation would: the snapshot derived by the core from the session's
  /// answers after them, with the built-in bank.
  func save(
    session: Int, changes: [(key: String, answer: Answer)], progress: DialogueProgress, phase: Phase,
    at now: LocalDateTime
  ) throws {
    var answers = try loadSession(session).answers
    for (key, answer) in changes { answers[key] = answer }
    try save(
      session: session,
      SessionSnapshot(
        session: session, answers: answers, changes: changes, progress: progress, phase: phase, bank: builtInBank,
        at: now))
  }

  /// A new session with the setup answers of a mentee meeting `partner`.
  func startSession(
    with partner: String, role: Role = .mentee, now: LocalDateTime = firstMeeting,
    extra: [String: Answer] = [:]
  ) throws -> Int {
    let number = try createSession(
      at: now, progress: DialogueProgress(position: .entering(state: "setup.who")))
    var answers: [String: Answer] = [
      SessionRecord.Key.role: .choice(role.rawValue),
      SessionRecord.Key.me: .text("Sam Lee"),
      SessionRecord.Key.partner: .text(partner),
      SessionRecord.Key.meetingAt: .dateTime(now),
    ]
    for (key, answer) in extra { answers[key] = answer }
    try save(number, answers, at: "during.actions", now: now)
    return number
  }
}

extension StoredSession {
  /// The record the core derives from what the store kept, with the built-in bank.
  var record: SessionRecord {
    SessionRecord(
      number: number, createdAt: createdAt, updatedAt: updatedAt, bank: builtInBank, answers: answers,
      progress: progress, reviewed: reviewed, statuses: statuses, ids: ids, relationshipID: relationshipID)
  }
}
