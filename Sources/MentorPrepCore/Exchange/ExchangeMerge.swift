import Foundation

/// What a partner's record changes in the relationship here (SPEC §7), worked out with no I/O;
/// the store applies it in one transaction.
///
/// An action is known by its id. One whose id is not known, but whose words and owner are
/// those of an action agreed here the partner's record has not named yet, is the same action
/// written down by both at the meeting: the two are merged, and both keep the smaller id, so
/// the records agree on it after one exchange each way. An action not known at all is added,
/// agreed by the sender. A known one takes the change with the later `updated_at`; on equal
/// times the owner's side wins. The partner may settle, re-date or hand over an action agreed
/// here, never rewrite its text (the session's answers say it); an action the partner's
/// record brought takes their text and success too.
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
    return record.actions.compactMap { incoming in
      let owner = incoming.ownerRole.map(Owner.role) ?? .named(incoming.ownerName)
      let item = ActionItem(text: incoming.text, owner: owner, due: incoming.due, success: incoming.success)
      var kept = byID[incoming.id]
      if kept == nil, let index = unnamed.firstIndex(where: { isSame($0.action, text: incoming.text, owner: owner) }) {
        kept = unnamed.remove(at: index)
      }
      guard let kept else {
        let action = TrackedAction(
          ref: "", session: nil, item: item, status: incoming.status, id: incoming.id, agreedBy: sender)
        return ImportChange(.added(action), from: sender, at: incoming.updatedAt)
      }
      var after = kept.action
      if let id = after.id, incoming.id < id { after.id = incoming.id }
      let senderOwns = kept.action.item.owner == .role(record.sender.role)
      if incoming.updatedAt > kept.updatedAt || (incoming.updatedAt == kept.updatedAt && senderOwns) {
        after.status = incoming.status
        after.item.owner = owner
        after.item.due = incoming.due
        if kept.action.agreedBy != nil {
          after.item.text = incoming.text
          after.item.success = incoming.success
        }
      }
      guard after != kept.action else { return nil }
      return ImportChange(
        .changed(before: kept.action, after: after), from: sender, at: max(incoming.updatedAt, kept.updatedAt))
    }
  }

  /// Whether an action agreed here is one the partner wrote down too: the same owner, and the
  /// same words, case, spacing and accents aside.
  static func isSame(_ action: TrackedAction, text: String, owner: Owner) -> Bool {
    action.item.owner == owner && PersonName.fold(PersonName.stored(action.item.text)) == PersonName.fold(PersonName.stored(text))
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
    return answers.keys.sorted().compactMap { key in
      guard let answer = answers[key] else { return nil }
      if let earlier = kept[key], earlier.sentAt > record.sentAt || earlier.answer == answer { return nil }
      return ImportChange(.shared(key: key, answer: answer), from: sender, at: record.sentAt)
    }
  }
}
