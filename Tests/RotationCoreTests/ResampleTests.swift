import Testing
import RotationCore

struct ResampleTests {
    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    // 2025-01-03 is a Friday, 2025-01-05 a Sunday, 2025-01-06 a Monday.
    let series = Series(name: "X", kind: .price,
                        days: ["2024-12-30", "2025-01-03", "2025-01-06", "2025-01-08", "2025-01-31", "2025-02-03"]
                            .map { TradingDay($0)! },
                        values: [1, 2, 3, 4, 5, 6])

    @Test("weekly resampling keeps the last close of each Monday–Sunday week, dated on its own day")
    func weekly() {
        let weekly = series.lastOfEachPeriod(.weekly)
        #expect(weekly.days == ["2025-01-03", "2025-01-08", "2025-01-31", "2025-02-03"].map(day))
        #expect(weekly.values == [2, 4, 5, 6])
    }

    @Test("monthly resampling keeps the last close of each calendar month")
    func monthly() {
        let monthly = series.lastOfEachPeriod(.monthly)
        #expect(monthly.days == ["2024-12-30", "2025-01-31", "2025-02-03"].map(day))
        #expect(monthly.values == [1, 5, 6])
    }

    @Test("weekly compounding of a return series multiplies growth within each week")
    func compoundedWeekly() {
        let returns = Series(name: "R", kind: .return, days: ["2025-01-06", "2025-01-07", "2025-01-13"].map(day),
                             values: [0.1, 0.1, -0.5])
        let weekly = returns.compoundedByPeriod(.weekly)
        #expect(weekly.days == ["2025-01-07", "2025-01-13"].map(day))
        // 1.1 · 1.1 − 1 = 0.21 (hand calculation).
        #expect(abs(weekly.values[0] - 0.21) < 1e-15 && weekly.values[1] == -0.5)
    }

    @Test("the periods-per-year table is 252, 52 and 12")
    func periodsTable() {
        #expect(PeriodicFrequency.daily.periodsPerYear == 252)
        #expect(PeriodicFrequency.weekly.periodsPerYear == 52)
        #expect(PeriodicFrequency.monthly.periodsPerYear == 12)
    }
}
