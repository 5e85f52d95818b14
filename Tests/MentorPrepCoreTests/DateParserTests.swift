import Testing

@testable import MentorPrepCore

/// The date forms of SPEC §3, read relative to a fixed "now": Friday 2026-11-20 09:00.
@Suite struct DateParserTests {
  static let now = LocalDateTime(year: 2026, month: 11, day: 20, hour: 9, minute: 0)
  let parser = DateParser(now: DateParserTests.now)

  static func day(_ year: Int, _ month: Int, _ day: Int, _ hour: Int? = nil, _ minute: Int? = nil)
    -> LocalDateTime
  {
    LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
  }

  @Test func theFixedNowIsAFriday() {
    #expect(Self.now.weekday == 4)
    #expect(LocalDateTime.weekdayNames[Self.now.weekday] == "Friday")
  }

  // MARK: - Every form the SPEC lists

  static let readable: [(String, LocalDateTime)] = [
    // YYYY-MM-DD HH:MM and YYYY-MM-DD
    ("2026-11-26 15:00", day(2026, 11, 26, 15, 0)),
    ("2026-11-26", day(2026, 11, 26)),
    ("  2026-11-26 15:00  ", day(2026, 11, 26, 15, 0)),
    ("2026-11-26T15:00", day(2026, 11, 26, 15, 0)),
    ("2027-01-01 00:00", day(2027, 1, 1, 0, 0)),
    ("2026-12-31 23:59", day(2026, 12, 31, 23, 59)),
    ("2026-11-26 at 15:00", day(2026, 11, 26, 15, 0)),
    // today / tomorrow, with an optional time
    ("today", day(2026, 11, 20)),
    ("Today", day(2026, 11, 20)),
    ("today 17:30", day(2026, 11, 20, 17, 30)),
    ("tomorrow", day(2026, 11, 21)),
    ("TOMORROW 9:30", day(2026, 11, 21, 9, 30)),
    ("tomorrow at 09:30", day(2026, 11, 21, 9, 30)),
    // weekday names: the next such day after today
    ("saturday", day(2026, 11, 21)),
    ("sunday", day(2026, 11, 22)),
    ("monday", day(2026, 11, 23)),
    ("tuesday", day(2026, 11, 24)),
    ("wednesday", day(2026, 11, 25)),
    ("thursday", day(2026, 11, 26)),
    ("thursday 15:00", day(2026, 11, 26, 15, 0)),
    ("Thursday 15:00", day(2026, 11, 26, 15, 0)),
    // the same weekday as today is a week ahead, never today
    ("friday", day(2026, 11, 27)),
    ("friday 08:00", day(2026, 11, 27, 8, 0)),
    // abbreviations
    ("thu", day(2026, 11, 26)),
    ("thurs 10:00", day(2026, 11, 26, 10, 0)),
    ("mon", day(2026, 11, 23)),
    ("Sat", day(2026, 11, 21)),
    ("fri", day(2026, 11, 27)),
    ("wed", day(2026, 11, 25)),
    // next WEEKDAY, on WEEKDAY
    ("next thursday", day(2026, 11, 26)),
    ("next monday 10:15", day(2026, 11, 23, 10, 15)),
    ("next friday", day(2026, 11, 27)),
    ("on tuesday", day(2026, 11, 24)),
    // in N days / weeks
    ("in 3 days", day(2026, 11, 23)),
    ("in 1 day", day(2026, 11, 21)),
    ("in 0 days", day(2026, 11, 20)),
    ("in 2 weeks", day(2026, 12, 4)),
    ("in 1 week", day(2026, 11, 27)),
    ("in 11 days", day(2026, 12, 1)),
    ("in 6 weeks 14:00", day(2027, 1, 1, 14, 0)),
    ("in 100 days", day(2027, 2, 28)),
    // in N months: the same day, or the month's last
    ("in 3 months", day(2027, 2, 20)),
    ("in a month", day(2026, 12, 20)),
    ("in 14 months 9am", day(2028, 1, 20, 9, 0)),
  ]

  @Test func aMonthOnFromTheThirtyFirstIsTheLastDayOfAShorterMonth() {
    #expect(DateParser.adding(months: 1, to: Self.day(2027, 1, 31)) == Self.day(2027, 2, 28))
    #expect(DateParser.adding(months: 1, to: Self.day(2028, 1, 31)) == Self.day(2028, 2, 29))
    #expect(DateParser.adding(months: 11, to: Self.day(2026, 12, 31)) == Self.day(2027, 11, 30))
  }

  @Test(arguments: readable)
  func readsEveryForm(input: String, expected: LocalDateTime) {
    #expect(parser.parse(input) == expected)
  }

