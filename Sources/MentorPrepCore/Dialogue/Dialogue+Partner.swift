/// The partner's name, matched against the partners met before by the one rule of
/// `PersonName` (SPEC §2): a whole known name is that partner, spelt as stored; a word of one
/// known name asks to confirm; a word of several lists them; Enter takes the partner met last.
extension Dialogue {
  /// Whether the question is the partner's name.
  func isPartnerName(_ question: Question) -> Bool {
    question.id == SessionRecord.Key.partner
  }

  /// The partner's name Enter takes: the partner met last in this role, or in any role
  /// while it is not known.
  var lastPartner: String? {
    guard answers[SessionRecord.Key.role] != nil else { return context.knownPartners.names.first }
    return context.knownPartners.last(as: role)
  }

  /// With a partner met before, the side you were on with them, taken as this meeting's and
  /// said (SPEC §2: setup does not ask what the record knows).
  mutating func roleAsBefore() -> [DialogueEffect] {
    let key = SessionRecord.Key.role
    guard answers[key] == nil, let partner = name(of: SessionRecord.Key.partner),
      let known = context.knownPartners.role(with: partner)
    else { return [] }
    let side = known == .mentee ? "\(partner) mentors you" : "you mentor \(partner)"
    return [
      takeAsKnown(.choice(known.rawValue), for: key),
      .say("As before, \(side); /edit \(key) if that has changed.", .note),
    ]
  }

  /// The choice asked about at `position`, when it is the pending partner's name.
  func pendingPartnerChoice(at position: Position) -> PartnerChoice? {
    guard position == progress.position, let choice = progress.partnerChoice,
      position.answerKey?.text == SessionRecord.Key.partner
    else { return nil }
    return choice
  }

  /// A name typed at the partner's question, already in its stored form.
  mutating func answerPartnerName(_ name: String, at position: Position) -> [DialogueEffect] {
    let known = context.knownPartners
    // The whole name of someone met before is them, as first spelt: a later spelling never
    // renames their earlier sessions.
    if let same = known.named(name) { return accept(.text(same), at: position) }
    let candidates = known.matching(name)
    guard !candidates.isEmpty else { return accept(.text(name), at: position) }
    let choice = PartnerChoice(typed: name, candidates: candidates)
    progress.partnerChoice = choice
    return partnerChoiceLines(choice) + [.ask(.answer)]
  }

  /// The answer to "Sam Rivera, as before?" or to the numbered names; nil when the line is a
  /// name typed afresh, which the partner's question then reads as it reads any name.
  mutating func answerPartnerChoice(_ line: String, _ choice: PartnerChoice, at position: Position)
    -> [DialogueEffect]?
  {
    let text = line.trimmingWhitespace.lowercased()
    if choice.candidates.count == 1 {
      switch text {
      case "", "y", "yes": return accept(.text(choice.candidates[0]), at: position)
      case "n", "no": return accept(.text(choice.typed), at: position)
      default: break
      }
    } else if let number = Int(text) {
      if choice.candidates.indices.contains(number - 1) {
        return accept(.text(choice.candidates[number - 1]), at: position)
      }
      if number == choice.candidates.count + 1 { return accept(.text(choice.typed), at: position) }
      return [.say("Choose a number from 1 to \(choice.candidates.count + 1), or type the whole name.", .error)]
        + partnerChoiceLines(choice) + [.ask(.answer)]
    } else if text.isEmpty {
      return [.say("Choose one of them by its number, or type the whole name.", .error)]
        + partnerChoiceLines(choice) + [.ask(.answer)]
    }
    progress.partnerChoice = nil
    return nil
  }

  /// The question that asks which person a typed name means.
  func partnerChoiceLines(_ choice: PartnerChoice) -> [DialogueEffect] {
    if choice.candidates.count == 1 {
      return [
        .say("\(choice.candidates[0]), as before? [Y/n]", .question),
        .say("Answer n if \(choice.typed) is someone new.", .hint),
      ]
    }
    let options = choice.candidates + ["Someone new called \(choice.typed)"]
    return [.say("\(choice.typed) could be any of these; which one do you mean? [1-\(options.count)]", .question)]
      + options.enumerated().map { .say("  \($0 + 1). \($1)", .option) }
  }

  /// What Tab completes at the partner's name: known names, or the answers to the choice.
  func partnerCompletions(for line: String) -> [String] {
    guard let choice = pendingPartnerChoice(at: progress.position) else {
      return context.knownPartners.completions(of: line)
    }
    let answers = choice.candidates.count == 1 ? ["yes", "no"] : (1...choice.candidates.count + 1).map(String.init)
    return answers.filter { $0.hasPrefix(line.lowercased()) }
  }
}
