import Testing
import RotationCore

struct ReturnsTests {
    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    @Test("the first simple return is dated on the second close")
    func returnsDatedOnLaterDay() {
        let closes = Series(name: "X", kind: .price, days: [day("2025-01-02"), day("2025-01-03"), day("2025-01-06")],
                            values: [100, 110, 99])
        let returns = closes.simpleReturns()
        #expect(returns.days == [day("2025-01-03"), day("2025-01-06")])
        // 110 / 100 − 1 = 0.1; 99 / 110 − 1 = −0.1 (hand calculation).
        #expect(abs(returns.values[0] - 0.1) < 1e-15 && abs(returns.values[1] + 0.1) < 1e-15)
        #expect(returns.kind == .return)
    }

    @Test("a single close gives no returns and no total return")
    func singleClose() {
        let closes = Series(name: "X", kind: .price, days: [day("2025-01-02")], values: [100])
        #expect(closes.simpleReturns().isEmpty)
        #expect(totalReturn([]) == nil)
    }

    @Test("alignment keeps common dates and counts what each side dropped")
    func alignment() {
        let a = Series(name: "A", kind: .price, days: ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"].map(day),
                       values: [1, 2, 3, 4])
        let b = Series(name: "B", kind: .price, days: ["2025-01-01", "2025-01-03", "2025-01-07"].map(day), values: [10, 20, 40])
        let pair = alignOnCommonDays(a, b)
        #expect(pair.days == ["2025-01-03", "2025-01-07"].map(day))
        #expect(pair.first == [2, 4] && pair.second == [20, 40])
        #expect(pair.aligned == 2 && pair.droppedFromFirst == 2 && pair.droppedFromSecond == 1)
    }

    @Test("from and to select price dates inclusively")
    func betweenIsInclusive() {
        let s = Series(name: "A", kind: .price, days: ["2025-01-02", "2025-01-03", "2025-01-06"].map(day), values: [1, 2, 3])
        #expect(s.between(from: day("2025-01-03"), to: day("2025-01-06")).values == [2, 3])
        #expect(s.between(from: day("2025-01-04"), to: day("2025-01-05")).isEmpty)
        #expect(s.between(from: nil, to: day("2025-01-02")).values == [1])
    }

    @Test("computeMetrics over closes counts returns between consecutive selected prices")
    func computeMetricsSelection() {
        let days = ["2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07"].map(day)
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 110, .nan, 121], basis: "price",
                                    from: day("2025-01-03"), to: nil)
        // The missing close on 01-06 is skipped: one return 121 / 110 − 1 = 0.1, dated 01-07.
        #expect(report.nReturns == 1)
        #expect(report.firstDate == day("2025-01-03") && report.lastDate == day("2025-01-07"))
        #expect(abs(report.totalReturn! - 0.1) < 1e-15)
        #expect(report.sharpe == nil && report.annualVolatility == nil)
    }

    @Test("a date range with no prices gives no returns and null metrics")
    func emptySelection() {
        let days = ["2025-01-02", "2025-01-03"].map(day)
        let report = computeMetrics(symbol: "X", days: days, closes: [100, 101], basis: "price",
                                    from: day("2025-02-01"), to: nil)
        #expect(report.nReturns == 0 && report.firstDate == nil && report.totalReturn == nil)
        #expect(report.maxDrawdown == nil && report.var95 == nil && report.drawdowns.isEmpty)
    }
}
