import Foundation

/// What a partner's record changes in the relationship here (SPEC §7), worked out with no I/O;
/// the store applies it in one transaction.
///
/// An action not known is added, agreed by the sender. A known one takes the change with the
/// later `updated_at`; on equal times the owner's side wins. The partner may settle, re-date or
/// hand over an action agreed here, never rewrite its text (the session's answers say it); an
/// action the partner's record brought takes their text and success too.
public enum ExchangeMerge {
  /// The changes to the actions: `known` holds the relationship's actions by id, each with when
  /// it last changed.
  public static func actionChanges(of record: ReceivedExchange, known: [String: ExchangedAction], from sender: String)
    -> [ImportChange]
  {
    record.actions.compactMap { incoming in
      let owner = incoming.ownerRole.map(Owner.role) ?? .named(incoming.ownerName)
      let item = ActionItem(text: incoming.text, owner: owner, due: incoming.due, success: incoming.success)
      guard let kept = known[incoming.id] else {
        let action = TrackedAction(
          ref: "", session: nil, item: item, status: incoming.status, id: incoming.id, agreedBy: sender)
        return ImportChange(.added(action), from: sender, at: incoming.updatedAt)
      }
      let senderOwns = kept.action.item.owner == .role(record.sender.role)
      guard incoming.updatedAt > kept.updatedAt || (incoming.updatedAt == kept.updatedAt && senderOwns) else {
        return nil
      }
      var after = kept.action
      after.status = incoming.status
      after.item.owner = owner
      after.item.due = incoming.due
      if kept.action.agreedBy != nil {
        after.item.text = incoming.text
        after.item.success = incoming.success
      }
      guard after != kept.action else { return nil }
      return ImportChange(.changed(before: kept.action, after: after), from: sender, at: incoming.updatedAt)
    }
  }

  /// The shared answers (agenda topics, charter terms, the next meeting) that are new or changed: `kept` holds
  /// those kept from earlier records, each with when its record was sent. An older record never
  /// replaces what a newer one sent.
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
