/// The follow-up message sent within a day of the meeting (the `text` export, and the body of
/// the `eml` one): thanks, what was learned, where last time's actions stand, the actions
/// agreed, the next date, in the voice of the user's role.
enum FollowUpMessage {
  /// The question ids the message is written from.
  enum Key {
    static let thanks = "follow_up.thanks"
    static let learnings = "follow_up.learnings"
    static let resources = "follow_up.resources"
    static let nextSteps = "follow_up.next_steps"
    static let mostHelpful = "feedback.most_helpful"
    static let offer = "purpose.offer"
    static let nextGoal = "next.goal"
    static let success = "actions.success"
  }

  static func message(for record: SessionRecord) throws(ExportError) -> PlainMessage {
    let voice = MessageVoice(record)
    let thanks = ExportText.answer(record, Key.thanks)
    let learnings = record.list(Key.learnings)
    let next = record.nextMeetingAt
    let mentor = voice.role == .mentor
    let resources = mentor ? record.list(Key.resources) : []
    let nextSteps = mentor ? ExportText.answer(record, Key.nextSteps) : nil
    let offer = mentor ? ExportText.answer(record, Key.offer) : nil
    let helpful = mentor ? nil : ExportText.answer(record, Key.mostHelpful)
    guard thanks != nil || !learnings.isEmpty || !record.reviews.isEmpty || !record.restatedActions.isEmpty
      || next != nil
      || !resources.isEmpty || nextSteps != nil || helpful != nil
    else { throw .nothingToFollowUp }

    var body = PlainMessage.Body()
    body.add(voice.greeting)
    body.add(thanks.map(thankYou) ?? "Thank you for our conversation.")
    body.add("What I'm taking away from our conversation:", bullets: learnings)
    if let offer { body.add("What I can offer you: " + ExportText.sentence(offer)) }
    body.add("The links and resources I mentioned:", bullets: resources)
    if let nextSteps {
      body.add("Your next steps, as I see them: " + ExportText.sentence(nextSteps))
    }
    body.add("Where last time's actions stand:", bullets: record.reviews.map { standing(record, $0) })
    body.add("What we agreed:", bullets: record.restatedActions.map { action(record, $0) })
    if let next {
      var lines = ["Our next meeting is on \(next.spoken)."]
      if let goal = ExportText.answer(record, Key.nextGoal) {
        lines.append("What we want from it: " + ExportText.sentence(goal))
      }
      body.add(lines.joined(separator: "\n"))
    }
    if let helpful { body.add("What helped me most: " + ExportText.sentence(helpful)) }
    body.add(
      mentor
        ? "If anything comes up before then, just get in touch."
        : "Thanks again. I'll keep you posted on how it goes.")
    body.add(voice.signOff)
    return PlainMessage(subject: subject(record, voice), body: body.text)
  }

  /// `Thank you, Sam: notes and next steps from our meeting on 19 November 2026`.
  static func subject(_ record: SessionRecord, _ voice: MessageVoice) -> String {
    var subject = "Thank you" + (voice.greetingName.map { ", \($0)" } ?? "")
    subject += ": notes and next steps from our meeting"
    if let meeting = record.meetingAt {
      subject += " on \(meeting.day) \(LocalDateTime.monthNames[meeting.month - 1]) \(meeting.year)"
    }
    return subject
  }

  /// The thanks as a sentence, whether it was typed as `making time…` or `Thanks for…`.
  static func thankYou(_ thanks: String) -> String {
    let lower = thanks.lowercased()
    if lower.hasPrefix("thank") { return ExportText.sentence(thanks) }
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

  /// `Draft the pitch (Ana Lopez): partly done`.
  static func standing(_ record: SessionRecord, _ review: ActionReview) -> String {
    let owner = ExportText.line(record.ownerName(review.action.item.owner))
    return "\(ExportText.block(review.action.item.text)) (\(owner)): \(review.status.label)"
  }

  /// `Draft the pitch (Ana Lopez, by Friday 27 November 2026)`, and what success looks like.
  static func action(_ record: SessionRecord, _ action: TrackedAction) -> String {
    let owner = ExportText.line(record.ownerName(action.item.owner))
    let due = action.item.due.map { ", by \($0.spoken)" } ?? ""
    var text = "\(ExportText.block(action.item.text)) (\(owner)\(due))"
    if let success = ExportText.answer(record, AnswerKey(question: Key.success, item: action.ref).text) {
      text += "\nSuccess looks like: " + ExportText.sentence(success)
    }
    return text
  }
}
