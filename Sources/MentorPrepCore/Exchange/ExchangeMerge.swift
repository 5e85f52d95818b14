import Foundation

/// What a partner's record changes in the relationship here (SPEC §7), worked out with no I/O;
/// the store applies it in one transaction.
///
/// An action is known by its id. One whose id is not known, but whose owner is that of an
/// action agreed here the partner's record has not named yet, and whose words are nearly the
/// same (`isSame`), is the same action written down by both at the meeting: the two are merged,
/// and both keep the smaller id, so the records agree on it after one exchange each way. An
/// action not known at all is added, agreed by the sender. A known one takes the change with the
/// later `updated_at`; on equal times the owner's side wins; and a status the owner settled here
/// (done or dropped) is not undone by the other person. The partner may settle, re-date or hand
/// over an action agreed here, never rewrite its text (the session's answers say it); an action
/// the partner's record brought takes their text and success too, a success they left out kept.
public enum ExchangeMerge {
  /// The changes to the actions: `actions` are the relationship's, each with when it last
  /// changed.
  public static func actionChanges(of record: ReceivedExchange, actions: [ExchangedAction], from sender: String)
    -> [ImportChange]
  {
    var byID: [String: ExchangedAction] = [:]
    for action in actions { if let id = action.action.id { byID[id] = action } }
    let named = Set(record.actions.map(\.id))
    // The actions agreed here that the record does not name, by their words and owner.
    var unnamed = actions.filter { $0.action.agreedBy == nil && !named.contains($0.action.id ?? "") }
    let myRole = record.recipient.role
    return record.actions.compactMap { incoming in
      let owner = incoming.ownerRole.map(Owner.role) ?? .named(incoming.ownerName)
      let item = ActionItem(text: incoming.text, owner: owner, due: incoming.due, success: incoming.success)
      var kept = byID[incoming.id]
      if kept == nil {
        let scored = unnamed.indices.compactMap { index -> (index: Int, score: Double)? in
          guard unnamed[index].action.item.owner == owner else { return nil }
          return similarity(unnamed[index].action.item.text, incoming.text).map { (index, $0) }
        }
        if let best = scored.max(by: { $0.score < $1.score }) { kept = unnamed.remove(at: best.index) }
      }
      guard let kept else {
        let action = TrackedAction(
          ref: "", session: nil, item: item, status: incoming.status, id: incoming.id, agreedBy: sender)
        return ImportChange(.added(action), from: sender, at: incoming.updatedAt)
      }
      var after = kept.action
      if let id = after.id, incoming.id < id { after.id = incoming.id }
      let senderOwns = kept.action.item.owner == .role(record.sender.role)
      let settledByMe = kept.action.item.owner == .role(myRole) && !kept.action.status.isOpen
      if !settledByMe, incoming.updatedAt > kept.updatedAt || (incoming.updatedAt == kept.updatedAt && senderOwns) {
        after.status = incoming.status
        after.item.owner = owner
        after.item.due = incoming.due
        if kept.action.agreedBy != nil {
          after.item.text = incoming.text
          after.item.success = incoming.success ?? kept.action.item.success
        }
      }
      guard after != kept.action else { return nil }
      return ImportChange(
        .changed(before: kept.action, after: after), from: sender, at: max(incoming.updatedAt, kept.updatedAt))
    }
  }

  /// How nearly two people's words for an action are the same, nil when they are not: of the
  /// shorter one's words (case and accents aside), at least four in five are in the longer, and
  /// at least three, or all of a shorter one (`Send the deck`, `Send Sam the deck`). So
  /// `Talk to two product analysts` and `Talk to 2 product analysts about their work` are one
  /// action, `Read chapter 3` and `Read chapter 4` two.
  static func similarity(_ one: String, _ other: String) -> Double? {
    func words(_ text: String) -> Set<String> {
      Set(PersonName.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
    let first = words(one), second = words(other)
    let shorter = min(first.count, second.count)
    guard shorter > 0 else { return nil }
    let shared = first.intersection(second).count
    let score = Double(shared) / Double(shorter)
    guard score >= 0.8, shared >= min(3, shorter) else { return nil }
    return score + Double(shared) / Double(max(first.count, second.count)) / 10
  }

  /// The shared answers (agenda topics, charter terms, the next meeting) that are new or changed:
  /// `kept` holds those kept from earlier records, each with when its record was sent. An older
  /// record never replaces what a newer one sent.
  public static func answerChanges(
    of record: ReceivedExchange, kept: [String: (answer: Answer, sentAt: Date)], from sender: String
  ) -> [ImportChange] {
    var answers = record.answers
    // The next meeting travels beside the answers; it is kept as the answer that agreed it.
    if let next = record.nextMeetingAt { answers[SessionRecord.Key.nextMeetingAt] = .dateTime(next) }
    // So does the meeting the record was written for: an agenda dates the meeting to come.
    if let meeting = record.meetingAt { answers[SessionRecord.Key.meetingAt] = .dateTime(meeting) }
    return answers.keys.sorted().compactMap { key in
      guard let answer = answers[key] else { return nil }
      if let earlier = kept[key], earlier.sentAt > record.sentAt || earlier.answer == answer { return nil }
      return ImportChange(.shared(key: key, answer: answer), from: sender, at: record.sentAt)
    }
  }
}
