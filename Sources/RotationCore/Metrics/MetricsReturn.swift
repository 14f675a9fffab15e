import RealModule

// Return and risk metrics of one return series. Returns are simple returns per period, as
// fractions. Each function follows empyrical (`empyrical-reloaded`) unless it says otherwise,
// and gives `nil` where empyrical gives NaN or infinity.

/// Compound annual growth rate: `(Π(1 + rᵢ))^(periodsPerYear / n) − 1`.
///
/// `nil` when there are no returns or the ending value is negative (a return below −1).
/// A total loss gives −1. Reference: empyrical `annual_return` (alias `cagr`).
public func compoundAnnualGrowthRate(_ returns: [Double], periodsPerYear: Int) -> Double? {
    withBuffer(returns) { r in
        guard let total = totalReturn(r) else { return nil }
        return annualised(growth: 1 + total, count: r.count, periodsPerYear: periodsPerYear)
    }
}

/// `growth^(periodsPerYear / count) − 1`; `nil` when `count` is 0 or `growth` is negative.
func annualised(growth: Double, count: Int, periodsPerYear: Int) -> Double? {
    guard count > 0, growth >= 0 else { return nil }
    if growth == 0 { return -1 }
    return Double.pow(growth, Double(periodsPerYear) / Double(count)) - 1
}

/// Annualised volatility: `std(r, ddof = 1) · √periodsPerYear`.
///
/// `nil` below two returns; a constant series has volatility 0.
/// Reference: empyrical `annual_volatility`.
public func annualVolatility(_ returns: [Double], periodsPerYear: Int) -> Double? {
    withBuffer(returns) { r in
        let moments = MomentSums(r)
        guard let variance = moments.sampleVariance else { return nil }
        return moments.isConstant ? 0 : (variance * Double(periodsPerYear)).squareRoot()
    }
}

/// Sharpe ratio: `mean(r − rf) / std(r − rf, ddof = 1) · √periodsPerYear`, with `rf` the
/// risk-free return per period (see `riskFreePerPeriod(annual:periodsPerYear:)`).
///
/// `nil` below two returns or when the returns are constant (zero variance).
/// Reference: empyrical `sharpe_ratio`.
public func sharpeRatio(_ returns: [Double], riskFreePerPeriod: Double = 0, periodsPerYear: Int) -> Double? {
    withBuffer(returns) { r in
        let moments = MomentSums(r)
        return sharpeFromMoments(meanExcess: moments.mean - riskFreePerPeriod, moments: moments, periodsPerYear: periodsPerYear)
    }
}

func sharpeFromMoments(meanExcess: Double, moments: MomentSums, periodsPerYear: Int) -> Double? {
    guard let variance = moments.sampleVariance, !moments.isConstant, variance > 0 else { return nil }
    return meanExcess / variance.squareRoot() * Double(periodsPerYear).squareRoot()
}

/// Downside deviation against `target` (per period), over the full sample:
/// `√(mean(min(r − target, 0)²))`, annualised by `√periodsPerYear` when `annualise` is true.
///
/// `nil` below one return. Reference: empyrical `downside_risk`; PerformanceAnalytics
/// `DownsideDeviation(method = "full")` when not annualised.
public func downsideDeviation(_ returns: [Double], target: Double = 0, periodsPerYear: Int, annualise: Bool = true) -> Double? {
    guard !returns.isEmpty else { return nil }
    var sum = 0.0
    for r in returns {
        let shortfall = Swift.min(r - target, 0)
        sum += shortfall * shortfall
    }
    let perPeriod = (sum / Double(returns.count)).squareRoot()
    return annualise ? perPeriod * Double(periodsPerYear).squareRoot() : perPeriod
}

/// Sortino ratio against a target return per period (default 0).
///
/// - empyrical and morningstar: `mean(r − target) · ppy / (downside deviation · √ppy)`
///   (empyrical `sortino_ratio`, annualised).
/// - pa: `mean(r − target) / downside deviation per period` (PerformanceAnalytics
///   `SortinoRatio`, not annualised), i.e. the empyrical value divided by `√ppy`.
///
/// `nil` below two returns or when no return falls below the target (no downside: empyrical
/// gives infinity).
public func sortinoRatio(_ returns: [Double], target: Double = 0, periodsPerYear: Int,
                         convention: MetricsConvention = .empyrical) -> Double? {
    guard returns.count >= 2,
          let deviation = downsideDeviation(returns, target: target, periodsPerYear: periodsPerYear, annualise: false)
    else { return nil }
    let meanExcess = returns.reduce(0, +) / Double(returns.count) - target
    return sortinoFromDeviation(meanExcess: meanExcess, downsidePerPeriod: deviation, periodsPerYear: periodsPerYear, convention: convention)
}

func sortinoFromDeviation(meanExcess: Double, downsidePerPeriod: Double, periodsPerYear: Int, convention: MetricsConvention) -> Double? {
    guard downsidePerPeriod > 0 else { return nil }
    let perPeriod = meanExcess / downsidePerPeriod
    return convention == .pa ? perPeriod : perPeriod * Double(periodsPerYear).squareRoot()
}

/// Omega ratio at a per-period threshold (default 0):
/// `Σ max(r − threshold, 0) / Σ max(threshold − r, 0)`.
///
/// `nil` below two returns or when no return is below the threshold. Reference: empyrical
/// `omega_ratio` with `risk_free = 0`; empyrical takes an annual `required_return` and
/// converts it as `(1 + required)^(1/ppy) − 1`; pass the converted value here.
public func omegaRatio(_ returns: [Double], threshold: Double = 0) -> Double? {
    guard returns.count >= 2 else { return nil }
    var gains = 0.0, losses = 0.0
    for r in returns {
        let excess = r - threshold
        if excess > 0 { gains += excess } else if excess < 0 { losses -= excess }
    }
    return losses > 0 ? gains / losses : nil
}

/// Stability: R² of an ordinary least-squares fit of the cumulative log return
/// `yᵢ = Σ_{k≤i} log(1 + r_k)` against its index `i`.
///
/// `nil` below two returns, when a return is ≤ −1, or when `y` is constant (all returns 0).
/// Reference: empyrical `stability_of_timeseries` (scipy `linregress` rvalue squared).
public func stability(_ returns: [Double]) -> Double? {
    var scratch = [Double](repeating: 0, count: returns.count)
    return withBuffer(returns) { r in
        scratch.withUnsafeMutableBufferPointer { stability(r, scratch: $0) }
    }
}

/// `stability` writing the cumulative log returns into `scratch` (at least `returns.count`).
func stability(_ returns: UnsafeBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) -> Double? {
    let n = returns.count
    guard n >= 2 else { return nil }
    var level = 0.0, sum = 0.0
    for i in 0..<n {
        level += Double.log(onePlus: returns[i])
        scratch[i] = level
        sum += level
    }
    guard level.isFinite else { return nil }
    let meanY = sum / Double(n)
    let meanX = Double(n - 1) / 2
    var sxy = 0.0, syy = 0.0
    for i in 0..<n {
        let dy = scratch[i] - meanY
        sxy += (Double(i) - meanX) * dy
        syy += dy * dy
    }
    guard syy > 0 else { return nil }
    let nd = Double(n)
    let sxx = nd * (nd * nd - 1) / 12
    let r = Swift.max(-1, Swift.min(1, sxy / (sxx * syy).squareRoot()))
    return r * r
}
