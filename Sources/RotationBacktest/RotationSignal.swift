import RotationCore

/// The signal arrays one parameter set reads, borrowed from the market's caches.
struct RotationSignal {
    var momentum: [Double]
    /// `nil` without a moving-average filter.
    var aboveA: [Int8]?
    var aboveB: [Int8]?
    var decisions: [Bool]
    var threshold: Double
    var fallback: MovingAverageFallback

    /// Target weights (A, B) decided at close `t`; cash until the signal is ready.
    @inline(__always)
    func target(at t: Int) -> (Double, Double) {
        guard t >= 0 else { return (0, 0) }
        let m = momentum[t]
        guard !m.isNaN else { return (0, 0) }
        guard let aboveA, let aboveB else {
            return m > threshold ? (1, 0) : (m < -threshold ? (0, 1) : (0.5, 0.5))
        }
        let bA = aboveA[t], bB = aboveB[t]
        guard bA >= 0, bB >= 0 else { return (0, 0) }
        if m > threshold {
            return bA == 1 ? (1, 0) : (fallback == .other && bB == 1 ? (0, 1) : (0, 0))
        }
        if m < -threshold {
            return bB == 1 ? (0, 1) : (fallback == .other && bA == 1 ? (1, 0) : (0, 0))
        }
        return (bA == 1 ? 0.5 : 0, bB == 1 ? 0.5 : 0)
    }
}
