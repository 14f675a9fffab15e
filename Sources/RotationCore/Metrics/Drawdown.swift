// The deepest fall of a compounded return series from its running peak.

/// Maximum drawdown: `min over i of (Wᵢ / max_{k≤i} W_k − 1)`, where `W₀ = 1` is the value
/// before the first return and `Wᵢ = Π_{k≤i}(1 + r_k)`.
///
/// Starting from `W₀ = 1` counts a loss in the first period as a drawdown. The result lies in
/// [−1, 0] (0 when the series never falls below a previous peak). `nil` for no returns.
/// Reference: empyrical `max_drawdown`.
public func maxDrawdown(_ returns: [Double]) -> Double? {
    withBuffer(returns) { maxDrawdown($0) }
}

func maxDrawdown(_ returns: UnsafeBufferPointer<Double>) -> Double? {
    guard !returns.isEmpty else { return nil }
    var wealth = 1.0, peak = 1.0, worst = 0.0
    for r in returns {
        wealth *= 1 + r
        if wealth > peak { peak = wealth }
        let drawdown = wealth / peak - 1
        if drawdown < worst { worst = drawdown }
    }
    return Swift.max(-1, worst)
}

/// Calmar ratio: `CAGR / |max drawdown|`.
///
/// `nil` when either is `nil` or the series has no drawdown (max drawdown 0).
/// Reference: empyrical `calmar_ratio`.
public func calmarRatio(_ returns: [Double], periodsPerYear: Int) -> Double? {
    guard let growth = compoundAnnualGrowthRate(returns, periodsPerYear: periodsPerYear),
          let drawdown = maxDrawdown(returns) else { return nil }
    return calmarFromValues(cagr: growth, maxDrawdown: drawdown)
}

func calmarFromValues(cagr: Double?, maxDrawdown: Double?) -> Double? {
    guard let cagr, let maxDrawdown, maxDrawdown < 0 else { return nil }
    return cagr / -maxDrawdown
}
