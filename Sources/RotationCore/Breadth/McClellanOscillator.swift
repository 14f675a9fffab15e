/// The McClellan oscillator and summation index of a series of daily advances and declines.
///
/// - Net advances: `A − D`. Ratio-adjusted net advances: `(A − D) / (A + D) × 1000` (0 when
///   `A + D = 0`, every covered member unchanged).
/// - EMA(n), `α = 2 / (n + 1)`, seeded with the simple average of the first `n` values: the
///   EMA exists from the `n`-th value on; `EMA_t = EMA_{t−1} + α (x_t − EMA_{t−1})`.
/// - Oscillator: `EMA19 − EMA39` of net advances, from the 39th value on (`nil` before).
///   The ratio-adjusted oscillator is the same of ratio-adjusted net advances.
/// - Summation index: the cumulative sum of the oscillator, starting at 0 (its first value is
///   the first oscillator value). Some vendors add a constant (1000 for the ratio-adjusted
///   form); differences between dates do not depend on it.
///
/// Matches the definition published by McClellan Financial Publications (19/39-day
/// exponential averages of net advances; "ratio-adjusted" divides by advances + declines).
/// Vendors seed the averages differently, so values converge to theirs only after a few
/// months of history.
public struct McClellanOscillator: Sendable, Equatable {
    /// Fast and slow EMA lengths (19 and 39).
    public static let fastPeriod = 19
    public static let slowPeriod = 39

    /// One value per input day, `nil` until the slow EMA exists.
    public var oscillator: [Double?]
    public var ratioAdjusted: [Double?]
    /// Cumulative sums of `oscillator` and `ratioAdjusted` from 0.
    public var summation: [Double?]
    public var ratioAdjustedSummation: [Double?]

    /// Computes all four series from daily advancers and decliners (same length).
    public init(advancers: [Int], decliners: [Int]) {
        precondition(advancers.count == decliners.count, "advancers and decliners differ in length")
        let net = zip(advancers, decliners).map { Double($0 - $1) }
        let ratio = zip(advancers, decliners).map { a, d in a + d == 0 ? 0 : Double(a - d) / Double(a + d) * 1000 }
        oscillator = McClellanOscillator.difference(net)
        ratioAdjusted = McClellanOscillator.difference(ratio)
        summation = McClellanOscillator.runningSum(oscillator)
        ratioAdjustedSummation = McClellanOscillator.runningSum(ratioAdjusted)
    }

    /// EMA of `values` with `α = 2/(period+1)`, seeded by the simple average of the first
    /// `period` values; `nil` before the `period`-th value.
    public static func seededEMA(_ values: [Double], period: Int) -> [Double?] {
        precondition(period >= 1, "EMA period must be positive")
        var result = [Double?](repeating: nil, count: values.count)
        guard values.count >= period else { return result }
        let alpha = 2.0 / Double(period + 1)
        var ema = values[0..<period].reduce(0, +) / Double(period)
        result[period - 1] = ema
        for i in period..<values.count {
            ema += alpha * (values[i] - ema)
            result[i] = ema
        }
        return result
    }

    static func difference(_ values: [Double]) -> [Double?] {
        let fast = seededEMA(values, period: fastPeriod)
        let slow = seededEMA(values, period: slowPeriod)
        return zip(fast, slow).map { f, s in
            guard let f, let s else { return nil }
            return f - s
        }
    }

    static func runningSum(_ values: [Double?]) -> [Double?] {
        var total = 0.0
        return values.map { value in
            guard let value else { return nil }
            total += value
            return total
        }
    }
}
