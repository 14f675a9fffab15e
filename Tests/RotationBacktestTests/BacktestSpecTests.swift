import Foundation
import Testing
import RotationBacktest
import RotationCore

/// Decoding of specs and the one-line messages of `BacktestError` (verbatim).
struct BacktestSpecTests {
    let d = BacktestTestData.day
    let data = BacktestTestData.market(["2025-01-02", "2025-01-03"], ["SPY": [1, 2], "IWM": [3, 4]])

    func message(_ json: String, data: BacktestData? = nil) -> String? {
        do {
            let spec = try BacktestTestData.spec(json)
            _ = try runBacktest(spec, on: data ?? self.data)
            return nil
        } catch let error as BacktestError {
            return error.description
        } catch {
            return "other: \(error)"
        }
    }

    @Test("a spec decodes its snake_case keys, band rebalancing included")
    func decodes() throws {
        let spec = try BacktestTestData.spec("""
            {"strategy": "allocation", "from": "2000-01-01", "to": "2025-12-31", "weights": {"SPY": 0.85, "IWM": 0.15},
             "rebalance": {"band": {"SPY": [0.8, 0.9], "IWM": [0.1, 0.2]}}, "commission_bps": 1, "slippage_bps": 2}
            """)
        #expect(spec.from == d("2000-01-01") && spec.to == d("2025-12-31"))
        #expect(spec.rebalance == .band(["SPY": WeightBand(lower: 0.8, upper: 0.9), "IWM": WeightBand(lower: 0.1, upper: 0.2)]))
        #expect(spec.costRate == 0.0003 && spec.symbols == ["IWM", "SPY"] && spec.basis == .total)
        let again = try JSONDecoder().decode(BacktestSpec.self, from: JSONEncoder().encode(spec))
        #expect(again == spec)
    }

    @Test("spec errors are one line naming the problem")
    func messages() {
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 0.5, "QQQ": 0.5}}"#)
                == #"unknown symbol "QQQ": no prices loaded for it"#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 0.5, "IWM": 0.45}}"#)
                == #"spec field "weights": weights sum to 0.95, expected 1 (tolerance 1e-9)"#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 1}, "from": "2026-01-01"}"#)
                == "empty date range: no day from 2026-01-01 to the last day has a close for every one of SPY")
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 1}, "from": "2025-01-03", "to": "2025-01-02"}"#)
                == "empty date range: no day from 2025-01-03 to 2025-01-02 has a close for every one of SPY")
        #expect(message(#"{"strategy": "pairs", "long": "SPY", "short": "IWM", "cash_rate": "DFF"}"#)
                == #"spec field "cash_rate": rate series "DFF" is not loaded"#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 1}, "rebalence": "monthly"}"#)
                == #"spec field "rebalence": unknown field"#)
        #expect(message(#"{"strategy": "pairs", "weights": {"SPY": 1}}"#)
                == #"spec field "weights": not used by strategy "pairs""#)
        #expect(message(#"{"strategy": "pairs", "long": "SPY"}"#) == #"spec field "short": required by strategy "pairs""#)
        #expect(message(#"{"strategy": "momentum"}"#)
                == #"spec field "strategy": expected allocation, pairs or rotation, got "momentum""#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 1}, "rebalance": "yearly"}"#)
                == #"spec field "rebalance": expected none, daily, weekly, monthly, quarterly or {"band": {...}}, got "yearly""#)
        #expect(message(#"{"strategy": "pairs", "long": "SPY", "short": "IWM", "hedge": "delta"}"#)
                == #"spec field "hedge": expected dollar or beta, got "delta""#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 0.5, "IWM": 0.5}, "rebalance": {"band": {"SPY": [0.6, 0.7], "IWM": [0.4, 0.6]}}}"#)
                == #"spec field "rebalance": band [0.6, 0.7] of SPY excludes its target 0.5"#)
        #expect(message(#"{"strategy": "rotation", "a": "SPY", "b": "IWM"}"#)
                == #"spec field "lookback_weeks": required by strategy "rotation""#)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 1}, "commission_bps": -1}"#)
                == #"spec field "commission_bps": must be a number ≥ 0, got -1.0"#)
    }

    @Test("weights within 1e-9 of summing to 1 are accepted")
    func tolerance() {
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 0.5, "IWM": 0.5000000005}}"#) == nil)
        #expect(message(#"{"strategy": "allocation", "weights": {"SPY": 0.5, "IWM": 0.500000002}}"#) != nil)
    }

    @Test("every error has a stable code")
    func codes() {
        #expect(BacktestError.unknownSymbol("X").code == "unknown_symbol")
        #expect(BacktestError.weightsDoNotSumToOne(sum: 2).code == "weights_do_not_sum_to_one")
        #expect(BacktestError.emptyDateRange(symbols: [], from: nil, to: nil).code == "empty_date_range")
        #expect(BacktestError.missingRateSeries("DFF").code == "missing_rate_series")
    }

    @Test("the result encodes the contract keys")
    func resultKeys() throws {
        let spec = try BacktestTestData.spec(#"{"strategy": "allocation", "weights": {"SPY": 1}}"#)
        let json = try String(decoding: JSONEncoder().encode(runBacktest(spec, on: data)), as: UTF8.self)
        for key in ["strategy", "first_date", "last_date", "final_equity", "total_return", "rebalances", "turnover",
                    "costs", "equity", "trades", "ledger", "units_delta", "max_abs_difference", "final_cash"] {
            #expect(json.contains("\"\(key)\":"), "missing \(key)")
        }
        #expect(json.contains(#""date":"2025-01-02""#))
    }
}

/// `BacktestData(bars:)` aligns bars of different lengths on the union of their days.
struct BacktestDataTests {
    @Test("bars are aligned on the union of days with NaN where a symbol has no close")
    func union() throws {
        let d = BacktestTestData.day
        let x = DailyBars(symbol: "X", days: [d("2025-01-02"), d("2025-01-03")], open: [.nan, .nan], high: [.nan, .nan],
                          low: [.nan, .nan], close: [10, 11], adjClose: [9, 10], volume: [.nan, .nan])
        let y = DailyBars(symbol: "Y", days: [d("2025-01-03"), d("2025-01-06")], open: [.nan, .nan], high: [.nan, .nan],
                          low: [.nan, .nan], close: [20, 21], adjClose: [.nan, .nan], volume: [.nan, .nan])
        let data = BacktestData(bars: [x, y], basis: .total)
        #expect(data.days == [d("2025-01-02"), d("2025-01-03"), d("2025-01-06")])
        #expect(data.closes["X"]![0] == 9 && data.closes["X"]![1] == 10 && data.closes["X"]![2].isNaN)
        // Y has no adj_close at all, so the total basis falls back to close (DailyBars.closes(basis:)).
        #expect(data.closes["Y"]![0].isNaN && data.closes["Y"]![1] == 20 && data.closes["Y"]![2] == 21)
        // The strategy's common days are the one day both have.
        var spec = BacktestSpec(strategy: .allocation)
        spec.weights = ["X": 0.5, "Y": 0.5]
        let r = try runBacktest(spec, on: data)
        #expect(r.equity.map(\.date) == [d("2025-01-03")])
    }
}
