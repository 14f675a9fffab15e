import RealModule

// Metrics of a return series against a benchmark's returns on the same dates (align first
// with `alignOnCommonDays`). Both arrays must have equal length.

/// Beta: `cov(r, b) / var(b)` (any common divisor cancels).
///
/// `nil` below two returns or when the benchmark is constant. Reference: empyrical `beta`
/// (which subtracts the risk-free rate from both sides first; a constant rate cancels).
public func beta(_ returns: [Double], benchmark: [Double]) -> Double? {
    withPair(returns, benchmark) { betaFromMoments(CoMomentSums($0, $1)) }
}

func betaFromMoments(_ m: CoMomentSums) -> Double? {
    guard m.count >= 2, !m.yIsConstant, m.sumYY > 0 else { return nil }
    return m.sumXY / m.sumYY
}

/// Jensen's alpha, annualised by compounding:
/// `(1 + mean((r − rf) − β (b − rf)))^periodsPerYear − 1`, with `rf` per period.
///
/// `nil` when beta is `nil`. Reference: empyrical `alpha` (with `risk_free = rf`).
public func alpha(_ returns: [Double], benchmark: [Double], riskFreePerPeriod: Double = 0, periodsPerYear: Int) -> Double? {
    withPair(returns, benchmark) { alphaFromMoments(CoMomentSums($0, $1), riskFreePerPeriod: riskFreePerPeriod, periodsPerYear: periodsPerYear) }
}

func alphaFromMoments(_ m: CoMomentSums, riskFreePerPeriod rf: Double, periodsPerYear: Int) -> Double? {
    guard let b = betaFromMoments(m) else { return nil }
    let perPeriod = (m.meanX - rf) - b * (m.meanY - rf)
    return Double.pow(1 + perPeriod, Double(periodsPerYear)) - 1
}

/// Pearson correlation of the two return series.
///
/// `nil` below two returns or when either series is constant. Reference: pandas
/// `Series.corr()` (empyrical has none).
public func correlation(_ returns: [Double], benchmark: [Double]) -> Double? {
    withPair(returns, benchmark) { correlationFromMoments(CoMomentSums($0, $1)) }
}

func correlationFromMoments(_ m: CoMomentSums) -> Double? {
    guard m.count >= 2, !m.xIsConstant, !m.yIsConstant, m.sumXX > 0, m.sumYY > 0 else { return nil }
    return Swift.max(-1, Swift.min(1, m.sumXY / (m.sumXX * m.sumYY).squareRoot()))
}

/// Annualised tracking error: `std(r − b, ddof = 1) · √periodsPerYear`.
///
/// `nil` below two returns; 0 when the active return is constant. empyrical has no tracking
/// error of its own: it uses `std(r − b, ddof = 1)` per period inside `excess_sharpe`. The
/// contract annualises every volatility, so this is that figure times `√periodsPerYear`.
public func trackingError(_ returns: [Double], benchmark: [Double], periodsPerYear: Int) -> Double? {
    withPair(returns, benchmark) { r, b in
        var active = [Double](repeating: 0, count: r.count)
        for i in 0..<r.count { active[i] = r[i] - b[i] }
        return annualVolatility(active, periodsPerYear: periodsPerYear)
    }
}

/// Information ratio, annualised: `mean(r − b) / std(r − b, ddof = 1) · √periodsPerYear`.
///
/// `nil` below two returns or when the active return is constant. Reference: empyrical
/// `excess_sharpe` (per period) times `√periodsPerYear`: the contract annualises ratios
/// as the Sharpe ratio is annualised.
public func informationRatio(_ returns: [Double], benchmark: [Double], periodsPerYear: Int) -> Double? {
    withPair(returns, benchmark) { r, b in
        var active = [Double](repeating: 0, count: r.count)
        for i in 0..<r.count { active[i] = r[i] - b[i] }
        return sharpeRatio(active, periodsPerYear: periodsPerYear)
    }
}

@inline(__always)
func withPair<R>(_ x: [Double], _ y: [Double], _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> R) -> R {
    precondition(x.count == y.count, "a series and its benchmark must be aligned to equal length")
    return x.withUnsafeBufferPointer { xb in y.withUnsafeBufferPointer { yb in body(xb, yb) } }
}
