import Foundation
import Testing
import RotationBacktest
import RotationCore

/// Runs on the shared real data (adj_close, DFF) against Golden/generate.py, an independent
/// standard-library Python implementation of the written conventions (see Golden/README.md).
struct BacktestRealDataTests {
    struct GoldenRun: Decodable {
        let first_date: String, last_date: String
        let final_equity: Double, total_return: Double, turnover: Double, costs: Double
        let rebalances: Int, equity_count: Int
        let equity: [[Value]]
        let trades: [[Value]]
    }

    /// A JSON array element: a string or a number.
    enum Value: Decodable {
        case text(String), number(Double)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .text(s) } else { self = .number(try c.decode(Double.self)) }
        }
        var text: String { if case .text(let s) = self { s } else { "" } }
        var number: Double { if case .number(let x) = self { x } else { .nan } }
    }

    static let golden = Result { () throws -> [String: (spec: BacktestSpec, expected: GoldenRun)] in
        let data = try Data(contentsOf: BacktestTestData.goldenFile)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: [String: Any]]
        var runs: [String: (BacktestSpec, GoldenRun)] = [:]
        for (name, entry) in object {
            let spec = try JSONDecoder().decode(BacktestSpec.self, from: JSONSerialization.data(withJSONObject: entry["spec"]!))
            let expected = try JSONDecoder().decode(GoldenRun.self, from: JSONSerialization.data(withJSONObject: entry["expected"]!))
            runs[name] = (spec, expected)
        }
        return runs
    }
    static let data = Result { try BacktestTestData.realData(["SPY", "IWM", "QQQ"]) }

    /// Runs the named golden spec and compares every reported number to 1e-9.
    @discardableResult
    func check(_ name: String) throws -> BacktestResult {
        let (spec, g) = try #require(try Self.golden.get()[name])
        let r = try runBacktest(spec, on: Self.data.get())
        #expect(r.firstDate.description == g.first_date && r.lastDate.description == g.last_date)
        #expect(abs(r.finalEquity - g.final_equity) < 1e-9 && abs(r.totalReturn - g.total_return) < 1e-9)
        #expect(abs(r.turnover - g.turnover) < 1e-9 && abs(r.costs - g.costs) < 1e-9)
        #expect(r.rebalances == g.rebalances && r.equity.count == g.equity_count)
        let byDate = Dictionary(uniqueKeysWithValues: r.equity.map { ($0.date.description, $0.equity) })
        for point in g.equity {
            #expect(abs((byDate[point[0].text] ?? .nan) - point[1].number) < 1e-9, "equity on \(point[0].text)")
        }
        #expect(r.trades.count == g.trades.count)
        for (t, e) in zip(r.trades, g.trades) {
            #expect(t.date.description == e[0].text && t.symbol == e[1].text)
            #expect(abs(t.unitsDelta - e[2].number) < 1e-9 && abs(t.notional - e[3].number) < 1e-9)
            #expect(abs(t.cost - e[4].number) < 1e-12)
        }
        #expect(r.ledger.maxAbsDifference < 1e-12 * r.equity.map(\.equity).max()!)
        return r
    }

    @Test("85/15 SPY/IWM rebalanced monthly 2015–2025 matches the reference")
    func monthly() throws {
        let r = try check("allocation_spy_iwm_monthly")
        #expect(r.rebalances == 131)  // 132 month ends in 2015-01…2025-12, the last one is the run's last day
    }

    @Test("85/15 SPY/IWM with bands since 2000 matches the reference")
    func band() throws { try check("allocation_spy_iwm_band") }

    @Test("long IWM / short QQQ weekly with 25 bps borrow and DFF matches the reference")
    func pairsWeekly() throws { try check("pairs_iwm_qqq_weekly") }

    @Test("a beta-hedged half-notional IWM/QQQ pair rebalanced monthly matches the reference")
    func pairsBeta() throws { try check("pairs_iwm_qqq_beta_monthly") }

    @Test("IWM/SPY 12-week momentum with a 200-day filter, weekly, matches the reference")
    func rotation() throws { try check("rotation_iwm_spy_12w_ma200") }

    @Test("IWM/SPY 26-week momentum with split band and fallback to the other, monthly, matches the reference")
    func rotationSplit() throws { try check("rotation_iwm_spy_26w_split_other_monthly") }
}
