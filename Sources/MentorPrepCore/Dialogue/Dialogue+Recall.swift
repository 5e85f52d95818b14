/// What was said earlier coming back where it is used: defaults, options taken from an earlier
/// list, recalled answers, the depth of the conversation, and the checks a date answer needs.
extension Dialogue {
  /// How deep this conversation goes: the answer to `setup.depth`, full until it is given.
  public var depth: Depth {
    if case .choice(let id)? = answers[SessionRecord.Key.depth], let depth = Depth(rawValue: id) {
      return depth
    }
    return .full
  }

  /// The relationship's milestones: agreed in this session, or carried from an earlier one.
  var milestones: [String] {
    if case .list(let items)? = earlier(SessionRecord.Key.milestones) { return items }
    return []
  }

  /// An answer given earlier: in this session, else the latest in the relationship's record.
  func earlier(_ key: String) -> Answer? {
    if let answer = answers[key], answer != .skipped { return answer }
    return context.memory.earlierAnswers[key]
  }

  /// Whether the question may be left empty here.
  func isOptional(_ question: Question) -> Bool {
    return question.optional || (question.optionalWhen.map { holds($0) } ?? false)
  }

  /// What an empty line answers: an earlier answer (`default_from`), else the bank's `default`.
  func defaultAnswer(for question: Question) -> Answer? {
    if isPartnerName(question), let lastPartner { return .text(lastPartner) }
    if question.id == SessionRecord.Key.reviewNewDue {
      return carriedDue.map(Answer.dateTime).flatMap { fits($0, question) ? $0 : nil }
    }
    if question.id == SessionRecord.Key.nextMeetingAt, let onCadence = nextMeetingOnCadence {
      return fits(.dateTime(onCadence), question) ? .dateTime(onCadence) : nil
    }
    if let key = question.defaultFrom, let earlier = earlier(key), fits(earlier, question) {
      return earlier
    }
    guard let literal = question.defaultAnswer,
      case .success(let answer) = answerParser.parse(literal, for: question)
    else { return nil }
    return answer
  }

  /// The next meeting as the cadence agreed would have it: this meeting's weekday and time,
  /// the cadence's weeks on (a month is four weeks, two months nine); none offered at a
  /// separation or a redefinition, where there may be no next meeting.
  var nextMeetingOnCadence: LocalDateTime? {
    guard !isClosingOrChanging, let cadence = Cadence(earlier(SessionRecord.Key.cadence)),
      case .dateTime(let meeting)? = answers[SessionRecord.Key.meetingAt], meeting.hasTime
    else { return nil }
    let weeks = max(1, Int((Double(cadence.days) / 7).rounded()))
    return meeting.adding(days: 7 * weeks)
  }

  /// Whether an earlier answer can stand as an answer to this question.
  private func fits(_ answer: Answer, _ question: Question) -> Bool {
    switch (answer, question.kind) {
    case (.dateTime(let date), .dateTime): return laterThanRequired(date, for: question) == nil
    case (.choice(let id), .choice): return question.choices.contains { $0.id == id }
    case (.text, .text), (.number, .rating), (.number, .minutes), (.yesNo, .yesNo): return true
    default: return false
    }
  }

  /// The items offered as numbered options (`options_from`), most important first.
  func offeredItems(for question: Question) -> [String] {
    let (own, partners) = offered(for: question)
    return own + partners
  }

  /// The offered items as their options read: one from the partner's agenda says so.
  func offeredLabels(for question: Question) -> [String] {
    let (own, partners) = offered(for: question)
    guard let partner = partnerAgenda?.partner else { return own }
    return own + partners.map { "\($0) (from \(partner)'s agenda)" }
  }

