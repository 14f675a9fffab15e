import RealModule

/// Which side of the benchmark a capture ratio looks at.
public enum CaptureSide: String, Sendable, Codable {
    /// Periods in which the benchmark rose (return > 0).
    case up
    /// Periods in which the benchmark fell (return < 0; ≤ 0 under `.pa`).
    case down
}

/// Up or down capture ratio: how much of the benchmark's move in its up (down) periods the
/// series captured, as a fraction (1.0 = all of it).
///
/// Over the periods selected by the benchmark's sign, with `R = Π(1 + r)` and `B = Π(1 + b)`
/// over the `k` selected periods:
/// - `.empyrical`: `(R^{ppy/k} − 1) / (B^{ppy/k} − 1)`, the ratio of annualised returns
///   (empyrical `up_capture` / `down_capture`); up is `b > 0`, down is `b < 0`.
/// - `.morningstar`: `(R^{1/k} − 1) / (B^{1/k} − 1)`, the ratio of geometric mean returns
///   (Morningstar's capture ratio, stated for monthly returns); up `b > 0`, down `b < 0`.
/// - `.pa`: `(R − 1) / (B − 1)`, the ratio of cumulative returns (PerformanceAnalytics
///   `UpDownRatios(method = "Capture", geometric = TRUE)`); up `b > 0`, down `b ≤ 0`.
///
/// `nil` when no period qualifies, when the benchmark's figure is 0, or when a product is
/// negative (a return below −1).
public func captureRatio(_ returns: [Double], benchmark: [Double], side: CaptureSide,
                         periodsPerYear: Int, convention: MetricsConvention = .empyrical) -> Double? {
    withPair(returns, benchmark) { r, b in
        var sums = CaptureProducts()
        for i in 0..<r.count { sums.add(r[i], benchmark: b[i]) }
        return sums.ratio(side, periodsPerYear: periodsPerYear, convention: convention)
    }
}

/// Running products for the capture ratios of all three conventions, filled in one pass.
struct CaptureProducts {
    var upSeries = 1.0, upBenchmark = 1.0, upCount = 0
    var downSeries = 1.0, downBenchmark = 1.0, downCount = 0
    /// Benchmark returns exactly 0 (counted as down periods by PerformanceAnalytics only).
    var flatSeries = 1.0, flatCount = 0

    @inline(__always)
    mutating func add(_ r: Double, benchmark b: Double) {
        if b > 0 {
            upSeries *= 1 + r
            upBenchmark *= 1 + b
            upCount += 1
        } else if b < 0 {
            downSeries *= 1 + r
            downBenchmark *= 1 + b
            downCount += 1
        } else {
            flatSeries *= 1 + r
            flatCount += 1
        }
    }

    func ratio(_ side: CaptureSide, periodsPerYear: Int, convention: MetricsConvention) -> Double? {
        var seriesGrowth = side == .up ? upSeries : downSeries
        let benchmarkGrowth = side == .up ? upBenchmark : downBenchmark
        var count = side == .up ? upCount : downCount
        if side == .down, convention == .pa {
            seriesGrowth *= flatSeries
            count += flatCount
        }
        guard count > 0, seriesGrowth >= 0, benchmarkGrowth >= 0 else { return nil }
        let exponent: Double
        switch convention {
        case .empyrical: exponent = Double(periodsPerYear) / Double(count)
        case .morningstar: exponent = 1 / Double(count)
        case .pa: exponent = 1
        }
        let seriesReturn = Double.pow(seriesGrowth, exponent) - 1
        let benchmarkReturn = Double.pow(benchmarkGrowth, exponent) - 1
        guard benchmarkReturn != 0 else { return nil }
        return seriesReturn / benchmarkReturn
    }
}
