import Testing
import RotationBacktest
import RotationCore

/// The rotation strategy on hand-made closes; expected values by hand calculation.
struct RotationStrategyTests {
    let d = BacktestTestData.day

    /// Nine weekdays Mon 2025-03-03 … Thu 03-13; the run is the last three (03-11, 03-12, 03-13).
    static let days = ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07",
                       "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13"]
    static let a: [Double] = [100, 100, 100, 100, 100, 110, 110, 99, 108.9]
    static let b: [Double] = [50, 50, 50, 50, 50, 51, 60, 60, 66]

    func run(_ extra: String = "", a: [Double] = Self.a, b: [Double] = Self.b) throws -> BacktestResult {
        let data = BacktestTestData.market(Self.days, ["A": a, "B": b])
        let spec = try BacktestTestData.spec("""
            {"strategy": "rotation", "a": "A", "b": "B", "lookback_weeks": 1, "rebalance": "daily",
             "from": "2025-03-11", "commission_bps": 5\(extra)}
            """)
        return try runBacktest(spec, on: data)
    }

    @Test("decided at a close, acted on at the next: A at the entry, B one day later")
    func handComputed() throws {
        let r = try run()
        // Entry 03-11 acts on the decision at 03-10: 110/100 − 51/50 = 1.1 − 1.02 = 0.08 > 0 → A.
        // Cost 5 bps × 1 = 0.0005; equity 0.9995, all in A.
        #expect(r.equity[0].equity == 0.9995)
        // Decision at 03-11: 110/100 − 60/50 = −0.1 → B, acted on at 03-12. A fell to 99:
        // 0.9995·99/110 = 0.89955; notional 0.89955 + 0.89955; cost 0.00089955 → 0.89865045.
        #expect(abs(r.equity[1].equity - 0.89865045) < 1e-15)
        // 03-13 is the last day: no decision at 03-12 acts; B 60 → 66: 0.89865045·1.1 = 0.988515495.
        #expect(abs(r.equity[2].equity - 0.988515495) < 1e-15)
        #expect(abs(r.turnover - 3) < 1e-15 && r.rebalances == 1)  // 1 (entry) + 2 (switch)
        #expect(abs(r.costs - 0.00139955) < 1e-15)
        #expect(r.trades.map(\.symbol) == ["A", "A", "B"] && r.trades[1].date == d("2025-03-12"))
    }

    @Test("an exact momentum tie holds half of each")
    func split() throws {
        // Decision at 03-10: 110/100 − 55/50 = 0 → ½A + ½B.
        var b = Self.b
        b[5] = 55
        let r = try run(a: Self.a, b: b)
        #expect(abs(r.trades[0].notional - 0.5) < 1e-15 && abs(r.trades[1].notional - 0.5) < 1e-15)
    }

    @Test("before the lookback has history the strategy holds cash")
    func warmUp() throws {
        // lookback 2 weeks = 10 days > 5 earlier closes: cash throughout; entry trades nothing.
        let data = BacktestTestData.market(Self.days, ["A": Self.a, "B": Self.b])
        let spec = try BacktestTestData.spec("""
            {"strategy": "rotation", "a": "A", "b": "B", "lookback_weeks": 2, "from": "2025-03-11"}
            """)
        let r = try runBacktest(spec, on: data)
        #expect(r.equity.map(\.equity) == [1, 1, 1] && r.trades.isEmpty && r.turnover == 0)
    }

    @Test("a winner below its moving average is replaced by cash, or by the other with ma_fallback other")
    func movingAverageFilter() throws {
        // At 03-10 A wins (0.08); 2-day SMA of A = (100 + 110)/2 = 105 < 110 → A passes.
        // Decision at 03-11 picks B (−0.1); B's 2-day SMA at 03-11 = (51 + 60)/2 = 55.5 < 60 → passes.
        let passing = try run(#", "ma_days": 2"#)
        #expect(passing.trades.map(\.symbol) == ["A", "A", "B"])
        // With B at 60 → 52 on 03-11 the decision is 110/100 − 52/50 = 0.06 → A (A is not above its
        // 2-day SMA of 110: 110 > 110 is false) → cash; with fallback other, B: 52 > (51 + 52)/2 → B.
        var b = Self.b
        b[6] = 52
        let cash = try run(#", "ma_days": 2"#, b: b)
        #expect(cash.trades.map(\.symbol) == ["A", "A"] && cash.trades[1].unitsDelta < 0)
        let other = try run(#", "ma_days": 2, "ma_fallback": "other""#, b: b)
        #expect(other.trades.map(\.symbol) == ["A", "A", "B"])
    }
}