  /// The items offered as numbered options: one's own, then those of the partner's agenda that
  /// are not among them (SPEC §7) — alone while preparing one's agenda, after it for the focus.
  private func offered(for question: Question) -> (own: [String], partners: [String]) {
    if isCommitmentChanges(question) {
      return (ownNewActions.map { action in action.item.text + (action.item.due.map { " — \($0.spoken)" } ?? "") }, [])
    }
    if isSuccesses(question) { return (unmeasuredNewActions.map(\.item.text), []) }
    let agendaTopics = SessionRecord.Key.agendaTopics
    if question.id == agendaTopics { return ([], partnerAgenda?.topics ?? []) }
    guard let key = question.optionsFrom else { return ([], []) }
    let own: [String] =
      switch earlier(key) {
      case .list(let list)?: list
      case .actions(let actions)?: actions.map(\.text)
      default: []
      }
    guard key == agendaTopics, let partnerAgenda else { return (own, []) }
    return (own, partnerAgenda.topics.filter { !own.contains($0) })
  }

  /// The agenda the partner sent for this meeting (SPEC §7): one for a meeting already held, or
  /// one whose day has passed, is not offered.
  var partnerAgenda: PartnerAgenda? {
    guard let agenda = context.memory.partnerAgenda, agenda.isCurrent(after: context.memory.earlierMeetings.last)
    else { return nil }
    if let day = agenda.meetingAt?.dayNumber, day < context.now.dayNumber { return nil }
    return agenda
  }

  /// A typed number picks an offered item; anything else is the answer as typed.
  func pickingOffered(_ line: String, for question: Question) -> String {
    let offered = offeredItems(for: question)
    guard let number = Int(line.trimmingWhitespace), offered.indices.contains(number - 1) else {
      return line
    }
    return offered[number - 1]
  }

  /// Why a date cannot be the answer: in the past, or not after the date it must follow.
  func laterThanRequired(_ date: LocalDateTime, for question: Question) -> String? {
    guard let key = question.laterThan else { return nil }
    if date.dayNumber < context.now.dayNumber {
      return "\(date.spoken) is in the past; give a date from today on."
    }
    guard case .dateTime(let other)? = earlier(key), other.dayNumber >= context.now.dayNumber
    else { return nil }
    if date.minuteNumber <= other.minuteNumber || (date.dayNumber == other.dayNumber && !date.hasTime) {
      return "That is not after this meeting (\(other.spoken)); give a later date."
    }
    return nil
  }

  /// The bracketed hint for this question here: its form, `optional`, and what Enter takes.
  func answerHint(for question: Question) -> String? {
    var parts: [String] = []
    let offered = offeredItems(for: question)
    if !offered.isEmpty {
      parts.append(question.kind == .list ? "list, numbers or words" : "1-\(offered.count) or your own words")
    } else if let form = question.answerForm {
      parts.append(form)
    }
    if let fallback = defaultAnswer(for: question) {
      parts.append("Enter for \(spokenForm(of: fallback, question))")
    } else if isOptional(question) {
      parts.append("optional")
    }
    return parts.isEmpty ? nil : "[" + parts.joined(separator: ", ") + "]"
  }

  /// An answer as a person reads it back: a date in full, a choice by its label's first words.
  func spokenForm(of answer: Answer, _ question: Question?) -> String {
    switch answer {
    case .dateTime(let date): return date.spoken
    case .choice(let id): return id.replacingUnderscores
    case .number(let value): return question?.kind == .minutes ? "\(value) minutes" : "\(value)"
    case .text, .yesNo, .list, .actions, .status, .skipped: return answer.summary
    }
  }

  /// The lines that show earlier answers at the start of a state (items are shown per item).
  /// Answers of one line given on the same earlier day are shown under that day once, a line
  /// each, so a charter comes back in a few lines.
  func recallLines(_ state: BankState) -> [DialogueEffect] {
    let entries = state.recall.filter { !isItemQuestion($0) }.compactMap { recallEntry(for: $0, key: $0, in: state) }
    var effects: [DialogueEffect] = []
    var index = entries.startIndex
    while index < entries.endIndex {
      let run = entries[index...].prefix { $0.isOneLine && $0.day != nil && $0.day == entries[index].day }
      if run.count > 1, let day = entries[index].day {
        effects.append(.say("From \(day.spoken):", .recall))
        effects += run.map { .say("  \($0.lead) \(spokenForm(of: $0.answer, $0.question))", .recall) }
        index += run.count
      } else {
        effects += recallLines(entries[index])
        index += 1
      }
    }
    return effects + partnerTermLines(state)
  }

