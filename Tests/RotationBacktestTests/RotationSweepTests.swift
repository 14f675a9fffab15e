import Testing
import RotationBacktest
import RotationCore

/// The sweep agrees with single runs and ranks as asked; its speed is measured on real data.
struct RotationSweepTests {
    static let data = Result { try BacktestTestData.realData(["SPY", "IWM"]) }

    func base() -> BacktestSpec {
        var spec = BacktestSpec(strategy: .rotation, from: TradingDay("2001-01-01"), to: TradingDay("2025-12-31"))
        spec.a = "IWM"
        spec.b = "SPY"
        spec.cashRate = nil
        spec.commissionBps = 1
        spec.slippageBps = 2
        return spec
    }

    /// The provisional Sharpe recomputed from a full run's equity curve (two-pass mean and std).
    func sharpe(_ r: BacktestResult) -> Double {
        let e = r.equity.map(\.equity)
        let returns = zip(e.dropFirst(), e).map { $0 / $1 - 1 }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let variance = returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(returns.count - 1)
        return mean / variance.squareRoot() * 252.0.squareRoot()
    }

    @Test("each sweep result equals the full run with the same parameters")
    func matchesSingleRuns() async throws {
        let sets = RotationParameters.grid(lookbackWeeks: [4, 12, 26], maDays: [nil, 100], maFallbacks: [.cash, .other],
                                           splitThresholds: [0, 0.03], rebalances: [.weekly, .monthly])
        let results = try await sweepRotation(base(), parameterSets: sets, on: Self.data.get(), rankBy: .provisionalSharpe)
        #expect(results.count == sets.count)
        for result in results.prefix(12) {
            var spec = base()
            spec.lookbackWeeks = result.parameters.lookbackWeeks
            spec.maDays = result.parameters.maDays
            spec.maFallback = result.parameters.maFallback
            spec.splitThreshold = result.parameters.splitThreshold
            spec.rebalance = result.parameters.rebalance
            let full = try runBacktest(spec, on: Self.data.get())
            #expect(full.finalEquity == result.finalEquity && full.costs == result.costs)
            #expect(full.turnover == result.turnover && full.rebalances == result.rebalances)
            #expect(abs(sharpe(full) - result.provisionalSharpe!) < 1e-9)
        }
        let sharpes = results.compactMap(\.provisionalSharpe)
        #expect(zip(sharpes, sharpes.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test("ranking by total return sorts best first and keeps only the best k")
    func keepBest() async throws {
        let sets = RotationParameters.grid(lookbackWeeks: Array(1...30))
        let all = try await sweepRotation(base(), parameterSets: sets, on: Self.data.get())
        let top = try await sweepRotation(base(), parameterSets: sets, on: Self.data.get(), keepBest: 5)
        #expect(top == Array(all.prefix(5)))
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.totalReturn >= $1.totalReturn })
    }

    @Test("a sweep rejects invalid parameter sets before running")
    func invalid() async throws {
        await #expect(throws: BacktestError.invalidValue(field: "lookback_weeks", reason: "must be ≥ 1, got 0")) {
            try await sweepRotation(base(), parameterSets: [RotationParameters(lookbackWeeks: 0)], on: Self.data.get())
        }
    }

    @Test("10 000 parameter sets over 25 years of daily data")
    func tenThousand() async throws {
        var spec = base()
        spec.from = TradingDay("2001-01-01")
        spec.to = TradingDay("2026-07-31")
        spec.cashRate = "DFF"
        let data = try BacktestTestData.realData(["SPY", "IWM"])
        // 50 lookbacks × 25 MA lengths (incl. none) × 2 fallbacks × 2 thresholds × 2 schedules = 10 000.
        let sets = RotationParameters.grid(lookbackWeeks: Array(1...50), maDays: [nil] + (1...24).map { $0 * 10 },
                                           maFallbacks: [.cash, .other], splitThresholds: [0, 0.02],
                                           rebalances: [.weekly, .monthly])
        #expect(sets.count == 10_000)
        let clock = ContinuousClock()
        let started = clock.now
        let results = try await sweepRotation(spec, parameterSets: sets, on: data, rankBy: .provisionalSharpe, keepBest: 20)
        let elapsed = clock.now - started
        print("sweep: 10000 rotation parameter sets, \(data.days.filter { $0 >= spec.from! }.count) calendar rows from 2001, \(elapsed)")
        #expect(results.count == 20)
        #expect(results.allSatisfy { $0.finalEquity > 0 && $0.provisionalSharpe != nil })
    }
}
