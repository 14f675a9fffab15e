import Testing
import RotationCore

/// A five-return monthly series worked out by hand.
///
/// r = [0.10, −0.20, 0.05, 0.10, 0.00], benchmark b = [0.05, −0.10, 0.02, 0.05, 0.01], ppy = 12.
/// - mean r = 0.05 / 5 = 0.01; deviations 0.09, −0.21, 0.04, 0.09, −0.01;
///   Σd² = 0.0081 + 0.0441 + 0.0016 + 0.0081 + 0.0001 = 0.062; sample var = 0.062 / 4 = 0.0155.
/// - Sharpe = 0.01 / √0.0155 · √12 = 0.0803219 · 3.4641016 = 0.2782433.
/// - wealth 1.10, 0.88, 0.924, 1.0164, 1.0164: total return 0.0164; max drawdown 0.88 / 1.10 − 1 = −0.2.
/// - CAGR = 1.0164^(12/5) − 1 = e^(2.4 · 0.0162670) − 1 = 0.0398128; Calmar = 0.0398128 / 0.2 = 0.1990642.
/// - downside: only −0.20 → mean(min(r,0)²) = 0.04 / 5 = 0.008; Sortino = 0.01 / √0.008 · √12 = √0.15 = 0.3872983.
/// - omega = (0.10 + 0.05 + 0.10) / 0.20 = 1.25.
/// - sorted −0.20, 0.00, 0.05, 0.10, 0.10: p5 at h = 0.2 → −0.20 + 0.2 · 0.20 = −0.16; p95 at h = 3.8 → 0.10;
///   tail ratio = 0.10 / 0.16 = 0.625.
/// - Σd³ = 0.000729 − 0.009261 + 0.000064 + 0.000729 − 0.000001 = −0.00774;
///   skew = 5 · √4 / 3 · (−0.00774) / 0.062^1.5 = (10/3) · (−0.501364) = −1.6712144.
/// - Σd⁴ = 2 · 0.00006561 + 0.00194481 + 0.00000256 + 0.00000001 = 0.0020786;
///   kurtosis = 5·6·4 · 0.0020786 / (3·2 · 0.062²) − 3·4² / (3·2) = 10.8147763 − 8 = 2.8147763.
/// - mean b = 0.006; b deviations 0.044, −0.106, 0.014, 0.044, 0.004; Σd_b² = 0.01532;
///   Σd·d_b = 0.00396 + 0.02226 + 0.00056 + 0.00396 − 0.00004 = 0.0307; beta = 0.0307 / 0.01532 = 2.0039164.
/// (empyrical-reloaded 0.7.1 gives the same numbers to the last digit shown.)
struct MetricsFixtureTests {
    let returns = [0.10, -0.20, 0.05, 0.10, 0.00]
    let benchmark = [0.05, -0.10, 0.02, 0.05, 0.01]

    func near(_ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-7) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    @Test("a hand-worked five-return series has the hand-calculated metrics")
    func handCalculated() {
        let m = ReturnMetrics(returns: returns, benchmark: benchmark, periodsPerYear: 12)
        #expect(near(m.totalReturn, 0.0164, 1e-12))
        #expect(near(m.annualVolatility, (0.0155 * 12).squareRoot(), 1e-12))
        #expect(near(m.sharpe, 0.2782433))
        #expect(near(m.maxDrawdown, -0.2, 1e-12))
        #expect(near(m.cagr, 0.0398128))
        #expect(near(m.calmar, 0.1990642))
        #expect(near(m.sortino, 0.15.squareRoot(), 1e-12))
        #expect(near(m.omega, 1.25, 1e-12))
        #expect(near(m.valueAtRisk95, -0.16, 1e-12))
        #expect(near(m.tailRatio, 0.625, 1e-12))
        #expect(near(m.skew, -1.6712144))
        #expect(near(m.kurtosis, 2.8147763))
        #expect(near(m.beta, 2.0039164))
    }

    @Test("the fused kernel and the small functions agree on the hand-worked series")
    func kernelMatchesFunctions() {
        let m = ReturnMetrics(returns: returns, benchmark: benchmark, riskFreePerPeriod: 0.001, periodsPerYear: 12)
        #expect(m.sharpe == sharpeRatio(returns, riskFreePerPeriod: 0.001, periodsPerYear: 12))
        #expect(near(m.stability, stability(returns)!, 1e-14))
        #expect(near(m.alpha, alpha(returns, benchmark: benchmark, riskFreePerPeriod: 0.001, periodsPerYear: 12)!, 1e-14))
        #expect(near(m.informationRatio, informationRatio(returns, benchmark: benchmark, periodsPerYear: 12)!, 1e-14))
    }

    @Test("the PerformanceAnalytics Sortino is the empyrical one divided by the square root of periods per year")
    func sortinoProfiles() {
        let pa = sortinoRatio(returns, periodsPerYear: 12, convention: .pa)!
        let empyrical = sortinoRatio(returns, periodsPerYear: 12)!
        #expect(abs(pa * 12.0.squareRoot() - empyrical) < 1e-14)
        #expect(abs(pa - 0.01 / 0.008.squareRoot()) < 1e-14)
    }

    @Test("the annual risk-free rate converts to a period geometrically")
    func riskFreeConversion() {
        // (1.04)^(1/12) − 1 = 0.0032737398 (definition); 12 such months compound back to 4 %.
        let monthly = riskFreePerPeriod(annual: 0.04, periodsPerYear: 12)!
        #expect(abs(monthly - 0.0032737398) < 1e-10)
        #expect(riskFreePerPeriod(annual: -1, periodsPerYear: 12) == nil)
    }
}
