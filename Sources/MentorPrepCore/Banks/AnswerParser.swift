/// Turns one typed line into the answer a question's kind asks for, or says why it cannot.
public struct AnswerParser: Sendable {
  /// Longer answers are refused: a mentoring note fits well within this, and it keeps the record,
  /// exports and terminal sane when a huge line arrives.
  public static let maximumLength = 10_000

  public var dates: DateParser
  public var actions: ActionParser

  public init(now: LocalDateTime, role: Role, me: String?, partner: String?) {
    dates = DateParser(now: now)
    actions = ActionParser(now: now, role: role, me: me, partner: partner)
  }

  /// Parses a whole answer to a question that takes one line (every kind but list and actions).
  public func parse(_ line: String, for question: Question) -> Result<Answer, AnswerRejection> {
    let text = line.trimmingWhitespace
    if let refused = check(text) { return .failure(refused) }
    switch question.kind {
    case .text:
      // The two names are stored in one form wherever they are entered (SPEC §2).
      let isName = question.id == WellKnownQuestion.me.id || question.id == WellKnownQuestion.partner.id
      return .success(.text(isName ? PersonName.stored(text) : text))
    case .email:
      guard let address = EmailAddress(text) else { return .failure(.init(EmailAddress.rejection)) }
      return .success(.text(address.text))
    case .yesNo:
      switch text.lowercased() {
      case "y", "yes": return .success(.yesNo(true))
      case "n", "no": return .success(.yesNo(false))
      default: return .failure(.init("Answer y or n."))
      }
    case .choice:
      return choose(text, from: question.choices).map(Answer.choice)
    case .status:
      return choose(text, from: question.choices).map { .status(ActionStatus(rawValue: $0) ?? .open) }
    case .dateTime:
      return dates.read(text).map(Answer.dateTime)
    case .rating:
      guard let value = Int(text), (1...5).contains(value) else {
        return .failure(.init("Give a whole number from 1 (poor) to 5 (excellent)."))
      }
      return .success(.number(value))
    case .minutes:
      guard let minutes = Self.minutes(in: text) else {
        return .failure(.init("Give the length in minutes, like 45 or 1.5 hours, between 5 minutes and 10 hours."))
      }
      return .success(.number(minutes))
    case .list, .actions, .steps:
      return .failure(.init("This question takes a list, one item per line."))
    }
  }

  /// Minutes in `45`, `45 minutes`, `an hour`, `half an hour` or `1.5 hours`, from 5 to 600.
  public static func minutes(in text: String) -> Int? {
    let lower = text.lowercased()
    if lower.contains("half an hour") { return 30 }
    let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." })
    if words.first == "an" || words.first == "one", words.dropFirst().first?.hasPrefix("hour") == true {
      return 60
    }
    guard let index = words.firstIndex(where: { Double($0) != nil }), let number = Double(words[index])
    else { return nil }
    let unit = words.index(after: index) < words.endIndex ? words[words.index(after: index)] : "m"
    let minutes: Double? = unit.hasPrefix("h") ? number * 60 : unit.hasPrefix("m") ? number : nil
    guard let minutes, (5...600).contains(minutes) else { return nil }
    return Int(minutes.rounded())
  }

  /// Parses one item of a list or actions question.
  public func parseItem(_ line: String, for question: Question) -> Result<Answer, AnswerRejection> {
    let text = line.trimmingWhitespace
    if let refused = check(text) { return .failure(refused) }
    switch question.kind {
    case .actions, .steps:
      return actions.parse(text).map { .actions([$0]) }
    case .list, .text, .email, .yesNo, .choice, .status, .dateTime, .rating, .minutes:
      return .success(.list([text]))
    }
  }

  /// Refuses an answer too long to keep, or one holding a NUL, which ends the text in C strings
  /// (the search index, the terminal) so that what follows it would be stored but never found.
  private func check(_ text: String) -> AnswerRejection? {
    let count = text.unicodeScalars.count
    if count > Self.maximumLength {
      return AnswerRejection("That answer is \(count) characters long; keep it under \(Self.maximumLength).")
    }
    if text.utf8.contains(0) {
      return AnswerRejection(
        "That answer holds a NUL character (\\x00), which cannot be kept; type it again without it.")
    }
    return nil
  }

  /// An option by number, id, label, or a prefix that names just one of them.
  private func choose(_ text: String, from options: [Question.Option]) -> Result<String, AnswerRejection> {
    let wanted = text.lowercased()
    let reason = AnswerRejection("Choose a number from 1 to \(options.count), or type an option's name.")
    if let number = Int(wanted) {
      guard (1...options.count).contains(number) else { return .failure(reason) }
      return .success(options[number - 1].id)
    }
    guard !wanted.isEmpty else { return .failure(reason) }
    let spaced = wanted.map { $0 == "_" ? " " : $0 }
    if let exact = options.first(where: { names($0).contains(String(spaced)) }) {
      return .success(exact.id)
    }
    let prefixed = options.filter { names($0).contains { $0.hasPrefix(String(spaced)) } }
    if prefixed.count == 1 { return .success(prefixed[0].id) }
    return .failure(reason)
  }

  private func names(_ option: Question.Option) -> [String] {
    [option.id.replacingUnderscores.lowercased(), option.label.lowercased()]
  }
}
