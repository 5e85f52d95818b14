/// Reads one action as typed in a list: `Draft the project pitch @me by friday`.
///
/// The owner (`@me`, `@partner`, `@mentor`, `@mentee` or a name) and the due date (`by DATE`) may
/// end the line in either order. Without an owner the action is the mentee's.
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
    var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    var owner: Owner?
    var due: LocalDateTime?
    for _ in 0..<2 {
      // The owner runs from `@` to ` by ` or the end of the line.
      if owner == nil, let at = words.lastIndex(where: { $0.hasPrefix("@") }) {
        let end = words[at...].firstIndex(where: { $0.lowercased() == "by" }) ?? words.endIndex
        if end == words.endIndex || due == nil {
          let name = ([String(words[at].dropFirst())] + words[(at + 1)..<end]).joined(separator: " ")
            .trimmingWhitespace
          guard !name.isEmpty else { return .failure(.init("Put a name after '@', like @me or @partner.")) }
          if end == words.endIndex || trailingDue(Array(words[end...])) != nil {
            owner = resolve(name)
            words.removeSubrange(at..<end)
          }
        }
      }
      if due == nil, let by = words.lastIndex(where: { $0.lowercased() == "by" }), by + 1 < words.count,
        !words[(by + 1)...].contains(where: { $0.hasPrefix("@") }), DateParser.beginsADate(words[by + 1])
      {
        switch dates.read(words[(by + 1)...].joined(separator: " ")) {
        case .success(let date):
          due = date
          words.removeSubrange(by...)
        case .failure(let rejection):
          return .failure(.init("The date after 'by' cannot be read: \(rejection.reason)"))
        }
      }
    }
    let text = words.joined(separator: " ")
    guard !text.isEmpty else {
      return .failure(.init("Say what the action is before its owner and date."))
    }
    return .success(ActionItem(text: text, owner: owner ?? .role(.mentee), due: due))
  }

  /// The date of a line's `by DATE` words, when they are one.
  private func trailingDue(_ words: [String]) -> LocalDateTime? {
    guard words.count > 1, words[0].lowercased() == "by" else { return nil }
    return dates.parse(words.dropFirst().joined(separator: " "))
  }

  private func resolve(_ name: String) -> Owner {
    switch name.lowercased() {
    case "me": return .role(role)
    case "partner": return .role(role.partner)
    case "mentee": return .role(.mentee)
    case "mentor": return .role(.mentor)
    default:
      if let me, PersonName(me).matches(name) { return .role(role) }
      if let partner, PersonName(partner).matches(name) { return .role(role.partner) }
      return .named(name)
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
  }
}

