import RealModule

/// RS-Ratio and RS-Momentum of one relative-strength series, computed with trailing windows.
///
/// For period closes RS_t = 100·A_t/B_t and a window n, lag k:
/// - RS-Ratio_t = 100 + (RS_t − mean(RS_{t−n+1…t})) / sd(RS_{t−n+1…t})
/// - ROC_t = 100·(RS-Ratio_t / RS-Ratio_{t−k} − 1)
/// - RS-Momentum_t = 100 + (ROC_t − mean(ROC_{t−n+1…t})) / sd(ROC_{t−n+1…t})
/// with sd the population standard deviation (divisor n). A value is `nil` while its window is
/// not full or when the window's sd is 0. Each value is recomputed from its own window (no
/// running sums), so it is bit-for-bit the same whatever data precede or follow the window.
struct RotationScores {
    /// RS-Ratio per index of `rs`; `nil` where not computed.
    var ratio: [Double?]
    /// RS-Momentum per index of `rs`; `nil` where not computed.
    var momentum: [Double?]

    /// Computes only what the last `needed` momentum values depend on (O(needed·n)).
    init(rs: [Double], window n: Int, lag k: Int, needed: Int) {
        let m = rs.count
        ratio = Array(repeating: nil, count: m)
        momentum = Array(repeating: nil, count: m)
        let firstMomentum = max(0, m - needed)
        let firstRatio = max(n - 1, firstMomentum - n + 1 - k)
        guard firstRatio < m else { return }
        for t in firstRatio..<m {
            ratio[t] = RotationScores.standardised(rs, endingAt: t, window: n).map { 100 + $0 }
        }
        var roc = Array(repeating: Double.nan, count: m)
        for t in stride(from: firstRatio + k, to: m, by: 1) {
            if let now = ratio[t], let before = ratio[t - k] { roc[t] = 100 * (now / before - 1) }
        }
        for t in stride(from: max(firstMomentum, firstRatio + k + n - 1), to: m, by: 1) {
            momentum[t] = RotationScores.standardised(roc, endingAt: t, window: n).map { 100 + $0 }
        }
    }

    /// (x_t − mean) / sd over x_{t−n+1…t}; `nil` when the window starts before 0, holds a NaN,
    /// or has zero spread.
    static func standardised(_ x: [Double], endingAt t: Int, window n: Int) -> Double? {
        let start = t - n + 1
        guard start >= 0 else { return nil }
        var sum = 0.0
        for i in start...t { sum += x[i] }
        let mean = sum / Double(n)
        var squares = 0.0
        for i in start...t { squares += (x[i] - mean) * (x[i] - mean) }
        let sd = Double.sqrt(squares / Double(n))
        guard sd.isFinite, sd > 0 else { return nil }
        return (x[t] - mean) / sd
    }
}
