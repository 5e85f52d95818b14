import Testing

@testable import MentorPrepCore
@testable import generate_built_in_banks

/// The generator writes Swift that means what the values do, whatever the text holds.
@Suite struct BankSwiftSourceTests {
  @Test func stringLiteralsEscapeQuotesBackslashesAndControls() {
    #expect(BankSwiftSource.literal(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
    #expect(BankSwiftSource.literal("one\ntwo\u{7F}\ttab — é") == #""one\u{A}two\u{7F}\u{9}tab — é""#)
    #expect(BankSwiftSource.literal("{partner}'s") == #""{partner}'s""#)
  }

  @Test func casesAreSpeltAsSwiftSpellsThem() {
    #expect(BankSwiftSource.enumCase(Question.Kind.yesNo) == ".yesNo")
    #expect(BankSwiftSource.enumCase(ItemSource.ownNewActions) == ".ownNewActions")
    #expect(BankSwiftSource.enumCase(Phase.during) == ".during")
  }

  @Test func aQuestionWritesOnlyWhatDiffersFromTheDefaults() {
    let question = Question(
      id: "a.b", kind: .choice, text: RoleText(mentee: "M?", mentor: "N?"), optional: true,
      options: [Question.Option(id: "x", label: "X")],
      condition: Condition(
        [Condition.Clause(key: "setup.role", values: ["mentor"])],
        otherwise: [[Condition.Clause(key: "context.returning", values: ["yes"])]]),
      isPrivate: true)
    #expect(
      BankSwiftSource.question(question, indent: 0) == """
        Question(
          id: "a.b",
          kind: .choice,
          text: RoleText(mentee: "M?", mentor: "N?"),
          audience: .both,
          optional: true,
          options: [Question.Option(id: "x", label: "X")],
          condition: Condition([Condition.Clause(key: "setup.role", values: ["mentor"])], otherwise: [[Condition.Clause(key: "context.returning", values: ["yes"])]]),
          isPrivate: true)
        """)
  }
}
