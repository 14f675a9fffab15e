import RotationCharts
import RotationCore
import Testing

/// Expected ticks are worked out by hand from the rules in `DateTicks`.
struct DateTicksTests {
    func labels(_ from: String, _ to: String, maxCount: Int = 7) -> [String] {
        DateTicks.ticks(from: TradingDay(from)!, to: TradingDay(to)!, maxCount: maxCount).map(\.label)
    }

    @Test("a trailing year gives every second month, January first")
    func trailingYear() {
        // 2024-12-12…2025-12-12: monthly firsts Jan…Dec 2025 are 12 (> 7); every 2nd month gives 6.
        #expect(labels("2024-12-12", "2025-12-12") == ["Jan 2025", "Mar 2025", "May 2025", "Jul 2025", "Sep 2025", "Nov 2025"])
        let first = DateTicks.ticks(from: TradingDay("2024-12-12")!, to: TradingDay("2025-12-12")!)[0]
        #expect(first.day == TradingDay("2025-01-01")!)
    }

    @Test("thirty-eight years give every tenth year, every fifth with room for eight ticks")
    func longHistory() {
        // Yearly 1988…2025 is 38 ticks, every 2nd year 19, every 5th (1990, 1995, …, 2025) 8 —
        // all more than 7 — so every 10th: 1990, 2000, 2010, 2020. With room for 8, every 5th.
        #expect(labels("1987-09-10", "2025-12-12") == ["1990", "2000", "2010", "2020"])
        #expect(labels("1987-09-10", "2025-12-12", maxCount: 8) == ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025"])
    }

    @Test("three weeks give Mondays")
    func threeWeeks() {
        // 2025-11-20 is a Thursday: 23 days (> 7), every 2nd day 12 (> 7); Mondays Nov 24, Dec 1, Dec 8.
        #expect(labels("2025-11-20", "2025-12-12") == ["Nov 24", "Dec 1", "Dec 8"])
    }

    @Test("one week gives every day, both ends included")
    func oneWeek() {
        #expect(labels("2025-12-08", "2025-12-12") == ["Dec 8", "Dec 9", "Dec 10", "Dec 11", "Dec 12"])
    }

    @Test("a span starting on the first of a month ticks that day")
    func firstOfMonth() {
        // 2025-01-01…2025-06-30: Jan…Jun = 6 ticks.
        #expect(labels("2025-01-01", "2025-06-30") == ["Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025"])
    }

    @Test("a reversed span has no ticks")
    func reversed() {
        #expect(labels("2025-12-12", "2025-01-01").isEmpty)
    }
}
