import MentorPrepCore
import MentorPrepStore

extension StoredSession {
  /// The session's record, as exports, `show` and `resume` read it: derived by the core from
  /// the answers with `bank`, with how far it got and whether it was completed as stored (a
  /// completed session reopened with `resume --phase` stays completed).
  func record(bank: QuestionBank) -> SessionRecord {
    var record = SessionRecord(
      number: number, createdAt: createdAt, updatedAt: updatedAt, bank: bank, answers: answers,
      progress: progress, reviewed: reviewed, statuses: statuses, ids: ids, relationshipID: relationshipID)
    record.phaseReached = phaseReached
    record.completed = completed
    return record
  }
}
