import Testing

@testable import MentorPrepCore

@Suite struct ExportMarkdownDocumentTests {
  @Test func userTextCannotBecomeMarkup() {
    #expect(MarkdownDocument.escape("# not a heading") == "\\# not a heading")
    #expect(MarkdownDocument.escape("- not a bullet") == "\\- not a bullet")
    #expect(MarkdownDocument.escape("1. not a list") == "1\\. not a list")
    #expect(MarkdownDocument.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
    #expect(
      MarkdownDocument.escape("*bold* _it_ [link](x) `code` a|b")
        == "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` a\\|b")
    #expect(MarkdownDocument.escape("see https://example.org/a_b now") == "see <https://example.org/a_b> now")
    #expect(MarkdownDocument.escape("Sam O'Neil") == "Sam O'Neil")
    #expect(MarkdownDocument.escape("line\nbreak") == "line break")
  }

  @Test func questionsAppearInTheUsersWordsWithTheirAnswers() {
    let text = MarkdownDocument(record: ExportFixture.firstMeeting, bank: ExportFixture.bank).text
    #expect(text.hasPrefix("# Mentoring session 1: Ana Lopez and Sam O'Neil\n"))
    for heading in Phase.allCases.map(\.title) { #expect(text.contains("\n## \(heading)\n")) }
    #expect(text.contains("**What is the name of the person you are meeting?**\n\nSam O'Neil"))
    #expect(text.contains("**Where can Sam O'Neil find your CV?**\n\n<https://example.com/cv/ana_lopez.pdf>"))
    #expect(text.contains("- [ ] Draft the one-page project pitch — Ana Lopez, due Friday 27 November 2026"))
    #expect(
      text.contains(
        "#### Draft the one-page project pitch (`1.1`)\n\n**How will you both know that 'Draft the one-page project pitch' has worked?**"
      ))
    #expect(text.contains("**How long will a usual meeting last?**\n\n45 minutes"))
    #expect(text.contains("| 1.1 | Draft the one-page project pitch | Ana Lopez | 2026-11-27 | open |"))
    #expect(!text.contains("backgrounds.mine"), "skipped answers are left out")
  }

  @Test func answersTheBankNoLongerHasAreKept() {
    var record = ExportFixture.firstMeeting
    record.answers["old.question"] = .text("still here")
    let text = MarkdownDocument(record: record, bank: ExportFixture.bank).text
    #expect(text.contains("## Other answers"))
    #expect(text.contains("**`old.question`**\n\nstill here"))
  }
}
