import PropertyBased
import Testing
import RotationCore

/// Metamorphic properties of the metrics, on random return series.
struct MetricsPropertyTests {
    static let returns = Gen.double(in: -0.2...0.2).array(of: 2...80)

    func relativelyEqual(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= tolerance * max(1, abs(y))
        default: return false
        }
    }

    @Test("scaling returns by a positive factor leaves the Sharpe ratio unchanged")
    func sharpeScaleInvariant() async {
        await propertyCheck(input: Self.returns, Gen.double(in: 0.01...20)) { r, factor in
            let scaled = r.map { $0 * factor }
            #expect(relativelyEqual(sharpeRatio(scaled, periodsPerYear: 252), sharpeRatio(r, periodsPerYear: 252)))
            #expect(relativelyEqual(ReturnMetrics(returns: scaled, periodsPerYear: 252).sharpe,
                                    ReturnMetrics(returns: r, periodsPerYear: 252).sharpe))
        }
    }

    @Test("maximum drawdown lies in [-1, 0] and equals the deepest drawdown episode")
    func drawdownBounded() async {
        await propertyCheck(input: Gen.double(in: -1...1).array(of: 1...120)) { r in
            let worst = maxDrawdown(r)!
            #expect(worst >= -1 && worst <= 0)
            let days = (0..<r.count).map { TradingDay(daysSinceEpoch: 20_000 + $0) }
            let table = drawdownTable(days: days, returns: r, baseDay: nil, count: 1)
            #expect(table.isEmpty ? worst == 0 : abs(table[0].depth - worst) <= 1e-12)
        }
    }

    @Test("the beta and correlation of a series against itself are 1")
    func selfBeta() async {
        await propertyCheck(input: Self.returns) { r in
            guard Set(r).count > 1 else { return }
            #expect(abs(beta(r, benchmark: r)! - 1) < 1e-12)
            #expect(abs(correlation(r, benchmark: r)! - 1) < 1e-12)
            let m = ReturnMetrics(returns: r, benchmark: r, periodsPerYear: 252)
            #expect(abs(m.beta! - 1) < 1e-12 && m.trackingError == 0 && m.informationRatio == nil)
        }
    }

    @Test("compounding two adjacent windows equals compounding the whole")
    func compoundingSplits() async {
        await propertyCheck(input: Self.returns, Gen.int(in: 0...80)) { r, cut in
            let split = min(cut, r.count)
            let head = 1 + (totalReturn(Array(r[..<split])) ?? 0)
            let tail = 1 + (totalReturn(Array(r[split...])) ?? 0)
            #expect(abs(head * tail - (1 + totalReturn(r)!)) <= 1e-12 * max(1, head * tail))
        }
    }

    @Test("the fused kernel agrees with the small public functions")
    func kernelAgrees() async {
        await propertyCheck(input: Self.returns, Self.returns) { r, other in
            let b = (0..<r.count).map { other[$0 % other.count] }
            let m = ReturnMetrics(returns: r, benchmark: b, riskFreePerPeriod: 0.0001, periodsPerYear: 52)
            #expect(relativelyEqual(m.annualVolatility, annualVolatility(r, periodsPerYear: 52)))
            #expect(relativelyEqual(m.sortino, sortinoRatio(r, periodsPerYear: 52)))
            #expect(relativelyEqual(m.omega, omegaRatio(r)))
            #expect(relativelyEqual(m.valueAtRisk95, valueAtRisk95(r)))
            #expect(relativelyEqual(m.tailRatio, tailRatio(r)))
            #expect(relativelyEqual(m.skew, skewness(r), 1e-8))
            #expect(relativelyEqual(m.kurtosis, excessKurtosis(r), 1e-8))
            #expect(relativelyEqual(m.stability, stability(r), 1e-8))
            #expect(relativelyEqual(m.upCapture, captureRatio(r, benchmark: b, side: .up, periodsPerYear: 52)))
            #expect(relativelyEqual(m.downCapture, captureRatio(r, benchmark: b, side: .down, periodsPerYear: 52)))
            #expect(relativelyEqual(m.trackingError, trackingError(r, benchmark: b, periodsPerYear: 52)))
        }
    }

    @Test("the sampled percentile filter of long series gives numpy's exact percentiles, ties included")
    func longSeriesPercentiles() async {
        await propertyCheck(count: 30, input: Gen.int(in: 2048...5000), Gen.int(in: 0...3), Gen.int(in: 0...1_000_000)) { n, ties, seed in
            // A deterministic pseudo-random series; `ties` > 0 rounds it so that many values repeat.
            var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
            let r: [Double] = (0..<n).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let u = Double(state >> 11) / Double(1 << 53) - 0.5
                return ties == 0 ? u * 0.04 : (u * 0.04 * Double(10 * ties)).rounded() / Double(10 * ties)
            }
            let m = ReturnMetrics(returns: r, periodsPerYear: 252)
            #expect(m.valueAtRisk95 == percentile(r, 5))
            #expect(m.tailRatio == tailRatio(r))
        }
    }

    @Test("percentiles are monotone in the percent and bracketed by the extremes")
    func percentileMonotone() async {
        await propertyCheck(input: Self.returns) { r in
            let p5 = percentile(r, 5)!, p50 = percentile(r, 50)!, p95 = percentile(r, 95)!
            #expect(r.min()! <= p5 && p5 <= p50 && p50 <= p95 && p95 <= r.max()!)
            #expect(percentile(r, 0) == r.min() && percentile(r, 100) == r.max())
        }
    }
}
