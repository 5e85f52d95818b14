import Testing

@testable import MentorPrepCore

/// The one email check: typed at setup, given with `--email`, written into the eml export.
@Suite struct EmailAddressTests {
  @Test(arguments: ["sam.rivera@example.org", "  ana+mentoring@mail.example.co.uk ", "o'neil@example-domain.org"])
  func plainAddressesAreAccepted(raw: String) throws {
    let address = try #require(EmailAddress(raw))
    #expect(address.text == raw.trimmingWhitespace)
  }

  @Test(arguments: [
    "sam at example.org", "sam@example.org>, evil@example.com", "sam@exa mple.org", "sám@example.org",
    "@example.org", "sam@", "sam@localhost", "sam@@example.org", "sam.@example.org", "sam@example..org",
    "Sam <sam@example.org>", "sam@example.org\r\nBcc: evil@example.com", "",
  ])
  func anythingAMailProgramWouldMisreadIsRefused(raw: String) {
    #expect(EmailAddress(raw) == nil)
  }

  @Test func anAddressLongerThanMailCarriesIsRefused() {
    let local = String(repeating: "a", count: 64)
    let domain = Array(repeating: String(repeating: "b", count: 60), count: 4).joined(separator: ".") + ".org"
    #expect(EmailAddress("\(local)@\(domain)") == nil)
    #expect(EmailAddress("\(local)@example.org") != nil)
  }

  @Test func theDomainIsWhatFollowsTheAt() throws {
    #expect(try #require(EmailAddress("ana@mail.example.org")).domain == "mail.example.org")
  }

  @Test func anEmailQuestionTakesOnlyAnAddressAndSaysWhyNot() throws {
    let parser = AnswerParser(now: AnswerParserTests.now, role: .mentee, me: nil, partner: nil)
    let question = Question(id: "setup.partner_email", kind: .email, text: RoleText(both: "?"), optional: true)
    #expect(try parser.parse(" sam@example.org ", for: question).get() == .text("sam@example.org"))
    #expect(parser.parse("sam at example", for: question) == .failure(AnswerRejection(EmailAddress.rejection)))
    #expect(EmailAddress.rejection == "That does not look like an email address (name@example.org).")
    #expect(question.answerHint == "[email, optional]")
  }

  @Test func theBuiltInSetupAsksForAddressesAsEmail() throws {
    let bank = try BankLoader.load(promptFiles())
    let kinds = bank.states.flatMap(\.questions).filter { $0.id.hasSuffix("_email") }.map { "\($0.id) \($0.kind)" }
    #expect(kinds == ["setup.partner_email email", "setup.my_email email"])
  }
}
