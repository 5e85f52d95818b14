import Testing

@testable import MentorPrepCore

/// `due`'s rules, apart from the store that reads what they are applied to (SPEC §2).
@Suite struct DuePolicyTests {
  let policy = DuePolicy(now: LocalDateTime(year: 2026, month: 12, day: 8, hour: 9, minute: 30), within: 7)

  func day(_ day: Int, _ hour: Int? = nil) -> LocalDateTime {
    LocalDateTime(year: 2026, month: 12, day: day, hour: hour, minute: hour.map { _ in 0 })
  }

  @Test func aDateAloneIsDueAllThatDayATimeUntilThatMinute() {
    #expect(!policy.isOverdue(day(8)))
    #expect(policy.isOverdue(day(7)))
    #expect(policy.isOverdue(day(8, 9)))
    #expect(!policy.isOverdue(day(8, 10)))
  }

  @Test func theWindowIsTodayAndTheDaysAfter() {
    #expect(policy.end == day(16))
    #expect(policy.isAhead(day(8)) && policy.isAhead(day(15, 23)))
    #expect(!policy.isAhead(day(16)) && !policy.isAhead(day(8, 9)))
  }

  @Test func aFollowUpIsDueOnceTheMeetingBeganAndOverdueADayLater() {
    #expect(policy.followUp(after: day(8, 9)) == (true, false))
    #expect(policy.followUp(after: day(8, 10)) == (false, false))
    #expect(policy.followUp(after: day(7, 9)) == (true, true))
    #expect(policy.followUp(after: day(7)) == (true, true))
  }

  @Test func theUsersOwnOverdueActionsComeFirst() {
    #expect(DuePolicy.mineFirst([1, 2, 3, 4, 5], isMine: { $0.isMultiple(of: 2) }) == [2, 4, 1, 3, 5])
  }
}
