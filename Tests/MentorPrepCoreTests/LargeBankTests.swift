import MentorPrepCore
import Testing

/// A bank a hundred times the built-in one loads with every check and starts a conversation:
/// four phases of chained states, each with a text, a yes/no and a choice question, and a
/// conditional transition. The loader and the dialogue are what such a bank tests, so it runs
/// here, once, rather than twice through the binary (`--bank` and `banks lint` are the loader
/// these use; EndToEndTests' `HardeningTests` run both on hostile banks).
@Suite struct LargeBankTests {
  @Test func aBankAHundredTimesTheBuiltInOneLoadsAndStarts() throws {
    let builtIn = try promptFiles().reduce(0) { $0 + $1.bytes.count }
    let phases = ["setup", "before", "during", "after"]
    var written = 0
    var perPhase = 0
    var files: [BankFile] = []
    while written < 100 * builtIn {
      perPhase += 100
      files = phases.enumerated().map { index, phase in
        let next = index + 1 < phases.count ? phases[index + 1] : nil
        return BankFile(name: "\(phase).yaml", text: Self.chainedStates(phase: phase, count: perPhase, then: next))
      }
      written = files.reduce(0) { $0 + $1.bytes.count }
    }
    print(
      "LargeBankTests: generated bank of \(written) bytes (\(written / builtIn)× the built-in \(builtIn)), \(4 * perPhase) states"
    )

    let bank = try BankLoader.load(files)
    #expect(bank.states.count == 4 * perPhase)
    #expect(bank.states.reduce(0) { $0 + $1.questions.count } == 12 * perPhase)
    var dialogue = Dialogue(
      bank: bank,
      context: DialogueContext(
        now: LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0), sessionNumber: 1),
      prefill: [SessionRecord.Key.role: .choice(Role.mentee.rawValue)])
    let lines = dialogue.handle(.start).lines
    #expect(lines.contains { $0.contains("Step 0 of the setup phase") }, "\(lines)")
    #expect(lines.contains { $0.contains("What do you want to say about step 0") }, "\(lines)")
  }

  static func chainedStates(phase: String, count: Int, then nextPhase: String?) -> String {
    var text = "phase: \(phase)\nstates:\n"
    for step in 0..<count {
      let id = "\(phase).step\(step)"
      let next = step + 1 < count ? "\(phase).step\(step + 1)" : nextPhase.map { "\($0).step0" } ?? "end"
      text += """
          - id: \(id)
            title: "Step \(step) of the \(phase) phase"
            lead: "Why step \(step) matters, in a sentence about as long as a real one."
            questions:
              - id: \(id).text
                ask: "What do you want to say about step \(step), {partner}?"
                hint: "e.g. a few words"
              - id: \(id).done
                kind: yesno
                ask: "Is step \(step) done?"
                optional: true
              - id: \(id).way
                kind: choice
                ask:
                  mentee: "Which way for step \(step)?"
                  mentor: "Which way would you suggest for step \(step)?"
                options:
                  - {id: left, label: Left}
                  - {id: right, label: Right}
            next:
              - if: {\(id).way: left}
                goto: \(next)
              - goto: \(next)

        """
    }
    return text
  }
}
