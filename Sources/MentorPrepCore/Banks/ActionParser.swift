/// Reads one action as typed in a list: `Draft the project pitch @me by friday`.
///
/// The owner (`@me`, `@partner`, `@mentor`, `@mentee` or a name) and the due date (`by DATE`, or
/// a date right after the owner) may end the line in either order. Without an owner the action is
/// the mentee's. What success looks like may close the line after a semicolon or a dash:
/// `…; done when it fits on one page`.
public struct ActionParser: Sendable {
  public var dates: DateParser
  public var role: Role
  public var me: String?
  public var partner: String?

  public init(now: LocalDateTime, role: Role, me: String?, partner: String?) {
    self.dates = DateParser(now: now)
    self.role = role
    self.me = me
    self.partner = partner
  }

  public func parse(_ line: String) -> Result<ActionItem, AnswerRejection> {
    let (action, success) = Self.successClause(of: line)
    if let success, success.isEmpty {
      return .failure(.init("Say what success looks like after 'done when', or leave it out."))
    }
    return parseAction(action).map { item in
      var item = item
      item.success = success
      return item
    }
  }

  /// The line without its closing `; done when …` (or `— done when …`), and what follows it.
  static func successClause(of line: String) -> (action: String, success: String?) {
    let phrase = "done when"
    guard
      let start = line.indices.reversed().first(where: { line[$0...].prefix(phrase.count).lowercased() == phrase })
    else { return (line, nil) }
    let end = line.index(start, offsetBy: phrase.count)
    let before = String(line[..<start]).trimmingWhitespace
    guard let separator = before.last, ";—–".contains(separator) || before.hasSuffix(" -") else {
      return (line, nil)
    }
    let action = String(before.dropLast()).trimmingWhitespace
    return (action, String(line[end...]).trimmingWhitespace)
  }

  private func parseAction(_ line: String) -> Result<ActionItem, AnswerRejection> {
    var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    var owner: Owner?
    var due: LocalDateTime?
    // The owner runs from `@` to ` by `, to the first word that begins a date the parser reads
    // (`@me in 2 weeks`), or to the end of the line; a date right after it is the due date.
    if let at = words.lastIndex(where: { $0.hasPrefix("@") }) {
      let (end, dateAfterOwner) = ownerEnd(in: words, after: at)
      let name = ([String(words[at].dropFirst())] + words[(at + 1)..<end]).joined(separator: " ")
        .trimmingWhitespace
      guard !name.isEmpty else { return .failure(.init("Put a name after '@', like @me or @partner.")) }
      switch resolve(name) {
      case .success(let resolved): owner = resolved
      case .failure(let rejection): return .failure(rejection)
      }
      if let dateAfterOwner {
        due = dateAfterOwner
        words.removeSubrange(at...)
      } else {
        words.removeSubrange(at..<end)
      }
    }
    // A trailing `by …` that begins like a date must be one; any other `by` is part of the text.
    if let by = words.lastIndex(where: { $0.lowercased() == "by" }), by + 1 < words.count,
      DateParser.beginsADate(words[by + 1])
    {
      guard due == nil else { return .failure(.init("The action has two dates; give it one.")) }
      switch dates.read(words[(by + 1)...].joined(separator: " ")) {
      case .success(let date):
        due = date
        words.removeSubrange(by...)
      case .failure(let rejection):
        return .failure(.init("The date after 'by' cannot be read: \(rejection.reason)"))
      }
    }
    let text = words.joined(separator: " ")
    guard !text.isEmpty else {
      return .failure(.init("Say what the action is before its owner and date."))
    }
    return .success(ActionItem(text: text, owner: owner ?? .role(.mentee), due: due))
  }

  /// Where the owner's name after `words[at]` ends: at `by`, at the first word from which the
  /// rest of the line reads as a date (that date, too), or at the end of the line.
  private func ownerEnd(in words: [String], after at: Int) -> (end: Int, date: LocalDateTime?) {
    for index in words.indices.dropFirst(at + 1) {
      if words[index].lowercased() == "by" { return (index, nil) }
      // No date the parser reads is longer than `on thursday 17 december 2026 at 10am`: a longer
      // rest is not tried, so a line of many date-like words is not read again from each one.
      guard DateParser.beginsADate(words[index]), words.count - index <= 8 else { continue }
      if let date = dates.parse(words[index...].joined(separator: " ")) { return (index, date) }
    }
    return (words.endIndex, nil)
  }

  /// The owner a name after `@` names; a word that names both people is asked about, not guessed.
  private func resolve(_ name: String) -> Result<Owner, AnswerRejection> {
    switch name.lowercased() {
    case "me": return .success(.role(role))
    case "partner": return .success(.role(role.partner))
    case "mentee": return .success(.role(.mentee))
    case "mentor": return .success(.role(.mentor))
    default:
      // The rule `--with` and the partner's name follow: a whole name first, else a word.
      let people = PersonName.identify(name, among: [me, partner].compactMap { $0 })
      let isMe = me.map { people.contains($0) } ?? false
      let isPartner = partner.map { people.contains($0) } ?? false
      switch (isMe, isPartner) {
      case (true, true):
        // Asked about, never guessed: the item is asked again, naming both people.
        let both = [me, partner].compactMap { $0 }.joined(separator: " or ")
        return .failure(
          .init("'@\(name)' could be either of you (\(both)); write @me or @partner, or the whole name."))
      case (true, false): return .success(.role(role))
      case (false, true): return .success(.role(role.partner))
      case (false, false): return .success(.named(name))
      }
    }
  }

  /// The action as understood, for showing back: `→ Share the outline — Dr. Tomás Okafor, by
  /// Thursday 17 December 2026`; a third person is said to be neither of the two.
  public func understood(_ item: ActionItem) -> String {
    "→ " + described(item)
  }

  /// The action in words, as `understood` shows it without the arrow (also when recalled).
  public func described(_ item: ActionItem) -> String {
    let owner: String
    switch item.owner {
    case .role(let owning):
      let name = owning == role ? me : partner
      owner = name.map { "\($0) (\(owning.rawValue))" } ?? "the \(owning.rawValue)"
    case .named(let name):
      owner = "\(name), who is neither of you"
    }
    return "\(item.text) — \(owner)" + (item.due.map { ", by \($0.spoken)" } ?? "")
      + (item.success.map { "; done when \($0)" } ?? "")
  }
}
