/// The draft agenda sent to the partner before the meeting, asking for their input: goals,
/// challenges, the topics in order of priority and the questions to put to them.
enum AgendaMessage {
  enum Key {
    static let goals = "agenda.goals"
    static let challenges = "agenda.challenges"
    static let topics = "agenda.topics"
    static let questions = "agenda.questions"
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
    body.add(
      mentor ? "The goals I understand you are working towards:" : "The goals I'm working towards:",
      bullets: record.list(Key.goals))
    body.add(
      mentor ? "What seems to be getting in your way:" : "What is getting in my way right now:",
      bullets: record.list(Key.challenges))
    body.add("The topics I'd like us to cover, most important first:", numbered: topics)
    body.add("Questions I'd like to ask you:", bullets: record.list(Key.questions))
    body.add(
      "Is there anything you would add, drop or change? Let me know before we meet, so we can"
        + " both come prepared.")
    body.add(voice.signOff)

    var subject = "Agenda for our mentoring meeting"
    if let meeting = record.meetingAt { subject += " on \(meeting.spoken)" }
    return PlainMessage(subject: subject, body: body.text)
  }
}
