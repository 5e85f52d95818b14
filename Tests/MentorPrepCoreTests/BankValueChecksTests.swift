import MentorPrepBuiltInBanks
import Testing

@testable import MentorPrepCore

/// `BankLoader.problems(in:named:)`, which `banks lint` runs on the built-in bank: each break
/// made to the built-in values is found, with the message the loader gives for the same in YAML.
@Suite struct BankValueChecksTests {
  /// The built-in bank with one change made to its states.
  static func messages(_ change: (inout [BankState]) -> Void, entries: [Phase: String]? = nil) -> [String] {
    var states = BuiltInBanks.bank.states
    change(&states)
    let bank = QuestionBank(states: states, entries: entries ?? BuiltInBanks.bank.entries)
    let problems = BankLoader.problems(in: bank, named: "built-in banks")
    #expect(problems.allSatisfy { $0.file == "built-in banks" })
    return problems.map(\.message)
  }

  static func index(of id: String, in states: [BankState]) -> Int {
    states.firstIndex { $0.id == id }!
  }

  @Test func anUnknownTargetIsFound() {
    let found = Self.messages { states in
      let first = Self.index(of: "setup.who", in: states)
      states[first].next = [Transition(target: .state("setup.whom"))]
    }
    #expect(found == ["unknown state 'setup.whom'; did you mean 'setup.who'?"])
  }

  @Test func aStateNothingLeadsToIsFound() {
    let found = Self.messages { states in
      states.append(
        BankState(
          id: "after.orphan", phase: .after, title: "Orphan",
          questions: [Question(id: "after.orphan_note", kind: .text, text: RoleText(both: "Anything?"))],
          next: [Transition(target: .end)]))
    }
    #expect(found == ["state 'after.orphan' cannot be reached: no transition leads to it"])
  }

  @Test func questionRulesAreChecked() {
    let found = Self.messages { states in
      let first = Self.index(of: "setup.who", in: states)
      // setup.me, setup.partner, setup.role
      states[first].questions[2].options = []
      states[first].questions[0].kind = .status
      states[first].questions[0].text = RoleText(both: "Hello {nobody}")
      states[first].questions.append(states[first].questions[1])
    }
    #expect(found.contains("the choice question 'setup.role' needs 'options' to choose from"))
    #expect(
      found.contains(
        "a 'status' question reviews earlier actions, so it belongs in a state with 'for_each: open_actions'"))
    #expect(found.contains("unknown placeholder '{nobody}'; this text may use {partner}, {me}, {meeting}, {gaps}"))
    #expect(found.contains("duplicate question id 'setup.partner'"))
  }

  @Test func idsConditionsAndEntriesAreChecked() {
    let found = Self.messages(
      { states in
        let first = Self.index(of: "setup.who", in: states)
        states[first].questions[1].id = "Setup.Me"
        states[first].questions[2].condition = Condition([Condition.Clause(key: "setup.role", values: ["boss"])])
      }, entries: [:])
    #expect(
      found.contains("a question id 'Setup.Me' must be lowercase letters, digits, '_' and '.' (like 'purpose.success')")
    )
    #expect(found.contains("the setup phase has no entry"))
    #expect(found.contains("'boss' is not an answer of 'setup.role'; it can be mentee, mentor"))
  }

  /// The rules of `BankRules` that the YAML reader applies hold for values too, with its words
  /// (the folder of broken banks has the same breaks in YAML), private-and-shared among them.
  @Test func theReadersQuestionRulesHoldForValues() {
    let found = Self.messages { states in
      let first = Self.index(of: "setup.who", in: states)
      states[first].questions[0].isPrivate = true
      states[first].questions[0].isShared = true
      states[first].questions[0].options = [Question.Option(id: "a", label: "A")]
      states[first].questions[0].laterThan = "setup.meeting_at"
      states[first].questions[2].options += [states[first].questions[2].options[0]]
    }
    #expect(
      found.contains(
        "question 'setup.me' is both private and shared; a note kept for oneself never travels to the partner"),
      "\(found)")
    #expect(found.contains("only a choice question has 'options'; question 'setup.me' is of kind 'text'"))
    #expect(found.contains("only a datetime question takes 'after'; question 'setup.me' is of kind 'text'"))
    #expect(found.contains("duplicate option id 'mentee' in question 'setup.role'"))
  }
}
