import MentorPrepCore
import Testing

/// The cadence a charter's answer names, in days, and the gap it allows.
@Suite struct CadenceTests {
  @Test(arguments: [
    ("Once a month", 30), ("monthly", 30), ("every 2 weeks", 14), ("fortnightly", 14),
    ("Every three weeks, on Tuesdays", 21), ("twice a month", 15), ("every other month", 60),
    ("weekly", 7), ("once a quarter", 91), ("every 6 weeks", 42),
    ("once a month, with a quick call halfway", 30),
  ])
  func readsTheDays(text: String, days: Int) {
    #expect(Cadence(.text(text))?.days == days)
  }

  @Test func namesNoCadence() {
    #expect(Cadence(.text("whenever we can")) == nil)
    #expect(Cadence(.skipped) == nil)
    #expect(Cadence(nil) == nil)
    #expect(Cadence(.choice("monthly"))?.days == 30)
  }

  @Test func allowsAQuarterMore() {
    #expect(Cadence(text: "monthly", days: 30).longestGap == 37)
    #expect(Cadence(text: "weekly", days: 7).longestGap == 8)
  }

  @Test func keptRateLeavesOutOpenAndDroppedActions() {
    var counts = ActionCounts([.done, .done, .partly, .notYet, .open, .open, .dropped, .dropped])
    #expect(counts.agreed == 8)
    #expect(counts.dropped == 2)
    // Done ÷ reviewed and not dropped: 2 of 4.
    #expect(counts.reviewed == 4)
    #expect(counts.keptRate == 0.5)
    #expect(ActionCounts([.dropped, .open]).keptRate == nil)
    counts = ActionCounts([.open])
    #expect(counts.keptRate == nil)
    #expect(ActionCounts([.done, .partly, .partly]).keptRateRounded == 0.333)
  }
}
