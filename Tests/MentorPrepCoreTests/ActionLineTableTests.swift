import Testing

@testable import MentorPrepCore

/// Action lines as people type them (SPEC §3), each with what it becomes: owners and dates in
/// every order and form, and the lines that must be refused. Typed by the mentee unless a row
/// says otherwise, on Friday 20 November 2026 at 09:00, with Sam Rivera (me) and Ana Lopez.
@Suite struct ActionLineTableTests {
  enum Becomes: Sendable {
    case item(String, Owner, LocalDateTime?)
    case refused(because: String)
  }

  struct Row: Sendable, CustomTestStringConvertible {
    var line: String
    var role: Role = .mentee
    var partner = "Ana Lopez"
    var becomes: Becomes
    var testDescription: String { line }
  }

  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  static func day(_ month: Int, _ day: Int, _ hour: Int? = nil) -> LocalDateTime {
    LocalDateTime(year: 2026, month: month, day: day, hour: hour, minute: hour.map { _ in 0 })
  }

  static let mine = Owner.role(.mentee)
  static let theirs = Owner.role(.mentor)

  static let rows: [Row] = [
    // The owner ends where a date begins, with or without `by`.
    Row(line: "Book a coffee @me in 2 weeks", becomes: .item("Book a coffee", mine, day(12, 4))),
    Row(line: "Book a coffee @me", becomes: .item("Book a coffee", mine, nil)),
    Row(line: "Book a coffee @me by friday", becomes: .item("Book a coffee", mine, day(11, 27))),
    Row(line: "Book a coffee by friday @me", becomes: .item("Book a coffee", mine, day(11, 27))),
    Row(line: "Book a coffee @Sam next friday", becomes: .item("Book a coffee", mine, day(11, 27))),
    Row(line: "Book a coffee @partner tomorrow", becomes: .item("Book a coffee", theirs, day(11, 21))),
    Row(line: "Book a coffee @mentor by tomorrow", becomes: .item("Book a coffee", theirs, day(11, 21))),
    Row(line: "Book a coffee @mentee in 3 days", becomes: .item("Book a coffee", mine, day(11, 23))),
    Row(line: "Book a coffee @me in a fortnight", becomes: .item("Book a coffee", mine, day(12, 4))),
    Row(
      line: "Send Sam an update @me in 3 months",
      becomes: .item("Send Sam an update", mine, LocalDateTime(year: 2027, month: 2, day: 20))),
    Row(line: "Book a coffee @me today", becomes: .item("Book a coffee", mine, day(11, 20))),
    // Either person by the whole name, any word of it, or with a title.
    Row(line: "Send the deck @Ana Lopez by 2026-12-01", becomes: .item("Send the deck", theirs, day(12, 1))),
    Row(line: "Send the deck @Ana Lopez 2026-12-01", becomes: .item("Send the deck", theirs, day(12, 1))),
    Row(line: "Send the deck @lopez in a week", becomes: .item("Send the deck", theirs, day(11, 27))),
    Row(line: "Send the deck @Dr. Ana Lopez", becomes: .item("Send the deck", theirs, nil)),
    Row(line: "Send the deck @ANA", becomes: .item("Send the deck", theirs, nil)),
    Row(line: "Send the deck @rivera by monday", becomes: .item("Send the deck", mine, day(11, 23))),
    // A third person, whose name may hold a word that is also a month.
    Row(
      line: "Send the deck @Jordan Lee by monday", becomes: .item("Send the deck", .named("Jordan Lee"), day(11, 23))),
    Row(line: "Send the deck @Jordan Lee monday", becomes: .item("Send the deck", .named("Jordan Lee"), day(11, 23))),
    Row(line: "Send the deck @Jordan", becomes: .item("Send the deck", .named("Jordan"), nil)),
    Row(line: "Plan the offsite @June Carter", becomes: .item("Plan the offsite", .named("June Carter"), nil)),
    Row(
      line: "Plan the offsite @June Carter in 2 weeks",
      becomes: .item("Plan the offsite", .named("June Carter"), day(12, 4))),
    Row(line: "Plan the June offsite @me", becomes: .item("Plan the June offsite", mine, nil)),
    // `by` that does not begin a date is part of the text.
    Row(line: "Read the book by Kahneman", becomes: .item("Read the book by Kahneman", mine, nil)),
    Row(
      line: "Read the book by Kahneman @me by friday", becomes: .item("Read the book by Kahneman", mine, day(11, 27))),
    Row(line: "Read the book by Kahneman by friday", becomes: .item("Read the book by Kahneman", mine, day(11, 27))),
    // Every date form after `by`.
    Row(line: "Read chapter two by in 2 weeks", becomes: .item("Read chapter two", mine, day(12, 4))),
    Row(line: "Read chapter two by 31 dec", becomes: .item("Read chapter two", mine, day(12, 31))),
    Row(line: "Read chapter two by dec 31", becomes: .item("Read chapter two", mine, day(12, 31))),
    Row(line: "Read chapter two by 31 December", becomes: .item("Read chapter two", mine, day(12, 31))),
    Row(line: "Read chapter two by tomorrow", becomes: .item("Read chapter two", mine, day(11, 21))),
    Row(line: "Read chapter two by 2026-12-01 10:00", becomes: .item("Read chapter two", mine, day(12, 1, 10))),
    Row(
      line: "Call the recruiter by thursday 15:00 @partner",
      becomes: .item("Call the recruiter", theirs, day(11, 26, 15))),
    Row(
      line: "Call the recruiter @partner by tuesday 3pm", becomes: .item("Call the recruiter", theirs, day(11, 24, 15))),
    Row(line: "Call the recruiter @partner tuesday 3pm", becomes: .item("Call the recruiter", theirs, day(11, 24, 15))),
    // `@me` and `@partner` depend on who types; no owner is the mentee's.
    Row(line: "Draft the pitch @me by friday", role: .mentor, becomes: .item("Draft the pitch", theirs, day(11, 27))),
    Row(line: "Draft the pitch @partner", role: .mentor, becomes: .item("Draft the pitch", mine, nil)),
    Row(line: "Draft the pitch", role: .mentor, becomes: .item("Draft the pitch", mine, nil)),
    Row(line: "Draft the pitch by tomorrow", becomes: .item("Draft the pitch", mine, day(11, 21))),
    // Both people called Sam: a word of both is asked about; a whole name or other word is not.
    Row(line: "Book a room @sam", partner: "Sam Okafor", becomes: .refused(because: "could be either of you")),
    Row(
      line: "Book a room @Sam by friday", partner: "Sam Okafor", becomes: .refused(because: "could be either of you")),
    Row(line: "Book a room @rivera", partner: "Sam Okafor", becomes: .item("Book a room", mine, nil)),
    Row(
      line: "Book a room @Sam Okafor by friday", partner: "Sam Okafor",
      becomes: .item("Book a room", theirs, day(11, 27))),
    // Lines that must be refused, each with its reason.
    Row(line: "Draft the pitch by 31/12", becomes: .refused(because: "31 dec")),
    Row(line: "Draft the pitch by next blursday", becomes: .refused(because: "cannot be read")),
    Row(line: "Draft the pitch by 45 dec", becomes: .refused(because: "cannot be read")),
    Row(line: "@me by friday", becomes: .refused(because: "Say what the action is")),
    Row(line: "Draft the pitch @", becomes: .refused(because: "Put a name after '@'")),
    Row(line: "Draft the pitch @ by friday", becomes: .refused(because: "Put a name after '@'")),
    Row(line: "Draft the pitch by friday @me in 2 weeks", becomes: .refused(because: "two dates")),
  ]

  @Test(arguments: rows) func becomes(_ row: Row) {
    let parser = ActionParser(now: Self.now, role: row.role, me: "Sam Rivera", partner: row.partner)
    let result = parser.parse(row.line)
    switch row.becomes {
    case .item(let text, let owner, let due):
      #expect(result == .success(ActionItem(text: text, owner: owner, due: due)))
    case .refused(let reason):
      guard case .failure(let rejection) = result else {
        Issue.record("accepted \(result), expected a refusal with '\(reason)'")
        return
      }
      #expect(rejection.reason.contains(reason))
    }
  }

  @Test func theTableHasAtLeastFortyLines() {
    #expect(Self.rows.count >= 40)
  }
}
