/// The follow-up message sent within a day of the meeting (the `text` export, and the body of
/// the `eml` one), in the voice of the user's role: thanks, the points of today, where last
/// time's actions stand and what is still open, the actions agreed, the next date. A meeting
/// that closes the mentoring out (separation) or settles what the two become (redefinition)
/// gets a closing message instead, written from its closing-out answers.
enum FollowUpMessage {
  /// The question ids the message is written from.
  enum Key {
    static let thanks = WellKnownQuestion.thanks.id
    static let learnings = WellKnownQuestion.learnings.id
    static let resources = WellKnownQuestion.resources.id
    static let offer = WellKnownQuestion.offer.id
    static let feedbackOnTheWork = WellKnownQuestion.feedbackOnTheWork.id
    static let nextGoal = WellKnownQuestion.nextGoal.id
    static let success = SessionRecord.Key.actionSuccess
    /// A separation's closing-out answers.
    static let goalsMet = WellKnownQuestion.goalsMet.id
    static let learnedFromEachOther = WellKnownQuestion.learnedFromEachOther.id
    static let stillUnfinished = WellKnownQuestion.stillUnfinished.id
    static let celebration = WellKnownQuestion.celebration.id
    static let lookingBack = WellKnownQuestion.lookingBack.id
    static let confidentiality = WellKnownQuestion.confidentiality.id
    /// A redefinition's answers.
    static let whatWeBecome = WellKnownQuestion.whatWeBecome.id
    static let stayingInTouch = WellKnownQuestion.stayingInTouch.id
    static let learnedWhenRedefining = WellKnownQuestion.learnedWhenRedefining.id
    static let lookingBackWhenRedefining = WellKnownQuestion.lookingBackWhenRedefining.id
  }

  /// What kind of message the meeting's stage calls for.
  enum Kind: Equatable {
    case routine, separation, redefinition

    init(_ record: SessionRecord) {
      switch record.relationshipPhase {
      case "separation": self = .separation
      case "redefinition": self = .redefinition
      default: self = .routine
      }
    }
  }

  static func message(for record: SessionRecord) throws(ExportError) -> PlainMessage {
    let writer = Writer(record: record)
    guard writer.hasAnythingToSay else { throw .nothingToFollowUp }
    return PlainMessage(subject: subject(record, writer.voice, writer.kind), body: writer.body.text)
  }

  /// `Thank you, Sam: notes and next steps from our meeting on 19 November 2026`, or for a
  /// closing meeting `Thank you, Sam: looking back on our mentoring`.
  static func subject(_ record: SessionRecord, _ voice: MessageVoice, _ kind: Kind = .routine) -> String {
    var subject = "Thank you" + (voice.greetingName.map { ", \($0)" } ?? "")
    if kind != .routine { return subject + ": looking back on our mentoring" }
    subject += ": notes and next steps from our meeting"
    if let meeting = record.meetingAt {
      subject += " on \(meeting.day) \(LocalDateTime.monthNames[meeting.month - 1]) \(meeting.year)"
    }
    return subject
  }

  /// The message, paragraph by paragraph.
  struct Writer {
    let record: SessionRecord
    let voice: MessageVoice
    let kind: Kind

    init(record: SessionRecord) {
      self.record = record
      voice = MessageVoice(record)
      kind = Kind(record)
    }

    private var mentor: Bool { voice.role == .mentor }
    private func answer(_ key: String) -> String? { ExportText.answer(record, key) }

    /// The reviews of earlier actions with what this meeting leaves of each: settled, or
    /// still open.
    private var outcomes: (settled: [Outcome], open: [Outcome]) {
      let all = zip(record.reviews, record.reviewOutcomes).map { Outcome(review: $0, action: $1) }
      return (all.filter { !$0.action.status.isOpen }, all.filter(\.action.status.isOpen))
    }

    private struct Outcome {
      var review: ActionReview
      var action: TrackedAction
    }

    /// The mentor's offer, unless one of the agreed actions already says it.
    private var offer: String? {
      guard mentor, let offer = answer(Key.offer),
        !FollowUpMessage.repeats(offer, anyOf: record.restatedActions)
      else { return nil }
      return offer
    }

