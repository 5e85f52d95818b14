/// The draft agenda sent to the partner before the meeting, asking for their input: the topics
/// in order of priority, what the first handled well would look like, and the questions to put
/// to them.
enum AgendaMessage {
  enum Key {
    static let topics = SessionRecord.Key.agendaTopics
    static let success = WellKnownQuestion.success.id
    static let questions = WellKnownQuestion.preparedQuestions.id
    static let discoveryPlan = WellKnownQuestion.discoveryPlan.id
  }

  static func message(for record: SessionRecord) throws(ExportError) -> PlainMessage {
    let topics = record.list(Key.topics).map(ExportText.block).filter { !$0.isEmpty }
    guard !topics.isEmpty else { throw .noAgendaTopics }
    let voice = MessageVoice(record)
    let mentor = voice.role == .mentor
    let when = record.meetingAt.map { "our meeting on \($0.spoken)" } ?? "our next meeting"

    var body = PlainMessage.Body()
    body.add(voice.greeting)
    body.add("Ahead of \(when), here is a draft agenda of what I would like us to talk about.")
    body.add("The topics I'd like us to cover, most important first:", numbered: topics)
    if !mentor, let success = record.text(Key.success).map(ExportText.block), !success.isEmpty {
      body.add("Handled well, the first would mean: " + success)
    }
    body.add("Questions I'd like to ask you:", bullets: record.list(Key.questions) + record.list(Key.discoveryPlan))
    body.add(
      "Is there anything you would add, drop or change? Let me know before we meet, so we can"
        + " both come prepared.")
    body.add(voice.signOff)

    var subject = "Agenda for our mentoring meeting"
    if let meeting = record.meetingAt { subject += " on \(meeting.spoken)" }
    return PlainMessage(subject: subject, body: body.text)
  }
}
