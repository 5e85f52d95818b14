/// The conversation's record as it stands, made from what the dialogue holds.
extension Dialogue {
  /// The record of this session from its own answers and the earlier actions it reviewed, as it
  /// found them: what the closing follow-up is written from, with no read of the store. It has
  /// no ids (the store makes them), so the exports that carry them are made from the store.
  public func record(at now: LocalDateTime) -> SessionRecord {
    SessionRecord(
      number: context.sessionNumber, createdAt: now, updatedAt: now, bank: bank, answers: answers,
      progress: progress, reviewed: context.memory.openActions)
  }
}
