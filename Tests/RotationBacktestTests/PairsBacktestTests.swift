import Testing
import RotationBacktest
import RotationCore

/// Pairs on hand-made closes and rates; expected values by hand calculation.
struct PairsBacktestTests {
    let d = BacktestTestData.day

    /// Thu 2025-01-02, Fri 01-03, Mon 01-06. Long X 100, 102, 101; short Y 200, 198, 202.
    /// Rate R (percent): 4.0 on 01-02, 5.0 on 01-03, 9.0 on 01-06 (never used: only t−1 counts).
    func data() -> BacktestData {
        let rate = Series(name: "R", kind: .rate, days: [d("2025-01-02"), d("2025-01-03"), d("2025-01-06")],
                          values: [4, 5, 9])
        return BacktestTestData.market(["2025-01-02", "2025-01-03", "2025-01-06"],
                                       ["X": [100, 102, 101], "Y": [200, 198, 202]], rates: [rate])
    }

    @Test("three days: P&L is L·ΔP_long − S·ΔP_short plus short proceeds at cash minus fee, ACT/360")
    func handComputed() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y", "borrow_bps": 50, "cash_rate": "R"}"#)
        let r = try runBacktest(spec, on: data())
        // Entry: L = 1/100 = 0.01, S = 1/200 = 0.005, no costs, equity 1.
        #expect(r.equity[0].equity == 1)
        // 01-03: 0.01·2 − 0.005·(−2) + 0.005·200·(0.04 − 0.005)·1/360 = 0.03 + 0.0000972222… → 1.0300972222…
        #expect(abs(r.equity[1].equity - 1.0300972222222222) < 1e-15)
        // 01-06 (3 days, rate of 01-03): 0.01·(−1) − 0.005·4 + 0.005·198·(0.05 − 0.005)·3/360
        // = −0.03 + 0.00037125 → 1.0004684722…
        #expect(abs(r.equity[2].equity - 1.0004684722222221) < 1e-15)
        // Cash: 1 − 1 (long) + 1 (short proceeds) + interest 0.0000972222 + 0.00037125; positions
        // 0.01·101 − 0.005·202 = 0.
        #expect(abs(r.ledger.finalCash - 1.0004684722222221) < 1e-15)
        #expect(r.ledger.finalPositions.map(\.value) == [1.01, -1.01])
        #expect(abs(r.turnover - 2) < 1e-15 && r.rebalances == 0)
        #expect(r.trades.map(\.unitsDelta) == [0.01, -0.005])
    }

    @Test("without a cash rate the short proceeds only pay the borrow fee")
    func noRate() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y", "borrow_bps": 36}"#)
        let r = try runBacktest(spec, on: data())
        // Day 2: 0.03 − 0.005·200·0.0036·1/360 = 0.03 − 0.00001.
        #expect(abs(r.equity[1].equity - 1.02999) < 1e-15)
    }

    @Test("a weekly pair rebalances at the Friday close back to equal legs")
    func weekly() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y", "rebalance": "weekly"}"#)
        let r = try runBacktest(spec, on: data())
        // Friday 01-03: equity 1.03 → L = 1.03/102, S = 1.03/198.
        #expect(r.rebalances == 1)
        #expect(abs(r.ledger.finalPositions[0].units - 1.03 / 102) < 1e-15)
        #expect(abs(r.ledger.finalPositions[1].units + 1.03 / 198) < 1e-15)
    }

    @Test("a beta hedge needs beta_window returns before the entry")
    func betaHistory() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y", "hedge": "beta", "beta_window": 5}"#)
        #expect(throws: BacktestError.insufficientHistory(field: "beta_window", needed: 5, available: 0, day: d("2025-01-02"))) {
            try runBacktest(spec, on: data())
        }
    }

    @Test("a rate series starting after the run's first day is an error naming the day")
    func rateTooLate() throws {
        let late = Series(name: "R", kind: .rate, days: [d("2025-01-03")], values: [5])
        let data = BacktestTestData.market(["2025-01-02", "2025-01-03"], ["X": [1, 2], "Y": [1, 2]], rates: [late])
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y", "cash_rate": "R"}"#)
        #expect(throws: BacktestError.rateUnavailable(name: "R", day: d("2025-01-02"))) { try runBacktest(spec, on: data) }
    }
}
