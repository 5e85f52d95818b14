/// On the quick path today's focus is the first topic of the agenda, which asks for the most
/// important first: taken as the focus and said, so the topic is not chosen twice;
/// `/edit focus.topic` chooses another.
extension Dialogue {
  mutating func focusFromTheAgenda(after key: String, _ answer: Answer) -> [DialogueEffect] {
    let focus = SessionRecord.Key.focusTopic
    guard key == SessionRecord.Key.agendaTopics, depth == .quick, bank.question(focus) != nil,
      answers[focus] == nil || progress.prefilled.contains(focus),
      case .list(let topics) = answer, let first = topics.first
    else { return [] }
    guard answers[focus] != .text(first) else { return [] }
    return [
      takeAsKnown(.text(first), for: focus),
      .say("→ today's focus: \(first), the first on your agenda; /edit \(focus) to choose another.", .note),
    ]
  }
}
