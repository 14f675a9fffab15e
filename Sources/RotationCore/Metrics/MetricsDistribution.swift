// The shape of a return distribution: skew, kurtosis, percentiles, value at risk and the
// tail ratio.

/// Sample skewness, bias-corrected (adjusted Fisher–Pearson G₁):
/// `n · √(n − 1) / (n − 2) · Σ(x − x̄)³ / (Σ(x − x̄)²)^{3/2}`.
///
/// `nil` below three returns or for a constant series (pandas gives 0 there).
/// Reference: pandas `Series.skew()`.
public func skewness(_ returns: [Double]) -> Double? {
    withBuffer(returns) { skewness(MomentSums($0, higherMoments: true)) }
}

func skewness(_ m: MomentSums) -> Double? {
    guard m.count >= 3, !m.isConstant, m.sumSquares > 0 else { return nil }
    let n = Double(m.count)
    return n * (n - 1).squareRoot() / (n - 2) * m.sumCubes / (m.sumSquares * m.sumSquares.squareRoot())
}

/// Sample excess kurtosis, bias-corrected (G₂):
/// `n(n + 1)(n − 1) Σ(x − x̄)⁴ / ((n − 2)(n − 3) (Σ(x − x̄)²)²) − 3(n − 1)² / ((n − 2)(n − 3))`.
///
/// `nil` below four returns or for a constant series (pandas gives 0 there).
/// Reference: pandas `Series.kurt()` (excess kurtosis; a normal sample gives about 0).
public func excessKurtosis(_ returns: [Double]) -> Double? {
    withBuffer(returns) { excessKurtosis(MomentSums($0, higherMoments: true)) }
}

func excessKurtosis(_ m: MomentSums) -> Double? {
    guard m.count >= 4, !m.isConstant, m.sumSquares > 0 else { return nil }
    let n = Double(m.count)
    let adjustment = 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))
    let numerator = n * (n + 1) * (n - 1) * m.sumFourths
    let denominator = (n - 2) * (n - 3) * m.sumSquares * m.sumSquares
    return numerator / denominator - adjustment
}

/// The `percent`-th percentile (0…100) with linear interpolation between order statistics:
/// at virtual index `h = (n − 1) · percent / 100`, `x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)`.
///
/// `nil` for an empty sample. Reference: numpy `percentile(method = "linear")`, including its
/// interpolation formula for fractions ≥ ½.
public func percentile(_ values: [Double], _ percent: Double) -> Double? {
    precondition((0...100).contains(percent), "percent must lie in 0...100")
    guard !values.isEmpty else { return nil }
    var scratch = values
    return scratch.withUnsafeMutableBufferPointer { percentile(inPlace: $0, percent) }
}

/// Historical value at risk: the 5th percentile of period returns (a loss is negative).
///
/// `nil` for no returns. Reference: empyrical `value_at_risk(cutoff = 0.05)`.
public func valueAtRisk95(_ returns: [Double]) -> Double? {
    percentile(returns, 5)
}

/// Tail ratio: `|95th percentile| / |5th percentile|` of period returns.
///
/// `nil` for no returns or when the 5th percentile is 0. Reference: empyrical `tail_ratio`.
public func tailRatio(_ returns: [Double]) -> Double? {
    guard let high = percentile(returns, 95), let low = percentile(returns, 5), low != 0 else { return nil }
    return abs(high) / abs(low)
}