    private var closingAnswers: [String] {
      switch kind {
      case .routine: []
      case .separation:
        [Key.learnedFromEachOther, Key.stillUnfinished, Key.celebration, Key.lookingBack, Key.confidentiality]
          .compactMap(answer) + record.list(Key.goalsMet)
      case .redefinition:
        [Key.whatWeBecome, Key.stayingInTouch, Key.learnedWhenRedefining, Key.lookingBackWhenRedefining]
          .compactMap(answer)
      }
    }

    var hasAnythingToSay: Bool {
      answer(Key.thanks) != nil || !record.list(Key.learnings).isEmpty || !record.reviews.isEmpty
        || !record.restatedActions.isEmpty || record.nextMeetingAt != nil
        || (mentor && !record.list(Key.resources).isEmpty) || offer != nil || !closingAnswers.isEmpty
    }

    var body: PlainMessage.Body {
      var body = PlainMessage.Body()
      body.add(voice.greeting)
      body.add(answer(Key.thanks).map(FollowUpMessage.thankYou) ?? "Thank you for our conversation.")
      switch kind {
      case .routine: break
      case .separation: addWhatWeAchieved(to: &body)
      case .redefinition: addWhatWeBecome(to: &body)
      }
      body.add(
        mentor ? "The points from today I hope you will keep:" : "What I'm taking away from our conversation:",
        bullets: record.list(Key.learnings))
      if mentor, let feedback = answer(Key.feedbackOnTheWork) {
        body.add("My feedback on the work we reviewed: " + ExportText.sentence(feedback))
      }
      if let offer { body.add("What I can offer you: " + ExportText.sentence(offer)) }
      if mentor { body.add("The links and resources I mentioned:", bullets: record.list(Key.resources)) }
      let outcomes = outcomes
      body.add("Where last time's actions stand:", bullets: outcomes.settled.map(standing))
      body.add(
        kind == .separation ? "Still open, and who carries it on:" : "Still open, carried forward:",
        bullets: outcomes.open.map(carried))
      if kind == .separation, let unfinished = answer(Key.stillUnfinished) {
        body.add("For what is still unfinished: " + ExportText.sentence(unfinished))
      }
      body.add("What we agreed:", bullets: record.restatedActions.map(agreed))
      if kind == .separation { addLookingBack(to: &body) }
      addNextMeeting(to: &body)
      body.add(farewell)
      body.add(voice.signOff)
      return body
    }

    /// A separation's opening: the goals reached and what each learned.
    private func addWhatWeAchieved(to body: inout PlainMessage.Body) {
      body.add("As our mentoring comes to a close, I wanted to put down what we achieved together.")
      body.add("The goals we reached:", bullets: record.list(Key.goalsMet))
      if let learned = answer(Key.learnedFromEachOther) {
        body.add("What we learned from each other: " + ExportText.sentence(learned))
      }
    }

    /// A separation's close: how it is marked, the look back, and what was agreed about what
    /// was shared.
    private func addLookingBack(to body: inout PlainMessage.Body) {
      if let celebration = answer(Key.celebration) {
        body.add("How we will mark it: " + ExportText.sentence(celebration))
      }
      if let lookingBack = answer(Key.lookingBack) {
        body.add("Looking back on the whole relationship: " + ExportText.sentence(lookingBack))
      }
      if let confidentiality = answer(Key.confidentiality) {
        body.add("What we agreed about what we shared: " + ExportText.sentence(confidentiality))
      }
    }

    /// A redefinition's opening: what the two become, and how they stay in touch.
    private func addWhatWeBecome(to body: inout PlainMessage.Body) {
      if let becoming = answer(Key.whatWeBecome) {
        body.add("What we will be to each other from now on: " + ExportText.sentence(becoming))
      }
      if let contact = answer(Key.stayingInTouch) {
        body.add("How we will stay in touch: " + ExportText.sentence(contact))
      }
      if let learned = answer(Key.learnedWhenRedefining) {
        body.add("What we learned from each other: " + ExportText.sentence(learned))
      }
      if let lookingBack = answer(Key.lookingBackWhenRedefining) {
        body.add("Looking back on the whole relationship: " + ExportText.sentence(lookingBack))
      }
    }

    private func addNextMeeting(to body: inout PlainMessage.Body) {
      guard let next = record.nextMeetingAt else { return }
      var lines = ["Our next meeting is on \(next.spoken)."]
      if let goal = answer(Key.nextGoal) { lines.append("What we want from it: " + ExportText.sentence(goal)) }
      body.add(lines.joined(separator: "\n"))
    }