  @Test func aDateWithoutATimeKeepsNoTime() throws {
    let date = try #require(parser.parse("thursday"))
    #expect(!date.hasTime)
    #expect(date.description == "2026-11-26")
    let timed = try #require(parser.parse("thursday 15:00"))
    #expect(timed.description == "2026-11-26 15:00")
  }

  @Test func relativeDaysCrossMonthAndYearEnds() {
    let lateDecember = DateParser(now: Self.day(2026, 12, 30, 18, 0))
    #expect(lateDecember.parse("tomorrow") == Self.day(2026, 12, 31))
    #expect(lateDecember.parse("in 2 days") == Self.day(2027, 1, 1))
    #expect(lateDecember.parse("monday") == Self.day(2027, 1, 4))  // 2026-12-30 is a Wednesday
    let leapEve = DateParser(now: Self.day(2028, 2, 28, 12, 0))
    #expect(leapEve.parse("tomorrow") == Self.day(2028, 2, 29))
    #expect(leapEve.parse("in 2 days") == Self.day(2028, 3, 1))
    let plainYear = DateParser(now: Self.day(2027, 2, 28, 12, 0))
    #expect(plainYear.parse("tomorrow") == Self.day(2027, 3, 1))
  }

  // MARK: - Calendar edges

  @Test(arguments: ["2028-02-29", "2000-02-29", "2024-02-29 12:00", "2026-04-30", "2026-01-31"])
  func acceptsRealDays(input: String) {
    #expect(parser.parse(input) != nil)
  }

  @Test(arguments: [
    "2027-02-29", "2100-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
    "2026-11-00", "2026-11-32", "0000-01-01",
  ])
  func rejectsDaysThatDoNotExist(input: String) {
    #expect(parser.parse(input) == nil)
  }

  @Test(arguments: [
    "2026-11-26 24:00", "2026-11-26 12:60", "2026-11-26 -1:00", "tomorrow 24:00", "today 12:60",
    "thursday 25:00", "2026-11-26 1500", "2026-11-26 15:", "2026-11-26 :30",
  ])
  func rejectsTimesThatDoNotExist(input: String) {
    #expect(parser.parse(input) == nil)
  }

  @Test(arguments: [
    "", "   ", "soon", "next week", "in a few days", "in -1 days", "in 3651 days",
    "in days", "th", "t", "fr", "frid ay", "next", "next month", "on", "15:00", "yesterday",
    "2026/11/26", "26-11-2026", "2026-11-26 15:00 extra", "2026-1-5", "20261126", "tomorrow tomorrow",
    "thursday friday", "in 3", "today at", "at 15:00",
  ])
  func rejectsGarbage(input: String) {
    #expect(parser.parse(input) == nil)
  }

  /// A signed number is not a month or a year: `+1` must not read as January.
  @Test(arguments: ["2026-+1-05", "+026-11-20", "2026-11-+5"])
  func rejectsSignedNumbersInsideADate(input: String) {
    #expect(parser.parse(input) == nil)
  }

  /// Seconds are allowed and dropped, but they must still be seconds.
  @Test(arguments: ["2026-11-26 15:00:61", "2026-11-26T15:00:99", "tomorrow 09:30:75"])
  func rejectsSecondsThatDoNotExist(input: String) {
    #expect(parser.parse(input) == nil)
  }

  @Test func describesItsFormsInOneLine() {
    #expect(!DateParser.forms.contains("\n"))
    #expect(DateParser.forms.contains("2026-12-31"))
  }

  // MARK: - LocalDateTime arithmetic

  @Test func dayNumberRoundTripsOverEveryDayOfYears1To9999() {
    let first = Self.day(1, 1, 1).dayNumber
    let last = Self.day(9999, 12, 31).dayNumber
    #expect(first == -719_162)
    #expect(last == 2_932_896)
    var previous = LocalDateTime(dayNumber: first - 1)
    var failures = 0
    for number in first...last {
      let date = LocalDateTime(dayNumber: number)
      let valid = LocalDateTime.isValidDay(year: date.year, month: date.month, day: date.day)
      let next = previous.day + 1 == date.day || (date.day == 1 && previous.day >= 28)
      if date.dayNumber != number || !valid || !next || date.weekday != (previous.weekday + 1) % 7 {
        failures += 1
        if failures < 5 { Issue.record("day number \(number) gave \(date)") }
      }
      previous = date
    }
    #expect(failures == 0)
  }

