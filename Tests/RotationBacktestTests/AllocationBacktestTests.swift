import Testing
import RotationBacktest
import RotationCore

/// Allocation on hand-made closes; expected values by hand calculation (arithmetic in comments).
struct AllocationBacktestTests {
    let d = BacktestTestData.day

    /// Thu 2025-01-30, Fri 01-31 (last trading day of January), Mon 02-03.
    /// X: 100, 110, 121; Y: 50, 45, 45. Weights X 0.6, Y 0.4, monthly, commission 10 bps.
    func threeDays() throws -> BacktestResult {
        let data = BacktestTestData.market(["2025-01-30", "2025-01-31", "2025-02-03"],
                                           ["X": [100, 110, 121], "Y": [50, 45, 45]])
        let spec = try BacktestTestData.spec("""
            {"strategy": "allocation", "weights": {"X": 0.6, "Y": 0.4}, "rebalance": "monthly", "commission_bps": 10}
            """)
        return try runBacktest(spec, on: data)
    }

    @Test("three days: entry costs 10 bps of 1, the month-end rebalance trades back to 60/40")
    func handComputed() throws {
        let r = try threeDays()
        // Day 1: equity 1, traded notional 1, cost 0.001 → 0.999; units X 0.6·0.999/100 = 0.005994,
        // Y 0.4·0.999/50 = 0.007992.
        #expect(abs(r.equity[0].equity - 0.999) < 1e-15)
        // Day 2 (month end): X 0.005994·110 = 0.65934, Y 0.007992·45 = 0.35964, equity 1.01898.
        // Targets 0.6·1.01898 = 0.611388 and 0.4·1.01898 = 0.407592; notional 0.047952 + 0.047952
        // = 0.095904; cost 0.000095904; equity 1.018884096.
        #expect(abs(r.equity[1].equity - 1.018884096) < 1e-15)
        // Day 3: X value 0.6·1.018884096·121/110 = 0.67246350336, Y unchanged 0.4075536384 → 1.08001714176.
        #expect(abs(r.equity[2].equity - 1.08001714176) < 1e-14)
        #expect(abs(r.costs - 0.001095904) < 1e-15)  // 0.001 + 0.000095904
        #expect(abs(r.turnover - 1.0941176470588236) < 1e-14)  // 1 + 0.095904 / 1.01898
        #expect(r.rebalances == 1 && r.trades.count == 4)
        #expect(abs(r.trades[2].unitsDelta - (0.6 * 1.018884096 / 110 - 0.005994)) < 1e-15)
        #expect(abs(r.trades[2].notional - 0.047952) < 1e-15 && abs(r.trades[2].cost - 0.000047952) < 1e-16)
        #expect(r.firstDate == d("2025-01-30") && r.lastDate == d("2025-02-03"))
        #expect(abs(r.totalReturn - 0.08001714176) < 1e-14)
    }

    @Test("the ledger's final cash is zero and its positions add up to the final equity")
    func ledger() throws {
        let r = try threeDays()
        #expect(abs(r.ledger.finalCash) < 1e-15)
        let positions = r.ledger.finalPositions.map(\.value).reduce(0, +)
        #expect(abs(positions + r.ledger.finalCash - r.finalEquity) < 1e-15)
        #expect(r.ledger.maxAbsDifference < 1e-15)
        #expect(r.ledger.finalPositions.map(\.symbol) == ["X", "Y"])
    }

    @Test("a rebalance never happens on the run's last day, even at a month end")
    func noRebalanceOnLastDay() throws {
        let data = BacktestTestData.market(["2025-01-30", "2025-01-31"], ["X": [100, 110], "Y": [50, 45]])
        let spec = try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5}, "rebalance": "daily"}"#)
        let r = try runBacktest(spec, on: data)
        #expect(r.rebalances == 0 && r.trades.count == 2)
        #expect(r.equity.map(\.equity) == [1, 0.5 * 110 / 100 + 0.5 * 45 / 50])  // 0.55 + 0.45 = 1.0
    }

    @Test("a band rebalances only when a weight leaves it")
    func band() throws {
        // X 100 → 100 → 150 → 150; Y flat 100. 50/50 with X in [0.45, 0.55]: day 3 X weight is
        // 0.75/1.25 = 0.6 → rebalance to 0.625 each; day 4 is the last day.
        let data = BacktestTestData.market(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"],
                                           ["X": [100, 100, 150, 150], "Y": [100, 100, 100, 100]])
        let spec = try BacktestTestData.spec("""
            {"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5},
             "rebalance": {"band": {"X": [0.45, 0.55], "Y": [0.45, 0.55]}}}
            """)
        let r = try runBacktest(spec, on: data)
        #expect(r.rebalances == 1 && r.trades[2].date == d("2025-03-05"))
        #expect(abs(r.trades[2].notional - 0.125) < 1e-15)  // |0.625 − 0.75|
        #expect(abs(r.turnover - 1.2) < 1e-15)  // 1 + 0.25 / 1.25
    }
}
