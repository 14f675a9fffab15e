import RotationCore
import RotationText
import Testing

/// One test per window rule (docs/CHECKER.md), as of Friday 2025-12-12; expected windows by hand.
struct WindowRuleTests {
    static let asOf = TradingDay("2025-12-12")!

    func window(_ phrase: String) -> ResolvedWindow? {
        WindowPhrases.find(Tokenizer.tokens(phrase), asOf: Self.asOf).first?.window
    }

    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    @Test("week phrases are the week to the as-of day")
    func week() {
        for phrase in ["this week", "for the week", "on the week"] {
            #expect(window(phrase) == ResolvedWindow(.weekToDate, end: Self.asOf), "\(phrase)")
        }
    }

    @Test("\"on Friday\" and \"on the day\" are one-day windows")
    func oneDay() {
        #expect(window("on Friday") == ResolvedWindow(.oneDay, end: Self.asOf))
        #expect(window("on Wednesday") == ResolvedWindow(.oneDay, end: day("2025-12-10")))
        #expect(window("on the day") == ResolvedWindow(.oneDay, end: Self.asOf))
    }

    @Test("\"since August\" starts at the close of July 31; a dated since starts on that day")
    func since() {
        #expect(window("since August") == ResolvedWindow(.since(day("2025-07-31")), end: Self.asOf))
        #expect(window("since August 5") == ResolvedWindow(.since(day("2025-08-05")), end: Self.asOf))
        #expect(window("since December") == ResolvedWindow(.since(day("2025-11-30")), end: Self.asOf))
    }

    @Test("year-to-date phrases are ytd")
    func yearToDate() {
        for phrase in ["year-to-date", "so far this year", "YTD", "since the start of the year"] {
            #expect(window(phrase) == ResolvedWindow(.yearToDate, end: Self.asOf), "\(phrase)")
        }
    }

    @Test("\"past six months\" is 6m; \"past year\" is 1y")
    func trailing() {
        #expect(window("over the past six months") == ResolvedWindow(.trailingMonths(6), end: Self.asOf))
        #expect(window("past year") == ResolvedWindow(.trailingYears(1), end: Self.asOf))
        #expect(window("last 12 weeks") == ResolvedWindow(.trailingWeeks(12), end: Self.asOf))
    }

    @Test("\"in 2025\" is year:2025 ended at the as-of day; \"in 2022\" ends December 31")
    func calendarYear() {
        #expect(window("in 2025") == ResolvedWindow(.calendarYear(2025), end: Self.asOf))
        #expect(window("in 2022") == ResolvedWindow(.calendarYear(2022), end: day("2022-12-31")))
    }

    @Test("\"week ending December 5\" ends the week on December 5")
    func weekEnding() {
        #expect(window("week ending December 5") == ResolvedWindow(.weekToDate, end: day("2025-12-05")))
    }

    @Test("a date without a year is the latest one on or before the as-of day")
    func bareDate() {
        #expect(window("December 15") == ResolvedWindow(.oneDay, end: day("2024-12-15")))
        #expect(window("on December 10") == ResolvedWindow(.oneDay, end: day("2025-12-10")))
    }

    @Test("\"in November\" is the calendar month")
    func month() {
        #expect(window("in November") == ResolvedWindow(.range(day("2025-10-31"), day("2025-11-30")), end: day("2025-11-30")))
    }

    @Test("a dateline gives the as-of day, with the year from the text when it has none")
    func dateline() {
        #expect(Dateline.asOf(in: "NEW YORK, Dec 12 (Reuters) - Stocks rose in 2025.") == day("2025-12-12"))
        #expect(Dateline.asOf(in: "December 12, 2025 - Stocks rose.") == day("2025-12-12"))
        #expect(Dateline.asOf(in: "Stocks rose.") == nil)
        // "Russell 2000" is an index name, not a year: a year-less dateline then needs the data's last day.
        #expect(Dateline.asOf(in: "NEW YORK, Dec 12 (Reuters) - The Russell 2000 rose.") == nil)
        #expect(Dateline.asOf(in: "NEW YORK, Dec 12 (Reuters) - The Russell 2000 rose.", reference: day("2026-08-21")) == day("2025-12-12"))
        #expect(Dateline.asOf(in: "NEW YORK, Dec 12 (Reuters) - The Russell 2000 rose.", reference: day("2025-12-15")) == day("2025-12-12"))
    }
}
