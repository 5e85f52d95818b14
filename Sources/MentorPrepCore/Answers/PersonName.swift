import Foundation

/// A person's name as typed, matched the way people name each other (SPEC §2): by the whole
/// name or any word of it, with or without a title, ignoring case and accents, so `okafor`,
/// `Tomás`, `tomas` and `Dr Tomás Okafor` all name "Dr. Tomás Okafor".
public struct PersonName: Sendable, Equatable {
  /// The name as typed, trimmed.
  public var text: String
  /// Its words folded for comparison (no case, no accents), titles left out.
  let words: [String]

  public init(_ text: String) {
    self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    words = Self.folded(self.text)
  }

  /// A name as it is stored wherever it is entered (SPEC §2): Unicode NFC, runs of white space
  /// collapsed to one space, trimmed, so the same letters typed another way are the same name.
  public static func stored(_ text: String) -> String {
    // Printable ASCII, as nearly every name is, is already in NFC and has no white space but
    // the space: its words are found in its bytes (a conversation stores a name some forty
    // times, and splitting it by characters showed).
    if DisplayText.isPrintableASCII(text) {
      return text.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }.joined(separator: " ")
    }
    return text.precomposedStringWithCanonicalMapping
      .split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }

  /// Titles a name may carry or leave out; compared without case or a trailing full stop.
  static let titles: Set<String> = [
    "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev",
  ]

  /// Whether `typed` names this person: the whole name (title or not), or any one word of it.
  public func matches(_ typed: String) -> Bool {
    let wanted = Self.folded(typed)
    guard !wanted.isEmpty, !words.isEmpty else { return false }
    if wanted == words { return true }
    return wanted.count == 1 && words.contains(wanted[0])
  }

  /// Whether `other` is this whole name (titles, case, accents and spacing aside).
  public func isSameName(as other: PersonName) -> Bool {
    !words.isEmpty && words == other.words
  }

  /// The people among `names` whom `typed` names, by the one rule every entry point uses
  /// (`--with`, `@owner`, the partner's name in the dialogue): the one whose whole name it is,
  /// else each whose name has it as a word; each once, in their order.
  public static func identify(_ typed: String, among names: [String]) -> [String] {
    let wanted = PersonName(typed)
    if let whole = names.first(where: { PersonName($0).isSameName(as: wanted) }) { return [whole] }
    return matching(typed, among: names)
  }

  /// The names among `names` that `typed` matches, each once, in their order.
  public static func matching(_ typed: String, among names: [String]) -> [String] {
    var seen: Set<[String]> = []
    return names.filter { name in
      let person = PersonName(name)
      return person.matches(typed) && seen.insert(person.words).inserted
    }
  }

  /// Text without case or accents, for comparing what is typed with a name.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Lower-case words without accents or titles; `_` and `.` separate words as spaces do, so
  /// `@tomas_okafor` and `Dr.Okafor` read as two words.
  static func folded(_ text: String) -> [String] {
    let plain = fold(text)
    let words = plain.split(whereSeparator: { $0.isWhitespace || $0 == "_" || $0 == "." || $0 == "," })
      .map(String.init)
    let named = words.filter { !titles.contains($0) }
    // A name that is only a title ("Dr.") is still that word.
    return named.isEmpty ? words : named
  }
}