  /// The terms of the charter the partner's record has otherwise (SPEC §7), after the recall of
  /// one's own: two records that disagree on the cadence say so where the charter is shown.
  func partnerTermLines(_ state: BankState) -> [DialogueEffect] {
    let terms = context.memory.partnerTerms
    guard !terms.isEmpty, let partner = name(of: SessionRecord.Key.partner) else { return [] }
    let differing: [DialogueEffect] = state.recall.compactMap { key in
      guard var theirs = terms[key], theirs != .skipped, let (_, question) = bank.question(key) else { return nil }
      // A choice travels as its id's text.
      if question.kind == .choice, case .text(let id) = theirs { theirs = .choice(id) }
      guard earlier(key) != theirs else { return nil }
      let entry = RecallEntry(label: recallLabel(of: question), day: nil, answer: theirs, question: question, key: key)
      return .say("  \(entry.lead) \(spokenForm(of: theirs, question))", .recall)
    }
    guard !differing.isEmpty else { return [] }
    return [.say("Where \(partner)'s record differs:", .recall)] + differing
  }

  /// The recalled answers that belong to one item (`actions.success#2.1`, say).
  func itemRecallLines(_ state: BankState, item: Item) -> [DialogueEffect] {
    state.recall.filter(isItemQuestion).compactMap {
      recallEntry(for: $0, key: AnswerKey(question: $0, item: item.ref).text, in: state)
    }.flatMap(recallLines)
  }

  /// What a recall shows of `key`: the answer typed today; else an earlier meeting's answer
  /// (carried into this session, or remembered) with the day it was given — unless the
  /// question is one this conversation has already passed, as what was prepared at an earlier
  /// meeting is not today's.
  private func recalled(_ key: String, _ question: Question, in state: BankState) -> (Answer, day: LocalDateTime?)? {
    let day = context.memory.answeredOn[key].map { LocalDateTime(year: $0.year, month: $0.month, day: $0.day) }
    if let today = answers[key], today != .skipped {
      return progress.prefilled.contains(key) ? (today, day) : (today, nil)
    }
    guard let answer = context.memory.earlierAnswers[key], answer != .skipped else { return nil }
    if let asked = bank.question(question.id)?.state, isBefore(asked, state) { return nil }
    return (answer, day)
  }

  /// Whether a conversation meets `state` before `other`.
  private func isBefore(_ state: BankState, _ other: BankState) -> Bool {
    let order = bank.statesInConversationOrder.map(\.id)
    guard let first = order.firstIndex(of: state.id), let second = order.firstIndex(of: other.id) else {
      return false
    }
    return first < second
  }

  /// One answer to show again: what it answers, the day it was given (nil for today's) and
  /// its key.
  private struct RecallEntry {
    var label: String
    var day: LocalDateTime?
    var answer: Answer
    var question: Question
    var key: String

    /// The label leading its answer on one line: `How often you meet: monthly`.
    var lead: String { label.hasSuffix(":") || label.hasSuffix("?") ? label : label + ":" }

    /// Whether the answer is said in one line (not a list of items).
    var isOneLine: Bool {
      switch answer {
      case .list, .actions: false
      default: !answer.summary.contains("\n")
      }
    }
  }

  private func recallEntry(for id: String, key: String, in state: BankState) -> RecallEntry? {
    guard let (_, question) = bank.question(id), let (answer, day) = recalled(key, question, in: state) else {
      return nil
    }
    return RecallEntry(label: recallLabel(of: question), day: day, answer: answer, question: question, key: key)
  }

  /// What a recalled answer is shown under: the bank's `recall_as`, else the question itself.
  private func recallLabel(of question: Question) -> String {
    substitute(question.recallLabel ?? question.text.text(for: role), item: nil)
  }

