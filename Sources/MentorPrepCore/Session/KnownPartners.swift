/// The partners met in earlier sessions, as the partner-name question offers them (SPEC §2):
/// matched by the one rule of `PersonName`, completed by Tab, the last one offered as the
/// default. The runner fills it from the store; the dialogue only reads it.
public struct KnownPartners: Sendable, Equatable {
  /// One relationship: the partner's stored name and the role you had with them.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var role: Role?

    public init(name: String, role: Role?) {
      self.name = name
      self.role = role
    }
  }

  /// Most recently met first.
  public var entries: [Entry]

  public init(_ entries: [Entry] = []) {
    self.entries = entries
  }

  public static let none = KnownPartners()

  /// Each stored name once, most recently met first.
  public var names: [String] {
    var seen: Set<String> = []
    return entries.map(\.name).filter { seen.insert($0).inserted }
  }

  /// The partner met last in this role (else in any role): the default of the name question.
  public func last(as role: Role) -> String? {
    entries.first(where: { $0.role == role })?.name ?? entries.first?.name
  }

  /// The side you were on with the partner stored as `name`, when it was always the same one:
  /// nil for someone new, or for someone you have both mentored and been mentored by.
  public func role(with name: String) -> Role? {
    let roles = Set(entries.filter { $0.name == name }.compactMap(\.role))
    return roles.count == 1 ? roles.first : nil
  }

  /// The known partners `typed` names, by the whole name or any word of it.
  public func matching(_ typed: String) -> [String] {
    PersonName.identify(typed, among: names)
  }

  /// The known partner whose whole name `typed` is (titles, case, accents and spacing aside):
  /// nobody else can be meant, so nothing needs confirming.
  public func named(_ typed: String) -> String? {
    let wanted = PersonName(typed)
    return names.first { PersonName($0).isSameName(as: wanted) }
  }

  /// Tab at the name question: the rest of each known name that begins with the line so far
  /// (or with its last word), after that last word, as the line editor inserts it.
  public func completions(of line: String) -> [String] {
    let word = line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    var found: [String] = []
    for name in names {
      if let rest = Self.rest(of: name, after: line) {
        found.append(word + rest)
      } else if !word.isEmpty, line == word {
        // A single word may begin any word of a name (`riv` completes `rivera`).
        for part in name.split(separator: " ").map(String.init) {
          if let rest = Self.rest(of: part, after: word) { found.append(word + rest) }
        }
      }
    }
    var seen: Set<String> = []
    return found.filter { seen.insert($0).inserted }
  }

  /// What follows `typed` in `name` when `typed` begins it, case and accents aside.
  private static func rest(of name: String, after typed: String) -> String? {
    guard !typed.isEmpty, name.count >= typed.count else { return typed.isEmpty ? name : nil }
    let start = String(name.prefix(typed.count))
    guard PersonName.fold(start) == PersonName.fold(typed) else { return nil }
    return String(name.dropFirst(typed.count))
  }
}
