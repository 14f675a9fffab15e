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

/// numpy's linear percentile of `values`, reordering them (selection, O(n) on average).
/// `lowerBound` lets a second call skip elements already known to lie below its rank.
func percentile(inPlace values: UnsafeMutableBufferPointer<Double>, _ percent: Double, lowerBound: Int = 0) -> Double {
    let n = values.count
    let h = (percent / 100) * Double(n - 1)
    let below = Int(h.rounded(.down))
    let fraction = h - Double(below)
    let a = select(values, rank: below, from: lowerBound)
    guard below + 1 < n, fraction > 0 else { return a }
    var b = values[below + 1]
    for i in (below + 2)..<n where values[i] < b { b = values[i] }
    let difference = b - a
    return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
}

/// Quickselect (Hoare partition, median-of-three pivot): afterwards `values[rank]` holds the
/// element of that rank, everything before it is ≤ and everything after it is ≥.
/// Elements before `from` must already be ≤ every element at or after it.
func select(_ values: UnsafeMutableBufferPointer<Double>, rank: Int, from: Int = 0) -> Double {
    var low = from, high = values.count - 1
    while high > low {
        let mid = low + (high - low) / 2
        if values[mid] < values[low] { values.swapAt(mid, low) }
        if values[high] < values[low] { values.swapAt(high, low) }
        if values[high] < values[mid] { values.swapAt(high, mid) }
        let pivot = values[mid]
        var i = low, j = high
        while i <= j {
            while values[i] < pivot { i += 1 }
            while pivot < values[j] { j -= 1 }
            if i <= j {
                values.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        if rank <= j { high = j } else if rank >= i { low = i } else { break }
    }
    return values[rank]
}
