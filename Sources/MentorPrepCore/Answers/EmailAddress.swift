/// A plain `local@domain` email address, the one check every address passes: typed at setup,
/// given with `--email`, or written into the eml export. Anything a mail program would misread
/// (spaces, angle brackets, quotes, commas, non-ASCII) or that names no domain is refused, so an
/// address that was accepted once is never refused later.
public struct EmailAddress: Sendable, Equatable, CustomStringConvertible {
  /// The address, trimmed.
  public let text: String

  /// The sentence shown when an answer is not an address.
  public static let rejection = "That does not look like an email address (name@example.org)."

  /// The address in `raw`, or nil when it is not one.
  public init?(_ raw: String) {
    let address = raw.trimmingWhitespace
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    // 254 octets is the longest path RFC 5321 lets a mail server carry.
    guard address.utf8.count <= 254, parts.count == 2 else { return nil }
    let (local, domain) = (parts[0], parts[1])
    guard Self.isDotAtom(local), Self.isDotAtom(domain), domain.contains("."),
      domain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
    else { return nil }
    text = address
  }

  public var description: String { text }

  /// The part after the `@`.
  public var domain: String { text.split(separator: "@").last.map(String.init) ?? text }

  private static func isDotAtom(_ text: Substring) -> Bool {
    let atoms = text.split(separator: ".", omittingEmptySubsequences: false)
    return !text.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(Self.isAtomText) }
  }

  /// RFC 5322 atext: the characters a word may hold without quotes.
  static func isAtomText(_ character: Character) -> Bool {
    guard character.isASCII, let value = character.asciiValue else { return false }
    if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
      return true
    }
    return "!#$%&'*+-/=?^_`{|}~".contains(character)
  }
}
