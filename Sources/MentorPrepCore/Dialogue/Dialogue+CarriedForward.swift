/// An earlier action not yet done, carried forward (SPEC §3): it keeps its date while that is
/// still ahead, is asked for a new one when it has passed (or, at a separation, when it has
/// none), and may be given one on the status line itself: `partly by friday`.
extension Dialogue {
  /// The date of the earlier action under review, when it has one.
  var carriedDue: LocalDateTime? {
    item(at: progress.position)?.action.due
  }

  /// Whether an item's question is left unasked because its answer was typed on the status
  /// line (`partly by friday`).
  func answeredInline(_ question: Question, item: Item?) -> Bool {
    guard let item, let inline = progress.answeredInline else { return false }
    return inline.contains(AnswerKey(question: question.id, item: item.ref).text)
  }

  /// Whether `review.new_due` is asked for `item`: always when its date has passed, at a
  /// separation when it has none, and not while its date is still ahead (it is kept).
  func asksCarriedDate(for item: Item?, question: Question) -> Bool {
    guard let item else { return true }
    guard let due = item.action.due else { return value(of: "context.closing") == "yes" }
    return laterThanRequired(due, for: question) != nil
  }

  /// Why an empty line does not answer a question that needs one.
  func emptyLineRefusal(for question: Question) -> String {
    if question.id == SessionRecord.Key.reviewNewDue, let due = carriedDue {
      return "Its date, \(due.spoken), has passed; give the date it will be done by now."
    }
    return "An answer is needed here; type /help if you are unsure."
  }

  /// A review's status typed alone: what it types inline before is asked again, and a date
  /// still ahead is said back as kept.
  mutating func answerStatus(_ status: ActionStatus, at position: Position) -> [DialogueEffect] {
    guard let item = item(at: position) else { return accept(.status(status), at: position) }
    forgetInlineAnswers(of: item)
    if status == .partly || status == .notYet, let due = item.action.due,
      laterThanRequired(due, for: carriedDateQuestion) == nil
    {
      return noted("→ still open, by \(due.spoken)", accept(.status(status), at: position))
    }
    return accept(.status(status), at: position)
  }

  /// What a status line says beyond the status: `partly by friday` (the date it is carried
  /// to) and, at a separation, what becomes of it — `not yet, drop`, `partly, hand over by 15
  /// jan`; nil when the line is a status alone, or not one.
  func statusWithWhatBecomesOfIt(_ line: String, for question: Question)
    -> (status: ActionStatus, closeOut: CloseOutChoice?, date: LocalDateTime?)?
  {
    let text = line.trimmingWhitespace
    let closing = value(of: "context.closing") == "yes"
    for split in text.indices where text[split] == " " || text[split] == "," {
      guard case .success(.status(let status)) = answerParser.parse(String(text[..<split]), for: question),
        status == .partly || status == .notYet
      else { continue }
      let rest = String(text[split...].drop { $0 == " " || $0 == "," })
      if closing, let (choice, date) = closeOutAndDate(rest) { return (status, choice, date) }
      if let date = carriedDate(rest) { return (status, nil, date) }
    }
    return nil
  }

  /// A close-out with its date: `keep by friday`, `hand over 15 jan`, a date alone (kept), or
  /// a choice alone; nil when the line is none of these.
  func closeOutAndDate(_ text: String) -> (choice: CloseOutChoice, date: LocalDateTime?)? {
    if let (choice, rest) = CloseOutChoice.leading(text) {
      if rest.isEmpty { return (choice, nil) }
      guard choice != .drop, let date = carriedDate(rest) else { return nil }
      return (choice, date)
    }
    return carriedDate(text).map { (.keep, $0) }
  }

