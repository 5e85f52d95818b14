/// The questions that name listed items by number, a line each (`2 by next friday`,
/// `1 the room is booked`): a line is read, refused when its item has a line already, else
/// kept in the list being typed and said back as understood.
extension Dialogue {
  /// `read` gives a line's item number and what to say back for it.
  mutating func answerNumberedLine(
    _ line: String, at position: Position, what: String,
    read: (String) -> Result<(number: Int, understood: String), AnswerRejection>
  ) -> [DialogueEffect] {
    switch read(line) {
    case .success(let (number, understood)):
      if case .list(let earlier)? = progress.draft,
        earlier.contains(where: { (try? read($0).get())?.number == number })
      {
        return [
          .say("Action \(number) has its \(what) already; give each action one line.", .error),
          .ask(itemPrompt(at: position)),
        ]
      }
      progress.draft = Self.appending(.list([line.trimmingWhitespace]), to: progress.draft)
      return [.say("→ \(number). \(understood)", .note), .ask(itemPrompt(at: position))]
    case .failure(let rejection):
      return [.say(rejection.reason, .error), .ask(itemPrompt(at: position))]
    }
  }
}
