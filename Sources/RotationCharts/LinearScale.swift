/// A linear map from a value domain to a pixel range, with "nice" ticks.
///
/// Nice ticks are multiples of a step of 1, 2 or 5 × 10^k chosen so that at most `maxTicks`
/// ticks cover the data; the domain is widened outward to whole steps (`LinearScale.nice`).
public struct LinearScale: Sendable, Equatable {
    /// The values mapped to `rangeStart` and `rangeEnd`.
    public var domainLower: Double
    public var domainUpper: Double
    public var rangeStart: Double
    public var rangeEnd: Double

    /// A scale from `domainLower…domainUpper` onto `rangeStart…rangeEnd` (the range may run
    /// backwards, as a y axis does). An empty domain maps everything to the middle of the range.
    public init(domainLower: Double, domainUpper: Double, rangeStart: Double, rangeEnd: Double) {
        self.domainLower = domainLower
        self.domainUpper = domainUpper
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// The pixel position of `value`: rangeStart + (value − lower) / (upper − lower) · (rangeEnd − rangeStart).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainUpper - domainLower
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainLower) / span * (rangeEnd - rangeStart)
    }

    /// The tick step for data spanning `lower…upper`: the smallest of 1, 2, 5 × 10^k with at
    /// most `maxTicks` ticks (at least 2). An empty or non-finite span gives 1.
    public static func niceStep(lower: Double, upper: Double, maxTicks: Int = 6) -> Double {
        let span = upper - lower
        guard span.isFinite, span > 0 else { return 1 }
        let intervals = Double(max(maxTicks, 2) - 1)
        let rough = span / intervals
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        for multiple in [1.0, 2, 5, 10] {
            let step = multiple * magnitude
            let count = (upper / step).rounded(.up) - (lower / step).rounded(.down) + 1
            if count <= Double(maxTicks) { return step }
        }
        return 20 * magnitude
    }

    /// The domain widened outward to whole steps and the ticks in it, for data spanning
    /// `lower…upper`. A single value (lower == upper) is widened by one unit of its magnitude.
    public static func nice(lower: Double, upper: Double, maxTicks: Int = 6) -> (lower: Double, upper: Double, step: Double, ticks: [Double]) {
        var low = lower, high = upper
        if high <= low {
            let pad = low == 0 ? 1 : abs(low) * 0.05
            low -= pad
            high += pad
        }
        let step = niceStep(lower: low, upper: high, maxTicks: maxTicks)
        let first = (low / step).rounded(.down)
        let last = (high / step).rounded(.up)
        let ticks = stride(from: first, through: last, by: 1).map { index -> Double in
            let value = index * step
            return abs(value) < step * 1e-9 ? 0 : value
        }
        return (first * step, last * step, step, ticks)
    }
}
