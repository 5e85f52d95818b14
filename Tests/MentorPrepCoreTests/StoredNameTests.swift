import Foundation
import Testing

@testable import MentorPrepCore

/// A name in printable ASCII is stored from its bytes: it must come out as the Unicode path
/// (NFC, runs of white space collapsed, trimmed) makes it.
@Suite struct StoredNameTests {
  static func byCharacters(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test(arguments: [
    "Sam Rivera", "  Sam   Rivera  ", "Sam", "", " ", "Dr. Tom O'Neil-Smith", "a  b   c", "~weird~ !name!",
    "tab\tinside", "line\nbreak", "Tomás Okafor", "Toma\u{301}s  Okafor", "no-break\u{A0}space",
    "ideographic\u{3000}space",
  ])
  func aNameIsStoredAsByCharacters(text: String) {
    #expect(PersonName.stored(text) == Self.byCharacters(text))
  }
}
