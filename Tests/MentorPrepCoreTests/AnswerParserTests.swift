import Testing

@testable import MentorPrepCore

/// One typed line to the answer each kind of question asks for.
@Suite struct AnswerParserTests {
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  let parser = AnswerParser(now: now, role: .mentee, me: "Sam Rivera", partner: "Ana Lopez")

  static func question(_ kind: Question.Kind, options: [Question.Option] = []) -> Question {
    Question(id: "test.q", kind: kind, text: RoleText(both: "?"), options: options)
  }

  static let channel = question(
    .choice,
    options: [
      .init(id: "email", label: "Email"),
      .init(id: "chat", label: "Chat or instant message"),
      .init(id: "phone", label: "Phone call"),
      .init(id: "only_in_meetings", label: "Only in our meetings"),
    ])
  static let choose = "Choose a number from 1 to 4, or type an option's name."

  func answer(_ line: String, _ question: Question) -> Answer? {
    try? parser.parse(line, for: question).get()
  }

  func reason(_ line: String, _ question: Question) -> String? {
    switch parser.parse(line, for: question) {
    case .success: nil
    case .failure(let rejection): rejection.reason
    }
  }

  // MARK: - Text

  @Test func textIsTrimmed() {
    #expect(answer("  hello there \t", Self.question(.text)) == .text("hello there"))
    #expect(answer("café — ünïcode", Self.question(.text)) == .text("café — ünïcode"))
  }

  // MARK: - Yes / no

  @Test(arguments: ["y", "Y", "yes", "YES", "Yes", " y "])
  func yes(line: String) {
    #expect(answer(line, Self.question(.yesNo)) == .yesNo(true))
  }

  @Test(arguments: ["n", "N", "no", "NO", "No", "  no"])
  func no(line: String) {
    #expect(answer(line, Self.question(.yesNo)) == .yesNo(false))
  }

  @Test(arguments: ["yep", "nope", "maybe", "1", "0", "true", "ye s", "yes!"])
  func neitherYesNorNo(line: String) {
    #expect(reason(line, Self.question(.yesNo)) == "Answer y or n.")
  }

  // MARK: - Choice

  @Test(arguments: [
    ("1", "email"), ("2", "chat"), ("4", "only_in_meetings"), (" 3 ", "phone"),
    ("email", "email"), ("EMAIL", "email"), ("only_in_meetings", "only_in_meetings"),
    ("only in meetings", "only_in_meetings"), ("Phone call", "phone"), ("chat or instant message", "chat"),
    ("ph", "phone"), ("e", "email"), ("only", "only_in_meetings"), ("chat or", "chat"), ("phone c", "phone"),
  ])
  func choiceByNumberIdLabelOrUniquePrefix(line: String, id: String) {
    #expect(answer(line, Self.channel) == .choice(id))
  }

  @Test(arguments: ["0", "5", "-1", "99999999999999999999", "fax", "x", "email please"])
  func choiceOutOfRangeOrUnknown(line: String) {
    #expect(reason(line, Self.channel) == Self.choose)
  }

  @Test func anAmbiguousPrefixIsRejected() {
    let sizes = Self.question(
      .choice, options: [.init(id: "small_step", label: "A small step"), .init(id: "big_leap", label: "A big leap")])
    #expect(reason("a", sizes) == "Choose a number from 1 to 2, or type an option's name.")
    #expect(answer("a s", sizes) == .choice("small_step"))
    #expect(answer("b", sizes) == .choice("big_leap"))
    #expect(answer("small", sizes) == .choice("small_step"))
  }

  /// An exact name wins over another option it is a prefix of.
  @Test func anExactNameBeatsALongerOption() {
    let question = Self.question(
      .choice, options: [.init(id: "part", label: "part"), .init(id: "partly", label: "partly")])
    #expect(answer("part", question) == .choice("part"))
    #expect(answer("partl", question) == .choice("partly"))
  }

  // MARK: - Status

  @Test(arguments: [
    ("1", ActionStatus.done), ("2", .partly), ("3", .notYet), ("done", .done), ("DONE", .done),
    ("partly", .partly), ("partly done", .partly), ("not yet", .notYet), ("not_yet", .notYet),
    ("Not Yet", .notYet), ("do", .done), ("p", .partly), ("n", .notYet), ("4", .dropped),
    ("dropped", .dropped), ("dr", .dropped),
  ])
  func statusOptions(line: String, status: ActionStatus) {
    #expect(answer(line, Self.question(.status)) == .status(status))
  }

  @Test(arguments: ["0", "5", "open", "finished", "yes"])
  func statusRejectsOthers(line: String) {
    #expect(reason(line, Self.question(.status)) == "Choose a number from 1 to 4, or type an option's name.")
  }

  @Test func aStatusQuestionOffersFourNumberedOptions() {
    let status = Self.question(.status)
    #expect(status.choices.map(\.id) == ["done", "partly", "not_yet", "dropped"])
    #expect(status.answerHint == "[1-4]")
  }

