import RealModule

/// A provisional Sharpe ratio for ranking sweep results, kept here so the pure engine can rank
/// without the shared metrics; the use case may re-rank with the shared `sharpeRatio`.
///
/// Formula: mean / sample standard deviation (n − 1) of the daily simple equity returns,
/// × √252, risk-free rate 0. Returns are fed one at a time (Welford's update, no array).
/// `nil` with fewer than two returns or a zero standard deviation.
struct ProvisionalSharpeAccumulator {
    private(set) var count = 0
    private var mean = 0.0
    private var sumSquaredDeviations = 0.0

    /// Adds one daily return.
    @inline(__always)
    mutating func add(_ dailyReturn: Double) {
        count += 1
        let delta = dailyReturn - mean
        mean += delta / Double(count)
        sumSquaredDeviations += delta * (dailyReturn - mean)
    }

    /// mean / std × √252, or `nil` (see the type's comment).
    var annualizedSharpe: Double? {
        guard count >= 2 else { return nil }
        let variance = sumSquaredDeviations / Double(count - 1)
        guard variance > 0 else { return nil }
        return mean / Double.sqrt(variance) * Double.sqrt(252)
    }
}
