import Testing

@testable import MentorPrepCore

/// The dialogue splits its texts into lines by their bytes (splitting by characters was a
/// twentieth of a conversation): the lines must be those a split by characters gives.
@Suite struct DialogueLinesTests {
  @Test(arguments: [
    "", "one line", "two\nlines", "\n", "\n\n", "ends with a break\n", "\nstarts with one",
    "Zoë\nOkafor — “quoted”\n\u{301}accent after a break", "windows\r\nline ends\r\n", "a lone\rreturn\nthen a break",
    "emoji 👩🏽‍💻\nand flags 🇺🇦\n",
  ])
  func linesAreThoseASplitByCharactersGives(text: String) {
    let byCharacters = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Dialogue.lines(of: text) == byCharacters)
  }
}
