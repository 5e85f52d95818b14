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
      if owner == nil, let last = words.last, last.hasPrefix("@") {
        let name = String(last.dropFirst())
        guard !name.isEmpty else { return .failure(.init("Put a name after '@', like @me or @partner.")) }
        owner = resolve(name)
        words.removeLast()
      }
      if due == nil, let found = trailingDue(words) {
        due = found.date
        words.removeLast(words.count - found.start)
      }
    }
    let text = words.joined(separator: " ")
    guard !text.isEmpty else {
      return .failure(.init("Say what the action is before its owner and date."))
    }
    return .success(ActionItem(text: text, owner: owner ?? .role(.mentee), due: due))
  }

  /// The last `by …` whose rest is a date, and where it starts.
  private func trailingDue(_ words: [String]) -> (date: LocalDateTime, start: Int)? {
    for index in words.indices.reversed() where words[index].lowercased() == "by" {
      let rest = words[(index + 1)...].joined(separator: " ")
      if let date = dates.parse(rest) { return (date, index) }
    }
    return nil
  }

  private func resolve(_ name: String) -> Owner {
    switch name.lowercased() {
    case "me": return .role(role)
    case "partner": return .role(role.partner)
    case "mentee": return .role(.mentee)
    case "mentor": return .role(.mentor)
    default:
      if Self.names(name, match: me) { return .role(role) }
      if Self.names(name, match: partner) { return .role(role.partner) }
      return .named(name)
    }
  }

  /// `@ana` names "Ana Lopez": the whole name or its first word, in any case.
  static func names(_ name: String, match full: String?) -> Bool {
    guard let full else { return false }
    let wanted = name.lowercased()
    let lowered = full.lowercased()
    return lowered == wanted
      || lowered.split(separator: " ").first.map(String.init) == wanted
      || lowered.replacingSpaces == wanted
  }
}

extension String {
  fileprivate var replacingSpaces: String { String(map { $0 == " " ? "_" : $0 }) }
}
