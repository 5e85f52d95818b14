import Testing

@testable import MentorPrepCore

/// Owners by name (titles, accents, any word), refused dates and the new date forms (SPEC §3).
@Suite struct OwnerAndDateTests {
  /// Friday 2026-11-20 09:00.
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static let parser = ActionParser(
    now: now, role: .mentee, me: "Priya Natarajan", partner: "Dr. Tomás Okafor")

  @Test(arguments: [
    ("Share the talk outline @Tomás by 2026-12-17", Owner.role(.mentor)),
    ("Share the talk outline @tomas", .role(.mentor)),
    ("Share the talk outline @Dr. Tomás Okafor by 2026-12-18", .role(.mentor)),
    ("Share the talk outline by 2026-12-18 @Dr. Tomás Okafor", .role(.mentor)),
    ("Share the talk outline @okafor", .role(.mentor)),
    ("Share the talk outline @me", .role(.mentee)),
    ("Share the talk outline @priya", .role(.mentee)),
    ("Share the talk outline @partner", .role(.mentor)),
    ("Share the talk outline @Jo Bloggs by friday", .named("Jo Bloggs")),
  ])
  func ownerForms(line: String, owner: Owner) throws {
    let item = try Self.parser.parse(line).get()
    #expect(item.owner == owner)
    #expect(item.text == "Share the talk outline")
  }

  @Test func theShowBackNamesOwnerAndDate() throws {
    let item = try Self.parser.parse("Share the talk outline @Tomás by 2026-12-17").get()
    #expect(
      Self.parser.understood(item)
        == "→ Share the talk outline — Dr. Tomás Okafor (mentor), by Thursday 17 December 2026")
    let third = try Self.parser.parse("Call Jo @Jo Bloggs").get()
    #expect(Self.parser.understood(third) == "→ Call Jo — Jo Bloggs, who is neither of you")
  }

  @Test func unreadableDatesAreRefused() {
    let numeric = Self.parser.parse("Send the deck @me by 15/12")
    #expect(throws: AnswerRejection.self) { try numeric.get() }
    if case .failure(let reason) = numeric { #expect(reason.reason.contains("15 dec")) }
    #expect(throws: AnswerRejection.self) {
      try Self.parser.parse("Send the deck by next tuesday afternoon").get()
    }
  }

  @Test func aByThatIsNoDateStaysText() throws {
    #expect(try Self.parser.parse("Read the book by Kahneman").get().text == "Read the book by Kahneman")
  }

  @Test(arguments: [
    ("31 dec", LocalDateTime(year: 2026, month: 12, day: 31)),
    ("dec 31", LocalDateTime(year: 2026, month: 12, day: 31)),
    ("31 December 3pm", LocalDateTime(year: 2026, month: 12, day: 31, hour: 15, minute: 0)),
    ("1 jan at 10am", LocalDateTime(year: 2027, month: 1, day: 1, hour: 10, minute: 0)),
    ("20 nov", LocalDateTime(year: 2027, month: 11, day: 20)),
    ("friday 3:30pm", LocalDateTime(year: 2026, month: 11, day: 27, hour: 15, minute: 30)),
    ("in a week", LocalDateTime(year: 2026, month: 11, day: 27)),
    ("in a fortnight", LocalDateTime(year: 2026, month: 12, day: 4)),
    ("tomorrow 12am", LocalDateTime(year: 2026, month: 11, day: 21, hour: 0, minute: 0)),
  ])
  func newDateForms(input: String, expected: LocalDateTime) {
    #expect(DateParser(now: Self.now).parse(input) == expected)
  }

  @Test func numericDayMonthIsRefusedWithASuggestion() {
    let result = DateParser(now: Self.now).read("31/12")
    // Only one reading is a date: no talk of two ways.
    #expect(throws: AnswerRejection("'31/12' is not a form I read; write the month as a word: 31 dec.")) {
      try result.get()
    }
    #expect(throws: AnswerRejection("'3/4' could be read two ways; write the month as a word: 3 apr or 4 mar.")) {
      try DateParser(now: Self.now).read("3/4").get()
    }
  }

  @Test func namesMatchByAnyWordWithoutTitleCaseOrAccent() {
    let name = PersonName("Dr. Tomás Okafor")
    for typed in ["okafor", "Tomas", "TOMÁS", "tomás okafor", "Dr Tomas Okafor", "dr. tomás okafor"] {
      #expect(name.matches(typed), "\(typed)")
    }
    for typed in ["Tom", "Okafor Smith", "Nobody", ""] { #expect(!name.matches(typed), "\(typed)") }
    #expect(PersonName.matching("sam", among: ["Sam Lee", "Sam Ng", "Ana"]) == ["Sam Lee", "Sam Ng"])
  }
}