  /// `/back` and `/edit` offer `editableText` as the line to change: typed back unchanged, it
  /// must give the same answer.
  @Test(arguments: [
    (Question.Kind.text, "Lead a team"), (.yesNo, "yes"), (.yesNo, "n"), (.choice, "only in meetings"),
    (.choice, "2"), (.status, "not yet"), (.status, "partly"), (.dateTime, "thursday 15:00"), (.dateTime, "tomorrow"),
  ])
  func editableTextReadsBackAsTheSameAnswer(kind: Question.Kind, line: String) throws {
    let question = kind == .choice ? Self.channel : Self.question(kind)
    let answer = try parser.parse(line, for: question).get()
    let text = try #require(answer.editableText)
    #expect(try parser.parse(text, for: question).get() == answer)
  }

  // MARK: - Date and time

  @Test func dateTimeUsesTheDateParser() {
    #expect(
      answer("thursday 15:00", Self.question(.dateTime))
        == .dateTime(LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)))
    #expect(
      reason("whenever", Self.question(.dateTime))
        == "'whenever' is not a date I can read; try \(DateParser.forms).")
  }

  // MARK: - Lists and actions

  @Test func aListItemIsOneTrimmedLine() throws {
    #expect(try parser.parseItem("  first  ", for: Self.question(.list)).get() == .list(["first"]))
  }

  @Test func anActionsItemIsParsedAsAnAction() throws {
    #expect(
      try parser.parseItem("Send the CV @partner by friday", for: Self.question(.actions)).get()
        == .actions([
          ActionItem(
            text: "Send the CV", owner: .role(.mentor), due: LocalDateTime(year: 2026, month: 11, day: 27))
        ]))
    #expect(
      try parser.parseItem("Send the CV @ana", for: Self.question(.actions)).get()
        == .actions([ActionItem(text: "Send the CV", owner: .role(.mentor))]))
  }

  @Test func aWholeLineForAListQuestionIsRefused() {
    #expect(reason("a; b", Self.question(.list)) == "This question takes a list, one item per line.")
  }

  // MARK: - Length

  @Test func theLongestAcceptedAnswerIsMaximumLength() {
    let longest = String(repeating: "a", count: AnswerParser.maximumLength)
    #expect(answer(longest, Self.question(.text)) == .text(longest))
    // Surrounding spaces do not count.
    #expect(answer("  " + longest + "  ", Self.question(.text)) == .text(longest))
    // Length is counted in characters a person sees, not in bytes.
    let accented = String(repeating: "é", count: AnswerParser.maximumLength)
    #expect(answer(accented, Self.question(.text)) == .text(accented))
  }

  @Test func oneCharacterMoreIsRejected() {
    let tooLong = String(repeating: "a", count: AnswerParser.maximumLength + 1)
    #expect(
      reason(tooLong, Self.question(.text))
        == "That answer is 10001 characters long; keep it under \(AnswerParser.maximumLength).")
    #expect(throws: AnswerRejection.self) { try parser.parseItem(tooLong, for: Self.question(.list)).get() }
  }

  /// A megabyte on one line, for every kind, is refused with one sentence and no crash.
  @Test(arguments: Question.Kind.allCases)
  func aMegabyteLineIsRejectedWithOneSentence(kind: Question.Kind) throws {
    let line = String(repeating: "x", count: 1 << 20)
    let question = kind == .choice ? Self.channel : Self.question(kind)
    let result =
      kind == .list || kind == .actions
      ? parser.parseItem(line, for: question) : parser.parse(line, for: question)
    guard case .failure(let rejection) = result else {
      Issue.record("a 1 MB line was accepted for a \(kind) question")
      return
    }
    #expect(rejection.reason == "That answer is 1048576 characters long; keep it under 10000.")
    #expect(!rejection.reason.contains("\n"))
    #expect(rejection.reason.filter { $0 == "." }.count == 1)
  }

  @Test func aMegabyteOfMultiByteTextIsRejectedToo() {
    let line = String(repeating: "日本", count: 1 << 18)
    #expect(reason(line, Self.question(.text))?.hasPrefix("That answer is 524288 characters long") == true)
  }
}

/// The names typed at setup are stored in one form (SPEC §2): NFC, one space between words.
@Suite struct NameAnswerTests {
  @Test(arguments: ["setup.me", "setup.partner"])
  func aNameIsStoredInNFCWithOneSpace(id: String) throws {
    let bank = try BankLoader.load(promptFiles())
    let question = try #require(bank.question(id)?.question)
    let parser = AnswerParser(now: DateParserTests.now, role: .mentee, me: nil, partner: nil)
    let answer = try parser.parse("  Jose\u{301}   Rivera\t", for: question).get()
    guard case .text(let name) = answer else {
      Issue.record("not text: \(answer)")
      return
    }
    #expect(Array(name.unicodeScalars) == Array("Jos\u{E9} Rivera".unicodeScalars))
  }
}
