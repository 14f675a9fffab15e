import Testing
import RotationCore

struct DrawdownTests {
    func day(_ text: String) -> TradingDay { TradingDay(text)! }

    @Test("a loss in the first period is a drawdown from the starting value")
    func firstPeriodLoss() {
        #expect(abs(maxDrawdown([-0.1, 0.05])! + 0.1) < 1e-15)
        let days = ["2025-01-03", "2025-01-06"].map(day)
        let table = drawdownTable(days: days, returns: [-0.1, 0.2], baseDay: day("2025-01-02"), count: 5)
        #expect(table.count == 1)
        // Peak is the base day (first price); trough after one period; back above 1 after two.
        #expect(table[0].peakDate == day("2025-01-02") && table[0].troughDate == day("2025-01-03"))
        #expect(table[0].recoveryDate == day("2025-01-06"))
        #expect(table[0].peakToTroughPeriods == 1 && table[0].peakToRecoveryPeriods == 2)
        #expect(abs(table[0].depth + 0.1) < 1e-15)
    }

    @Test("a drawdown still open at the end has no recovery")
    func openAtEnd() {
        let days = ["2025-01-03", "2025-01-06", "2025-01-07", "2025-01-08"].map(day)
        let table = drawdownTable(days: days, returns: [0.1, -0.1, -0.1, 0.05], baseDay: day("2025-01-02"), count: 5)
        #expect(table.count == 1)
        #expect(table[0].peakDate == day("2025-01-03") && table[0].troughDate == day("2025-01-07"))
        #expect(table[0].recoveryDate == nil && table[0].peakToRecoveryPeriods == nil)
        // 0.9 · 0.9 − 1 = −0.19 (hand calculation).
        #expect(abs(table[0].depth + 0.19) < 1e-15 && table[0].peakToTroughPeriods == 2)
    }

    @Test("episodes are ranked deepest first and cut to the requested count")
    func ranking() {
        let days = (1...6).map { TradingDay(year: 2025, month: 3, day: $0)! }
        let table = drawdownTable(days: days, returns: [-0.05, 0.10, -0.20, 0.50, -0.01, 0.02], baseDay: nil, count: 2)
        #expect(table.map(\.depth).count == 2)
        #expect(abs(table[0].depth + 0.2) < 1e-15 && abs(table[1].depth + 0.05) < 1e-15)
        // The first episode's peak is the unknown base day of a return series.
        #expect(table[1].peakDate == nil)
    }

    @Test("a series that only rises has no drawdown and no Calmar ratio")
    func onlyRises() {
        #expect(maxDrawdown([0.01, 0.02]) == 0)
        #expect(calmarRatio([0.01, 0.02], periodsPerYear: 252) == nil)
        #expect(drawdownTable(days: [day("2025-01-03")], returns: [0.01], baseDay: nil, count: 3).isEmpty)
    }
}