  @Test(arguments: [
    (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2026, 11, 20, 20_777),
  ])
  func knownDayNumbers(year: Int, month: Int, day: Int, number: Int) {
    #expect(Self.day(year, month, day).dayNumber == number)
    #expect(LocalDateTime(dayNumber: number) == Self.day(year, month, day))
  }

  /// 0 is Monday … 6 is Sunday.
  @Test(arguments: [
    (1970, 1, 1, 3), (1969, 12, 31, 2), (2000, 1, 1, 5), (2024, 2, 29, 3), (2026, 11, 20, 4),
    (2026, 11, 23, 0), (2026, 11, 22, 6), (1, 1, 1, 0), (1900, 1, 1, 0), (9999, 12, 31, 4),
    (2038, 1, 19, 1),
  ])
  func weekdayOfKnownDates(year: Int, month: Int, day: Int, weekday: Int) {
    #expect(Self.day(year, month, day).weekday == weekday)
  }

  @Test func addingDaysKeepsTheTimeOfDay() {
    let start = Self.day(2026, 11, 20, 9, 30)
    #expect(start.adding(days: 11) == Self.day(2026, 12, 1, 9, 30))
    #expect(start.adding(days: -20) == Self.day(2026, 10, 31, 9, 30))
    #expect(Self.day(2026, 11, 20).adding(days: 1).hasTime == false)
  }

  @Test func aDayWithoutTimeSortsBeforeMidnightOfTheSameDay() {
    #expect(Self.day(2026, 11, 20) < Self.day(2026, 11, 20, 0, 0))
    #expect(Self.day(2026, 11, 20, 23, 59) < Self.day(2026, 11, 21))
  }
}

/// A weekday before a date (SPEC §3): accepted when it agrees with the date, refused with the
/// right weekday when it does not; other forms that start with a weekday read as before.
@Suite struct WeekdayBeforeADateTests {
  let parser = DateParser(now: DateParserTests.now)

  @Test(arguments: [
    ("thursday 17 december 10:00", DateParserTests.day(2026, 12, 17, 10, 0)),
    ("Thursday, 17 December", DateParserTests.day(2026, 12, 17)),
    ("thu 17 dec 3pm", DateParserTests.day(2026, 12, 17, 15, 0)),
    ("on Thursday 17 December 2026 at 10am", DateParserTests.day(2026, 12, 17, 10, 0)),
    ("friday dec 18", DateParserTests.day(2026, 12, 18)),
    ("thursday 2026-12-17 10:00", DateParserTests.day(2026, 12, 17, 10, 0)),
    // Not of that form: the next such weekday, with its time.
    ("friday 15:00", DateParserTests.day(2026, 11, 27, 15, 0)),
    ("thursday 3pm", DateParserTests.day(2026, 11, 26, 15, 0)),
  ])
  func agreeingWeekdaysAreAccepted(input: String, expected: LocalDateTime) {
    #expect(parser.parse(input) == expected)
  }

  @Test(arguments: [
    ("friday 17 december 10:00", "17 December 2026 is a Thursday, not a Friday"),
    ("mon 31 dec", "31 December 2026 is a Thursday, not a Monday"),
    ("sunday 2026-12-17", "17 December 2026 is a Thursday, not a Sunday"),
  ])
  func disagreeingWeekdaysAreRefusedWithTheRightOne(input: String, reason: String) {
    guard case .failure(let rejection) = parser.read(input) else {
      Issue.record("\(input) was accepted")
      return
    }
    #expect(rejection.reason.hasPrefix(reason), "\(rejection.reason)")
  }
}

/// Years after 9999 are refused when they are read, never stored in a form the store cannot
/// read back (SPEC §3, §6).
@Suite struct FarFutureDateTests {
  @Test(arguments: ["in 2 weeks", "tomorrow", "in 3650 days", "next monday", "31 dec", "friday 1 jan"])
  func aDatePastTheYear9999IsRefused(input: String) {
    let parser = DateParser(now: LocalDateTime(year: 9999, month: 12, day: 31, hour: 9, minute: 0))
    guard case .failure(let rejection) = parser.read(input) else {
      Issue.record("\(input) was accepted: \(String(describing: parser.parse(input)))")
      return
    }
    // A relative date says why; a day and month find no such day within four-digit years.
    let relative = input.hasPrefix("in ") || input == "tomorrow" || input.hasPrefix("next")
    #expect(!relative || rejection.reason.contains("9999"), "\(rejection.reason)")
  }

  @Test func theLastDayOfTheYear9999IsStillADate() {
    let parser = DateParser(now: LocalDateTime(year: 9999, month: 12, day: 30, hour: 9, minute: 0))
    #expect(parser.parse("tomorrow") == LocalDateTime(year: 9999, month: 12, day: 31))
  }
}
