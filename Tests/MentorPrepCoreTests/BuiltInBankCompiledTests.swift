import Testing

@testable import MentorPrepCore

/// The bank compiled into the binary (`BuiltInBanks.bank`) is the one the loader makes of the
/// embedded YAML: `make banks` writes both.
@Suite struct BuiltInBankCompiledTests {
  @Test func theCompiledBankEqualsTheLoadedOne() throws {
    let loaded = try BankLoader.load(BuiltInBanks.files)
    #expect(BuiltInBanks.bank.entries == loaded.entries, "run `make banks`")
    #expect(BuiltInBanks.bank.states.map(\.id) == loaded.states.map(\.id), "run `make banks`")
    for (compiled, read) in zip(BuiltInBanks.bank.states, loaded.states) {
      #expect(compiled == read, "state \(read.id) differs from its compiled copy; run `make banks`")
    }
    #expect(BuiltInBanks.bank == loaded)
  }

  /// The compiled bank answers look-ups as a loaded one does.
  @Test func theCompiledBankFindsItsStatesAndQuestions() {
    let bank = BuiltInBanks.bank
    for state in bank.states {
      #expect(bank.state(state.id) == state)
      for question in state.questions {
        #expect(bank.question(question.id)?.question == question)
      }
    }
  }
}
