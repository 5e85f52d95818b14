/// Every text a person typed into a session, changed in one pass: how the exports clean a
/// record before any format reads it.
extension SessionRecord {
  /// The record with `change` applied to every answer's text, list item, action text and
  /// owner's name, and to what was learned in each review; ids, dates and numbers stay as they are.
  func mappingTexts(_ change: (String) -> String) -> SessionRecord {
    var record = self
    record.answers = answers.mapValues { Self.mappingTexts(of: $0, change) }
    record.actions = actions.map { Self.mappingTexts(of: $0, change) }
    record.reviews = reviews.map { review in
      var review = review
      review.action = Self.mappingTexts(of: review.action, change)
      review.learned = review.learned.map(change)
      return review
    }
    return record
  }

  private static func mappingTexts(of answer: Answer, _ change: (String) -> String) -> Answer {
    switch answer {
    case .text(let text): .text(change(text))
    case .list(let items): .list(items.map(change))
    case .actions(let items): .actions(items.map { mappingTexts(of: $0, change) })
    case .yesNo, .choice, .dateTime, .status, .number, .skipped: answer
    }
  }

  private static func mappingTexts(of action: TrackedAction, _ change: (String) -> String) -> TrackedAction {
    var action = action
    action.item = mappingTexts(of: action.item, change)
    return action
  }

  private static func mappingTexts(of item: ActionItem, _ change: (String) -> String) -> ActionItem {
    var item = item
    item.text = change(item.text)
    if case .named(let name) = item.owner { item.owner = .named(change(name)) }
    return item
  }
}