  private func recallLines(_ entry: RecallEntry) -> [DialogueEffect] {
    var label = entry.label
    if let day = entry.day {
      // `Key points from last time (Thursday 26 November 2026):`.
      let colon = label.hasSuffix(":")
      label = (colon ? String(label.dropLast()) : label) + " (\(day.spoken))" + (colon ? ":" : "")
    }
    switch entry.answer {
    case .list(let items):
      // Bullets, not numbers: the numbers on screen are for the options one may pick.
      return [.say(label, .recall)] + items.map { .say("  - \($0)", .recall) }
    case .actions where answers[entry.key] == nil && !context.memory.lastAgreed.isEmpty:
      // Actions of an earlier meeting are shown as they stand, not as they were typed; what
      // success looks like comes with each in the review.
      return [.say(label, .recall)]
        + context.memory.lastAgreed.map { action in
          let standing = action.status == .open ? "" : " — \(action.status.label)"
          var item = action.item
          item.success = nil
          return .say("  - " + answerParser.actions.described(item) + standing, .recall)
        }
    case .actions(let items):
      return [.say(label, .recall)] + items.map { .say("  - " + answerParser.actions.described($0), .recall) }
    default:
      return [.say(label, .recall), .say("  \(spokenForm(of: entry.answer, entry.question))", .recall)]
    }
  }

  /// Whether a question is asked once per item, so its answers are stored as `id#ref`.
  func isItemQuestion(_ id: String) -> Bool {
    bank.question(id)?.state.forEach != nil
  }

  /// The meeting's date as the last meeting agreed it (here, or in the partner's record when
  /// that is later), when that is still to come: said, not asked again
  /// (`/edit setup.meeting_at` changes it).
  mutating func meetingAsAgreed(from memory: RelationshipMemory) -> [DialogueEffect] {
    let key = SessionRecord.Key.meetingAt
    var here: LocalDateTime?
    if case .dateTime(let date)? = memory.earlierAnswers[SessionRecord.Key.nextMeetingAt] { here = date }
    let latest = [here, memory.partnerNextMeeting].compactMap { $0 }.max { $0.minuteNumber < $1.minuteNumber }
    guard answers[key] == nil, bank.question(key) != nil, let agreed = latest,
      agreed.dayNumber >= context.now.dayNumber
    else { return [] }
    let source =
      memory.returning || agreed == here
      ? "as you agreed last time" : "as \(name(of: SessionRecord.Key.partner) ?? "your partner")'s record has it"
    return [
      takeAsKnown(.dateTime(agreed), for: key),
      .say("You meet on \(agreed.spoken), \(source); /edit \(key) if that has moved.", .note),
    ]
  }

  /// The depth of the last meeting, kept and said rather than asked again (`--depth` or
  /// `/edit setup.depth` changes it).
  mutating func depthAsBefore(from memory: RelationshipMemory) -> [DialogueEffect] {
    let key = SessionRecord.Key.depth
    guard answers[key] == nil, bank.question(key) != nil,
      case .choice(let id)? = memory.earlierAnswers[key], let last = Depth(rawValue: id)
    else { return [] }
    let other: Depth = last == .quick ? .full : .quick
    return [
      takeAsKnown(.choice(id), for: key),
      .say("\(last.spoken), as last time; --depth \(other.rawValue) or /edit \(key) for \(other.spokenAim).", .note),
    ]
  }

  /// On a returning relationship, the answers the bank carries forward (the charter, the
  /// milestones, your name) are taken from the record and not asked again.
  mutating func carryForward(from memory: RelationshipMemory) -> [DialogueEffect] {
    guard memory.returning else { return [] }
    var effects: [DialogueEffect] = []
    for state in bank.states {
      for question in state.questions where question.carried && answers[question.id] == nil {
        guard let answer = memory.earlierAnswers[question.id] else { continue }
        effects.append(takeAsKnown(answer, for: question.id))
      }
    }
    return effects
  }
}