  /// A date an open action is carried to, `by` before it or not.
  private func carriedDate(_ text: String) -> LocalDateTime? {
    var date = Substring(text.trimmingWhitespace)
    if date.lowercased().hasPrefix("by ") { date = date.dropFirst(3) }
    guard case .success(.dateTime(let day)) = answerParser.parse(String(date), for: carriedDateQuestion) else {
      return nil
    }
    return day
  }

  /// Answers a status typed with what becomes of the action: the date under `review.new_due`
  /// and, at a separation, the close-out under `review.close_out` (a date alone keeps it),
  /// then the status.
  mutating func answerStatus(
    _ status: ActionStatus, closingOut choice: CloseOutChoice? = nil, carriedTo date: LocalDateTime?,
    at position: Position
  ) -> [DialogueEffect] {
    guard let item = item(at: position) else { return accept(.status(status), at: position) }
    if let date, let reason = laterThanRequired(date, for: carriedDateQuestion) { return reject(reason, at: position) }
    forgetInlineAnswers(of: item)
    let closeOut = value(of: "context.closing") == "yes" ? choice ?? (date == nil ? nil : .keep) : nil
    var said = [status.label]
    if closeOut == .handOver { said.append("handed over") }
    if closeOut == .drop { said.append("dropped") }
    if let date { said.append("now by \(date.spoken)") }
    let effects = answerInline(item, closeOut: closeOut, date: date)
    return effects + noted("→ " + said.joined(separator: ", "), accept(.status(status), at: position))
  }

  /// Answers the close-out question with a date typed on its line (`hand over by 15 jan`).
  mutating func answerCloseOut(_ choice: CloseOutChoice, carriedTo date: LocalDateTime, at position: Position)
    -> [DialogueEffect]
  {
    guard let item = item(at: position) else { return accept(.choice(choice.rawValue), at: position) }
    if let reason = laterThanRequired(date, for: carriedDateQuestion) { return reject(reason, at: position) }
    let effects = answerInline(item, closeOut: nil, date: date)
    let said = choice == .handOver ? "handed over" : "kept"
    return effects + noted("→ \(said), now by \(date.spoken)", accept(.choice(choice.rawValue), at: position))
  }

  /// Records the answers a line gave for `item` beside its own question's, so those
  /// questions are not asked.
  private mutating func answerInline(_ item: Item, closeOut: CloseOutChoice?, date: LocalDateTime?) -> [DialogueEffect]
  {
    var inline: [(key: String, answer: Answer)] = []
    if let date {
      inline.append((AnswerKey(question: SessionRecord.Key.reviewNewDue, item: item.ref).text, .dateTime(date)))
    }
    if let closeOut {
      inline.append(
        (AnswerKey(question: SessionRecord.Key.reviewCloseOut, item: item.ref).text, .choice(closeOut.rawValue)))
    }
    var effects: [DialogueEffect] = []
    for (key, answer) in inline {
      answers[key] = answer
      progress.answeredInline = (progress.answeredInline ?? []) + [key]
      effects.append(.record(key: key, answer: answer))
    }
    return effects
  }

  /// Lets the questions an earlier status line answered for `item` be asked again.
  private mutating func forgetInlineAnswers(of item: Item) {
    guard let inline = progress.answeredInline else { return }
    let kept = inline.filter { AnswerKey($0).item != item.ref }
    progress.answeredInline = kept.isEmpty ? nil : kept
  }

  /// The bank's question for a carried action's new date, or a plain date question.
  private var carriedDateQuestion: Question {
    bank.question(SessionRecord.Key.reviewNewDue)?.question
      ?? Question(
        id: SessionRecord.Key.reviewNewDue, kind: .dateTime, text: RoleText(both: ""),
        laterThan: SessionRecord.Key.meetingAt)
  }

  /// `effects` with a note said just after the answer is stored.
  func noted(_ note: String, _ effects: [DialogueEffect]) -> [DialogueEffect] {
    guard !effects.isEmpty else { return effects }
    var effects = effects
    effects.insert(.say(note, .note), at: 1)
    return effects
  }
}
