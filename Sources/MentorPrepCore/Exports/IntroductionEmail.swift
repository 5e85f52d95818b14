/// The note of introduction before a first meeting: who the writer is, where to find their CV,
/// what they hope for, and the proposed meeting time.
///
/// The built-in banks ask the mentee for the background, CV and hopes; a mentor's introduction
/// is written from what they chose to share about themselves.
enum IntroductionEmail {
  enum Key {
    static let background = WellKnownQuestion.background.id
    static let cvLink = WellKnownQuestion.cvLink.id
    static let hopes = WellKnownQuestion.hopes.id
    static let mentorShare = WellKnownQuestion.mentorShare.id
    static let mentorHopes = WellKnownQuestion.mentorHopes.id
  }

  static func message(for record: SessionRecord) throws(ExportError) -> PlainMessage {
    let voice = MessageVoice(record)
    let mentor = voice.role == .mentor
    guard let about = ExportText.answer(record, mentor ? Key.mentorShare : Key.background)
    else { throw .noIntroduction(voice.role) }

    var body = PlainMessage.Body()
    body.add(voice.greeting)
    body.add(
      "I'm looking forward to our first mentoring meeting. So that you know a little about me"
        + " before we talk, here is a short introduction.")
    body.add(about)
    if !mentor, let cv = ExportText.answer(record, Key.cvLink) {
      body.add("My CV: " + cv)
    }
    if let hopes = ExportText.answer(record, mentor ? Key.mentorHopes : Key.hopes) {
      body.add(
        (mentor ? "What I hope to get from mentoring you: " : "What I hope our mentoring will help me with: ")
          + ExportText.sentence(hopes))
    }
    if let meeting = record.meetingAt {
      body.add(
        "I'd suggest we meet on \(meeting.spoken). Does that suit you? If not, let me know a"
          + " time that works better.")
    } else {
      body.add("Let me know a few times that would suit you for a first meeting.")
    }
    body.add(voice.signOff)

    let subject =
      "Introduction" + (voice.me.map { " from \($0)" } ?? "")
      + " ahead of our first mentoring meeting"
    return PlainMessage(subject: subject, body: body.text)
  }
}