    /// The last line before the sign-off; it speaks of "then" only when a meeting is set.
    private var farewell: String {
      switch kind {
      case .separation, .redefinition:
        mentor
          ? "It has been a pleasure to work with you. Let's stay in touch."
          : "Thank you for everything you have given me. Let's stay in touch."
      case .routine where mentor:
        record.nextMeetingAt == nil
          ? "If anything comes up, just get in touch." : "If anything comes up before then, just get in touch."
      case .routine: "Thanks again. I'll keep you posted on how it goes."
      }
    }

    /// Whose an action is, as the sender puts it to the partner: `me`, `you`, or a third
    /// person's name.
    private func owner(_ action: TrackedAction) -> String {
      switch action.item.owner {
      case .role(let role): role == voice.role ? "me" : "you"
      case .named: ExportText.line(record.ownerName(action.item.owner))
      }
    }

    /// `Draft the pitch (me): done`.
    private func standing(_ outcome: Outcome) -> String {
      "\(ExportText.block(outcome.action.item.text)) (\(owner(outcome.action))): \(outcome.action.status.label)"
    }

    /// `Draft the pitch (you, partly done, now by Friday 18 December 2026)`.
    private func carried(_ outcome: Outcome) -> String {
      let action = outcome.action
      var parts = [owner(action), outcome.review.status == .notYet ? "not done yet" : outcome.review.status.label]
      if action.item.owner != outcome.review.action.item.owner { parts.append("handed over") }
      if let due = action.item.due {
        parts.append((outcome.review.newDue == nil ? "by " : "now by ") + due.spoken)
      }
      return "\(ExportText.block(action.item.text)) (\(parts.joined(separator: ", ")))"
    }

    /// `Draft the pitch (me, by Friday 27 November 2026)`, and what success looks like.
    private func agreed(_ action: TrackedAction) -> String {
      let due = action.item.due.map { ", by \($0.spoken)" } ?? ""
      var text = "\(ExportText.block(action.item.text)) (\(owner(action))\(due))"
      if let success = answer(AnswerKey(question: Key.success, item: action.ref).text) {
        text += "\nSuccess looks like: " + ExportText.sentence(ExportText.capitalized(success))
      }
      return text
    }
  }

  /// Whether an offer says again what one of the actions says: at least half the words of some
  /// action (of two or more words, compared by their first five letters, small words aside)
  /// are in it. `An introduction to Priya` repeats `Introduce Ana to Priya`.
  static func repeats(_ offer: String, anyOf actions: [TrackedAction]) -> Bool {
    let offered = Set(meaningfulWords(offer))
    return actions.contains { action in
      let words = Set(meaningfulWords(action.item.text))
      return words.count >= 2 && words.intersection(offered).count * 2 >= words.count
    }
  }

  private static let smallWords: Set<String> = [
    "the", "and", "for", "with", "you", "your", "our", "who", "she", "her", "his", "him", "them",
    "their", "from", "that", "this", "into", "about", "what", "how", "can", "will", "some",
  ]

  /// The words of a text that carry its meaning, lowercased and cut to five letters.
  static func meaningfulWords(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }
      .filter { $0.count >= 3 && !smallWords.contains(String($0)) }
      .map { String($0.prefix(5)) }
  }

  /// The thanks as a sentence, whether it was typed as `making time…` or `Thanks for…`.
  static func thankYou(_ thanks: String) -> String {
    let lower = thanks.lowercased()
    if lower.hasPrefix("thank") { return ExportText.sentence(ExportText.capitalized(thanks)) }
    if lower.hasPrefix("for ") { return ExportText.sentence("Thank you f" + thanks.dropFirst()) }
    return ExportText.sentence("Thank you for " + Self.midSentence(thanks))
  }

  /// Words that start a thank-you answer with a capital only because it was typed on its own
  /// line ("Your time and …"); a name or any other word keeps its capital.
  static let lowercaseOpeners: Set<String> = [
    "your", "the", "a", "an", "all", "our", "how", "everything", "every", "being", "making",
    "taking", "sharing", "giving", "helping", "listening", "asking", "spending", "such", "this",
    "that", "those", "these", "so",
  ]

  /// The answer as it reads after "Thank you for ".
  static func midSentence(_ text: String) -> String {
    let first = text.prefix { $0.isLetter }
    guard lowercaseOpeners.contains(first.lowercased()), first.first?.isUppercase == true else {
      return text
    }
    return first.lowercased() + text.dropFirst(first.count)
  }
}
