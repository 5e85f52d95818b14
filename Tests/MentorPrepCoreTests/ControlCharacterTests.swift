import Testing

@testable import MentorPrepCore

/// The one check of characters that act on a display, shared by the exports and the terminal.
@Suite struct ControlCharacterTests {
  @Test(arguments: [0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9B, 0x9F] as [UInt32])
  func c0C1AndDeleteAreControlCharacters(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(scalar.isControlCharacter)
    #expect(scalar.actsOnDisplay)
  }

  @Test(arguments: [0x202A, 0x202E, 0x2066, 0x2069] as [UInt32])
  func bidirectionalOverridesActOnTheDisplayButAreNoControlCharacters(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(!scalar.isControlCharacter)
    #expect(scalar.actsOnDisplay)
  }

  @Test(arguments: [0x20, 0x41, 0x7E, 0xA0, 0xE9, 0x2028, 0x2065, 0x1F600] as [UInt32])
  func printableCharactersAreNeither(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(!scalar.isControlCharacter)
    #expect(!scalar.actsOnDisplay)
  }

  @Test func exportsReplaceControlCharactersButKeepWhatIsShown() {
    #expect(ExportText.line("Ana\u{1B}[2J\u{7}\u{9B}Lopez") == "Ana [2J Lopez")
    #expect(ExportText.block("one\u{0}two\r\nthree") == "one two\nthree")
  }
}
