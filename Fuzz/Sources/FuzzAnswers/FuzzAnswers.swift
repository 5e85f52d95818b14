import MentorPrepCore

/// One input: the bytes, as UTF-8 (invalid bytes becoming U+FFFD, as the piped
/// reader makes them), are typed as an answer to every kind of question, as one item of a list
/// and of the actions, and as a date; the first byte picks the role.
///
/// Beyond not crashing: a date read back from its own description is the same date and a
/// real calendar day, and every refusal has a reason.
func fuzzAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let role: Role = (bytes.first ?? 0) & 1 == 0 ? .mentee : .mentor
  let line = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)

  let dates = DateParser(now: now)
  if let date = dates.parse(line) {
    precondition(LocalDateTime.isValidDay(year: date.year, month: date.month, day: date.day), "\(date)")
    precondition(LocalDateTime(date.description) == date, "\(date) does not read back")
    precondition(dates.parse(date.description) == date, "\(date) does not parse back")
  }

  let actions = ActionParser(now: now, role: role, me: "Ana Lopez", partner: "Sam Rivera")
  if case .failure(let rejection) = actions.parse(line) {
    precondition(!rejection.reason.isEmpty)
  }

  let answers = AnswerParser(now: now, role: role, me: "Ana Lopez", partner: "Sam Rivera")
  for question in questions {
    for result in [answers.parse(line, for: question), answers.parseItem(line, for: question)] {
      if case .failure(let rejection) = result { precondition(!rejection.reason.isEmpty) }
    }
  }
  return 0
}

let questions: [Question] = Question.Kind.allCases.map { kind in
  Question(
    id: "fuzz.\(kind.rawValue)", kind: kind, text: RoleText(both: "A question?"),
    optional: kind == .text,
    options: kind == .choice
      ? [Question.Option(id: "written", label: "In writing"), Question.Option(id: "spoken", label: "Face to face")]
      : [])
}
