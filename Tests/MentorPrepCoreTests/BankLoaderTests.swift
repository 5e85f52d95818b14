import Foundation
import Testing

@testable import MentorPrepCore

/// Every folder under `BrokenBanks/` is one bank that must be rejected. Its `expected.txt` holds
/// the exact `FILE:LINE:COLUMN: error: MESSAGE` lines, in order; files are named `<case>/<file>`.
@Suite struct BrokenBankTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("BrokenBanks")

  /// The case folders on disk, so adding a folder adds a test.
  static let cases: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { name in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
    }
    .sorted()

  /// Cases whose expected output the loader does not give yet; each is a bug in the loader.
  /// Cases whose expected output the loader does not give yet; each is a bug in the loader.
  static let knownIssues: [String: Comment] = [:]

  static func files(of name: String) throws -> [BankFile] {
    let caseFolder = folder.appendingPathComponent(name)
    return try FileManager.default.contentsOfDirectory(atPath: caseFolder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .sorted()
      .map { file in
        let bytes = try Data(contentsOf: caseFolder.appendingPathComponent(file))
        return BankFile(name: "\(name)/\(file)", bytes: Array(bytes))
      }
  }

  static func problems(loading files: [BankFile]) -> [String] {
    do {
      _ = try BankLoader.load(files)
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  @Test func thereAreBrokenBanks() {
    #expect(Self.cases.count >= 20)
  }

  /// A broken bank reports every problem, in every file, not just the first one found.
  @Test func severalProblemsInSeveralFilesAreAllReported() throws {
    let problems = Self.problems(loading: try Self.files(of: "several-problems"))
    for (file, count) in [("setup.yaml", 1), ("before.yaml", 3), ("during.yaml", 1)] {
      #expect(
        problems.filter { $0.hasPrefix("several-problems/\(file):") }.count >= count,
        "\(file): \(problems.joined(separator: "\n"))")
    }
    #expect(problems.contains { $0.contains("'lede'") && $0.contains("'lead'") })
    #expect(problems.contains { $0.contains("'paragraph'") })
    #expect(problems.contains { $0.contains("'goals.size'") })
    #expect(problems.contains { $0.contains("'{parnter}'") })
    #expect(problems.contains { $0.contains("'during.strat'") && $0.contains("'during.start'") })
  }

  @Test(arguments: cases)
  func isRejectedWithTheExpectedMessages(name: String) throws {
    let expectedFile = Self.folder.appendingPathComponent(name).appendingPathComponent("expected.txt")
    let expected = try String(contentsOf: expectedFile, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let actual = Self.problems(loading: try Self.files(of: name))
    #expect(!expected.isEmpty, "\(name)/expected.txt lists no problems")
    if let issue = Self.knownIssues[name] {
      withKnownIssue(issue) {
        #expect(actual == expected, "\(name) gave:\n\(actual.joined(separator: "\n"))")
      }
    } else {
      #expect(actual == expected, "\(name) gave:\n\(actual.joined(separator: "\n"))")
    }
  }

  /// Each problem is on its own line in the compiler's form, whatever the message says.
  @Test(arguments: cases)
  func everyProblemIsOneCompilerStyleLine(name: String) throws {
    let problems = Self.problems(loading: try Self.files(of: name))
    for line in problems {
      #expect(!line.contains("\n"), "\(line)")
      #expect(line.contains(": error: "), "\(line)")
    }
    // There is a problem, and every problem names a file that was passed in.
    Self.expect(name) {
      #expect(!problems.isEmpty)
      for line in problems {
        #expect(line.hasPrefix("\(name)/"), "\(line)")
      }
    }
  }

  /// Runs the expectations, as a known issue when the case is a known bug.
  static func expect(_ name: String, _ body: () -> Void) {
    if let issue = knownIssues[name] {
      withKnownIssue(issue, isIntermittent: true, body)
    } else {
      body()
    }
  }

  /// The invalid UTF-8 fixture must keep its bad byte (an editor could "fix" it).
  @Test func theInvalidUTF8FixtureHoldsABadByte() throws {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("invalid-utf8/before.yaml"))
    #expect(String(data: bytes, encoding: .utf8) == nil)
    #expect(bytes.contains(0xFF))
  }
}

/// What the loader builds from good banks.
@Suite struct BankLoaderTests {
  static let setup = """
    phase: setup
    states:
      - id: setup.who
        title: "Who"
        questions:
          - id: setup.role
            kind: choice
            ask: "Which side are you on?"
            options:
              - mentee
              - id: mentor
                label: "Mentor, guiding someone"
              - id: not_sure
          - id: setup.first_session
            kind: yesno
            ask:
              mentee: "First meeting with your mentor?"
              mentor: "First meeting with your mentee?"
            optional: yes
        next:
          - goto: before.one
            if: {setup.first_session: y, setup.role: [mentee, mentor]}
          - goto: before.two
    """
  static let before = """
    phase: before
    states:
      - id: before.one
        title: "One"
        questions:
          - id: one.text
            ask: "Text for {partner} from {me}?"
            for: mentor
        next:
          - goto: before.two
      - id: before.two
        title: "Two"
        questions:
          - id: two.text
            ask: "More?"
        next:
          - goto: end
    """

  @Test func loadsStatesQuestionsAndTransitions() throws {
    let bank = try BankLoader.load([
      BankFile(name: "bank/before.yaml", text: Self.before), BankFile(name: "bank/setup.yaml", text: Self.setup),
    ])
    // Setup comes first whatever order the files are given in.
    #expect(bank.states.map(\.id) == ["setup.who", "before.one", "before.two"])
    #expect(bank.entries == [.setup: "setup.who", .before: "before.one"])
    #expect(bank.questionIDs == ["setup.role", "setup.first_session", "one.text", "two.text"])

    let role = try #require(bank.question("setup.role")).question
    #expect(role.kind == .choice)
    #expect(
      role.options == [
        .init(id: "mentee", label: "mentee"), .init(id: "mentor", label: "Mentor, guiding someone"),
        .init(id: "not_sure", label: "not sure"),
      ])
    #expect(role.answerHint == "[1-3]")

    let first = try #require(bank.question("setup.first_session")).question
    #expect(first.optional)
    #expect(
      first.text == RoleText(mentee: "First meeting with your mentor?", mentor: "First meeting with your mentee?"))
    #expect(first.answerHint == "[y/n, optional]")

    #expect(bank.question("one.text")?.question.audience == .mentor)
    #expect(bank.question("one.text")?.state.id == "before.one")
    #expect(bank.question("two.text")?.question.answerHint == nil)

    let who = try #require(bank.state("setup.who"))
    #expect(
      who.next == [
        Transition(
          condition: Condition([
            .init(key: "setup.first_session", values: ["yes"]), .init(key: "setup.role", values: ["mentee", "mentor"]),
          ]), target: .state("before.one")),
        Transition(target: .state("before.two")),
      ])
    #expect(bank.state("before.two")?.next == [Transition(target: .end)])
  }

  /// `yes`, `y` and `true` all mean yes in a condition, so unquoted YAML booleans work.
  @Test(arguments: ["yes", "y", "true", "\"yes\"", "Yes"])
  func conditionYesValuesAreNormalised(value: String) throws {
    let text = Self.setup.replacingOccurrences(of: "setup.first_session: y,", with: "setup.first_session: \(value),")
    let bank = try BankLoader.load([
      BankFile(name: "setup.yaml", text: text), BankFile(name: "before.yaml", text: Self.before),
    ])
    #expect(bank.state("setup.who")?.next.first?.condition?.clauses.first?.values == ["yes"])
  }

  @Test func theBuiltInBanksLoadAndCoverEveryPhase() throws {
    let bank = try BankLoader.load(promptFiles())
    #expect(bank.entries[.setup] == "setup.who")
    #expect(bank.entries[.before] == "before.introduction")
    #expect(bank.entries[.during] == "during.catch_up")
    #expect(bank.entries[.after] == "after.commitments")
    #expect(Set(bank.questionIDs).count == bank.questionIDs.count)
    for key in [
      SessionRecord.Key.role, SessionRecord.Key.me, SessionRecord.Key.partner, SessionRecord.Key.partnerEmail,
      SessionRecord.Key.myEmail, SessionRecord.Key.firstSession, SessionRecord.Key.meetingAt,
      SessionRecord.Key.relationshipPhase, SessionRecord.Key.nextMeetingAt,
    ] {
      #expect(bank.question(key) != nil, "the built-in banks lack \(key)")
    }
    #expect(bank.question("review.status")?.state.forEach == .openActions)
    #expect(bank.question("actions.agreed")?.question.kind == .actions)
  }

  @Test func aMisspeltKeySuggestsTheNearestOne() {
    #expect(Reader.closest(to: "questin", among: Reader.stateKeys) == "questions")
    #expect(Reader.closest(to: "tittle", among: Reader.stateKeys) == "title")
    #expect(Reader.closest(to: "xyzzy", among: Reader.stateKeys) == nil)
    #expect(Reader.editDistance("", "abc") == 3)
    #expect(Reader.editDistance("abc", "") == 3)
    #expect(Reader.editDistance("kitten", "sitting") == 3)
  }

  /// The suggestion must not depend on the order of the candidates: the loader passes
  /// `Array(places.keys)`, whose order changes from one run to the next, and `banks lint`
  /// must print the same "did you mean" every time.
  @Test func aSuggestionDoesNotDependOnTheOrderOfCandidates() {
    let candidates = ["setup.who", "setup.when"]
    #expect(
      Reader.closest(to: "setup.wehn", among: candidates)
        == Reader.closest(to: "setup.wehn", among: candidates.reversed()))
    // Two swapped letters are one slip: "wehn" is nearer "when" than "who".
    #expect(Reader.closest(to: "setup.wehn", among: candidates) == "setup.when")
  }

  @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() {
    let big = BankFile(name: "big/setup.yaml", bytes: Array(repeating: 0x20, count: BankLoader.maximumFileSize + 1))
    #expect(
      BrokenBankTests.problems(loading: [big]).first
        == "big/setup.yaml:1:1: error: the file is \(BankLoader.maximumFileSize + 1) bytes; a bank file may have at most \(BankLoader.maximumFileSize)"
    )
  }

  /// With no files at all there is nothing to point at but the folder: still one clear line.
  @Test func noFilesAtAll() {
    let problems = BrokenBankTests.problems(loading: [])
    #expect(problems.count == 1)
    #expect(problems.first?.hasSuffix("error: the bank has no states") == true)
  }
}
