import Foundation
import Testing
import RotationBacktest
import RotationCore

/// Issue 16, case 6: backtests that answered confidently and wrongly. Expected values by hand
/// calculation (arithmetic in the comments); each test failed before the fix.
struct RuinAndBandTests {
    let d = BacktestTestData.day

    /// Long X flat at 100, short Y rising 100 → 150 → 250 → 300, dollar hedge, no costs.
    func shortSqueeze() -> BacktestData {
        BacktestTestData.market(["2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09"],
                                ["X": [100, 100, 100, 100], "Y": [100, 150, 250, 300]])
    }

    /// Guards ruin: a long/short pair whose equity fell to zero kept trading to −2.15 (total return
    /// −314.94%, drawdowns past −100%). Now equity ≤ 0 stops the run that day and says so.
    @Test("a pair whose equity falls to zero or below stops that day and reports ruined_on")
    func ruin() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y"}"#)
        let r = try runBacktest(spec, on: shortSqueeze())
        // Entry: L = 1/100 = 0.01, S = 0.01; cash 1 − 1 + 1 = 1. Equity 1 + 0.01·100 − 0.01·Y:
        // 01-06 1, 01-07 1 + 1 − 1.5 = 0.5, 01-08 1 + 1 − 2.5 = −0.5 → ruined; 01-09 (−1) never run.
        #expect(r.equity.map(\.equity) == [1, 0.5, -0.5])
        #expect(r.ruinedOn == d("2025-01-08") && r.lastDate == d("2025-01-08"))
        #expect(r.finalEquity == -0.5 && r.totalReturn == -1.5)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any]
        #expect(json?["ruined_on"] as? String == "2025-01-08")
    }

    @Test("a run that is never ruined says ruined_on null")
    func notRuined() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "pairs", "long": "X", "short": "Y"}"#)
        let calm = BacktestTestData.market(["2025-01-06", "2025-01-07"], ["X": [100, 101], "Y": [100, 100]])
        let r = try runBacktest(spec, on: calm)
        #expect(r.ruinedOn == nil && r.equity.count == 2)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any]
        #expect(json?.keys.contains("ruined_on") == true && json?["ruined_on"] is NSNull)
    }

    /// X 100 → 100 → 150 → 150, Y flat 100, 50/50: on 03-05 X is 0.75/1.25 = 0.6 and Y 0.4.
    func drift() -> BacktestData {
        BacktestTestData.market(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"],
                                ["X": [100, 100, 150, 150], "Y": [100, 100, 100, 100]])
    }

    /// Guards bands for some symbols only: `{"band": {"Y": …}}` was refused ("no band for X").
    /// Now X is unbounded and Y's band alone triggers the rebalance (Y 0.4 < 0.45).
    @Test("a band for one symbol only rebalances when that symbol leaves it; the others are unbounded")
    func partialBands() throws {
        let spec = try BacktestTestData.spec("""
            {"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5}, "rebalance": {"band": {"Y": [0.45, 0.55]}}}
            """)
        let r = try runBacktest(spec, on: drift())
        #expect(r.rebalances == 1 && r.trades[2].date == d("2025-03-05"))
        #expect(abs(r.trades[2].notional - 0.125) < 1e-15)  // |0.5·1.25 − 0.75|
        let loose = try BacktestTestData.spec("""
            {"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5}, "rebalance": {"band": {"Y": [0.3, 0.7]}}}
            """)
        #expect(try runBacktest(loose, on: drift()).rebalances == 0)  // Y 0.4 stays in [0.3, 0.7]
    }

    /// Guards one tolerance for all: `{"band": 0.05}` was not a valid rule. Now each target t gets
    /// [t − 0.05, t + 0.05]: X 0.6 > 0.55 fires on 03-05; with 0.2 ([0.3, 0.7]) nothing fires.
    @Test("{\"band\": 0.05} is a tolerance around every target weight")
    func tolerance() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5}, "rebalance": {"band": 0.05}}"#)
        #expect(spec.rebalance == .tolerance(0.05))
        let r = try runBacktest(spec, on: drift())
        #expect(r.rebalances == 1 && r.trades[2].date == d("2025-03-05"))
        #expect(abs(r.turnover - 1.2) < 1e-15)  // 1 + 0.25 / 1.25
        let wide = try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"X": 0.5, "Y": 0.5}, "rebalance": {"band": 0.2}}"#)
        #expect(try runBacktest(wide, on: drift()).rebalances == 0)
        // Encodes back as written, so a result echoes its spec.
        #expect(String(decoding: try JSONEncoder().encode(RebalanceRule.tolerance(0.05)), as: UTF8.self) == #"{"band":0.05}"#)
    }

    @Test("a band tolerance must be positive, and an empty band object is refused")
    func badBands() throws {
        #expect(throws: BacktestError.invalidValue(field: "rebalance", reason: "a band tolerance is a fraction > 0, got -0.1")) {
            try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"X": 1}, "rebalance": {"band": -0.1}}"#)
        }
        #expect(throws: BacktestError.invalidValue(field: "rebalance", reason: "{\"band\": {}} names no symbol")) {
            try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"X": 1}, "rebalance": {"band": {}}}"#)
        }
    }
}
