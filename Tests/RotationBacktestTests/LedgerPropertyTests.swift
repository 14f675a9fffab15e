import PropertyBased
import Testing
import RotationBacktest
import RotationCore

/// Ledger invariants on random markets: the cash account plus positions (the reported equity)
/// equals the equity accumulated from daily P&L every day, and without costs or rebalancing an
/// allocation is buy-and-hold.
struct LedgerPropertyTests {
    /// Closes from multiplicative steps, starting at `start`.
    static func path(_ steps: [Double], start: Double) -> [Double] {
        var level = start
        return steps.map { level *= $0; return level }
    }

    static let rules: [RebalanceRule] = [.none, .daily, .weekly, .monthly, .quarterly]

    @Test("allocation: cash + positions = P&L equity every day, for any closes, weights, costs and schedule")
    func allocationLedger() async throws {
        await propertyCheck(input: Gen.double(in: 0.8...1.25).array(of: 2...90), Gen.double(in: 0...1),
                            Gen.double(in: 0...50), Gen.int(in: 0...4)) { steps, w, bps, rule in
            let n = steps.count
            let days = BacktestTestData.weekdays(from: "2024-12-20", count: n)
            let data = BacktestData(days: days, closes: ["X": Self.path(steps, start: 100),
                                                         "Y": Self.path(steps.reversed(), start: 20)])
            var spec = BacktestSpec(strategy: .allocation)
            spec.weights = ["X": w, "Y": 1 - w]
            spec.commissionBps = bps
            spec.rebalance = Self.rules[rule]
            let r = try runBacktest(spec, on: data)
            let scale = r.equity.map(\.equity).max()!
            #expect(r.ledger.maxAbsDifference <= 1e-13 * scale)
            let positions = r.ledger.finalPositions.map(\.value).reduce(0, +)
            #expect(abs(r.ledger.finalCash + positions - r.finalEquity) <= 1e-13 * scale)
            #expect(r.equity.count == n && r.costs >= 0 && r.finalEquity > 0)
        }
    }

    @Test("allocation without costs or rebalancing equals buy-and-hold of the weights")
    func buyAndHold() async throws {
        await propertyCheck(input: Gen.double(in: 0.8...1.25).array(of: 1...90), Gen.double(in: 0...1)) { steps, w in
            let x = Self.path(steps, start: 100), y = Self.path(steps.shuffled(), start: 7)
            let days = BacktestTestData.weekdays(from: "2025-06-02", count: steps.count)
            var spec = BacktestSpec(strategy: .allocation)
            spec.weights = ["X": w, "Y": 1 - w]
            let r = try runBacktest(spec, on: BacktestData(days: days, closes: ["X": x, "Y": y]))
            for (t, point) in r.equity.enumerated() {
                let held = w * x[t] / x[0] + (1 - w) * y[t] / y[0]
                #expect(abs(point.equity - held) <= 1e-14 * held)
            }
            #expect(r.trades.count <= 2 && r.rebalances == 0 && r.costs == 0)
        }
    }

    @Test("pairs: cash + positions = P&L equity every day, with rates, fees and costs")
    func pairsLedger() async throws {
        await propertyCheck(input: Gen.double(in: 0.9...1.1).array(of: 2...90), Gen.double(in: 0...8),
                            Gen.double(in: 0...100), Gen.int(in: 0...4)) { steps, ratePercent, borrow, rule in
            let n = steps.count
            let days = BacktestTestData.weekdays(from: "2025-01-06", count: n)
            let rate = Series(name: "R", kind: .rate, days: [days[0]], values: [ratePercent])
            let data = BacktestData(days: days, closes: ["L": Self.path(steps, start: 50),
                                                         "S": Self.path(steps.map { 2 - $0 }, start: 80)],
                                    rates: ["R": rate])
            var spec = BacktestSpec(strategy: .pairs)
            spec.long = "L"
            spec.short = "S"
            spec.borrowBps = borrow
            spec.cashRate = "R"
            spec.slippageBps = 3
            spec.rebalance = Self.rules[rule]
            let r = try runBacktest(spec, on: data)
            let scale = r.equity.map { abs($0.equity) }.max()!
            #expect(r.ledger.maxAbsDifference <= 1e-13 * scale)
        }
    }

    @Test("higher trading costs never raise the final equity")
    func costsHurt() async throws {
        await propertyCheck(input: Gen.double(in: 0.8...1.25).array(of: 2...60), Gen.double(in: 0...20)) { steps, bps in
            let days = BacktestTestData.weekdays(from: "2025-01-06", count: steps.count)
            let data = BacktestData(days: days, closes: ["X": Self.path(steps, start: 10), "Y": Self.path(steps.reversed(), start: 10)])
            var spec = BacktestSpec(strategy: .allocation)
            spec.weights = ["X": 0.7, "Y": 0.3]
            spec.rebalance = .daily
            spec.commissionBps = bps
            let cheap = try runBacktest(spec, on: data)
            spec.commissionBps = bps + 5
            let dear = try runBacktest(spec, on: data)
            #expect(dear.finalEquity < cheap.finalEquity)
        }
    }
}
