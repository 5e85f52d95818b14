import Testing

@testable import MentorPrepCore

/// One action as typed in a list: `Draft the project pitch @me by friday` (SPEC §3).
@Suite struct ActionParserTests {
  /// Friday 2026-11-20 09:00.
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static let nextFriday = LocalDateTime(year: 2026, month: 11, day: 27)

  static func parser(_ role: Role, me: String? = "Sam Rivera", partner: String? = "Ana Lopez")
    -> ActionParser
  {
    ActionParser(now: now, role: role, me: me, partner: partner)
  }

  static func parse(_ line: String, as role: Role = .mentee) -> ActionItem? {
    try? parser(role).parse(line).get()
  }

  @Test func ownerAndDueInEitherOrder() {
    let expected = ActionItem(text: "Draft the project pitch", owner: .role(.mentee), due: Self.nextFriday)
    #expect(Self.parse("Draft the project pitch @me by friday") == expected)
    #expect(Self.parse("Draft the project pitch by friday @me") == expected)
  }

  @Test func dueWithATimeAndAFullDate() {
    #expect(
      Self.parse("Book the room by 2026-12-01 10:00 @partner")
        == ActionItem(
          text: "Book the room", owner: .role(.mentor),
          due: LocalDateTime(year: 2026, month: 12, day: 1, hour: 10, minute: 0)))
    #expect(
      Self.parse("Book the room @partner by thursday 15:00")
        == ActionItem(
          text: "Book the room", owner: .role(.mentor),
          due: LocalDateTime(year: 2026, month: 11, day: 26, hour: 15, minute: 0)))
    #expect(
      Self.parse("Read chapter two by in 2 weeks")
        == ActionItem(
          text: "Read chapter two", owner: .role(.mentee),
          due: LocalDateTime(year: 2026, month: 12, day: 4)))
  }

  @Test func withoutAnOwnerTheActionIsTheMentees() {
    #expect(Self.parse("Read the book", as: .mentee)?.owner == .role(.mentee))
    #expect(Self.parse("Read the book", as: .mentor)?.owner == .role(.mentee))
    #expect(Self.parse("Read the book by tomorrow", as: .mentor)?.owner == .role(.mentee))
  }

  /// `@me` and `@partner` depend on who is typing; `@mentor`/`@mentee` never do.
  @Test(arguments: [
    (Role.mentee, "@me", Owner.role(.mentee)),
    (.mentee, "@partner", .role(.mentor)),
    (.mentor, "@me", .role(.mentor)),
    (.mentor, "@partner", .role(.mentee)),
    (.mentee, "@mentor", .role(.mentor)),
    (.mentor, "@mentor", .role(.mentor)),
    (.mentee, "@mentee", .role(.mentee)),
    (.mentor, "@mentee", .role(.mentee)),
    (.mentee, "@ME", .role(.mentee)),
    (.mentee, "@Partner", .role(.mentor)),
  ])
  func roleOwners(role: Role, owner: String, expected: Owner) {
    #expect(Self.parse("Send the notes \(owner)", as: role)?.owner == expected)
  }

  /// A name matches "me" or "partner" by the whole name or any word of it, in any case.
  @Test(arguments: [
    (Role.mentee, "@Ana", Owner.role(.mentor)),
    (.mentee, "@ana", .role(.mentor)),
    (.mentee, "@ANA", .role(.mentor)),
    (.mentee, "@ana_lopez", .role(.mentor)),
    (.mentee, "@Sam", .role(.mentee)),
    (.mentor, "@sam", .role(.mentor)),
    (.mentor, "@Ana", .role(.mentee)),
    (.mentee, "@Lopez", .role(.mentor)),
    (.mentee, "@Bob", .named("Bob")),
    (.mentee, "@An", .named("An")),
  ])
  func namedOwners(role: Role, owner: String, expected: Owner) {
    #expect(Self.parse("Send the notes \(owner) by friday", as: role)?.owner == expected)
  }

  @Test func aNameStaysANameWhenTheNamesAreUnknown() throws {
    let parser = Self.parser(.mentee, me: nil, partner: nil)
    #expect(try parser.parse("Call the recruiter @Ana").get().owner == .named("Ana"))
  }

  @Test func byFollowedByWhatIsNotADateStaysInTheText() {
    #expect(
      Self.parse("Read the book by Kahneman")
        == ActionItem(text: "Read the book by Kahneman", owner: .role(.mentee)))
    #expect(
      Self.parse("Stand by the plan @me")
        == ActionItem(text: "Stand by the plan", owner: .role(.mentee)))
    #expect(
      Self.parse("Send notes by email by friday")
        == ActionItem(text: "Send notes by email", owner: .role(.mentee), due: Self.nextFriday))
    #expect(
      Self.parse("Go by train by monday @partner")
        == ActionItem(
          text: "Go by train", owner: .role(.mentor),
          due: LocalDateTime(year: 2026, month: 11, day: 23)))
  }

  @Test func anAtSignInsideTheTextIsNotAnOwner() {
    #expect(
      Self.parse("Email ana@example.org the draft")
        == ActionItem(text: "Email ana@example.org the draft", owner: .role(.mentee)))
  }

  @Test func extraSpacesAndTabsAreCollapsed() {
    #expect(
      Self.parse("  Draft\tthe   pitch   @me   by   friday  ")
        == ActionItem(text: "Draft the pitch", owner: .role(.mentee), due: Self.nextFriday))
  }

  @Test(arguments: ["", "   ", "@me", "@partner by tomorrow", "@me by friday"])
  func anActionNeedsText(line: String) {
    let result = Self.parser(.mentee).parse(line)
    #expect(throws: AnswerRejection("Say what the action is before its owner and date.")) {
      try result.get()
    }
  }

  /// A line of only a date (and an owner) has no action in it, whatever word order is used.
  @Test(arguments: ["by friday", "by friday @me", "by 2026-12-01"])
  func aLineOfOnlyADueDateNeedsText(line: String) {
    #expect(throws: AnswerRejection.self) { try Self.parser(.mentee).parse(line).get() }
  }

  @Test func anEmptyOwnerIsRejected() {
    #expect(throws: AnswerRejection("Put a name after '@', like @me or @partner.")) {
      try Self.parser(.mentee).parse("Draft the pitch @").get()
    }
  }

  @Test func descriptionReadsBackAsTheSameAction() throws {
    let parser = Self.parser(.mentor)
    for line in [
      "Draft the pitch @me by friday", "Book the room @partner", "Call the recruiter @Bob by in 3 days",
    ] {
      let item = try parser.parse(line).get()
      #expect(try parser.parse(item.description).get() == item, "\(line) → \(item.description)")
    }
  }
}
