/// Rolling metrics over a fixed window of `window` returns, one value per window end.
///
/// `days[k]` is the date of the last return in the k-th window; the first window ends on the
/// `window`-th return. A window whose variance is zero (all returns equal) gives `nil`
/// where the metric divides by it. The benchmark columns are `nil` without a benchmark.
public struct RollingMetrics: Sendable, Equatable {
    /// Window length in periods.
    public var window: Int
    /// The date of each window's last return.
    public var days: [TradingDay]
    /// `std(r, ddof = 1) · √ppy` per window (pandas `rolling(window).std()` annualised).
    public var volatility: [Double?]
    /// `(mean(r) − rf) / std(r, ddof = 1) · √ppy` per window.
    public var sharpe: [Double?]
    /// `cov(r, b) / var(b)` per window.
    public var beta: [Double?]?
    /// Pearson correlation of r and b per window (pandas `rolling(window).corr()`).
    public var correlation: [Double?]?
}

/// Rolling volatility, Sharpe ratio, beta and correlation in O(n).
///
/// Running sums are kept of values shifted by the first window's mean (so squares do not
/// cancel) and recomputed exactly every `window` steps, bounding rounding drift; zero variance
/// is detected exactly by counting changes between neighbours inside the window.
/// Fewer returns than `window` give empty columns. `window` must be at least 2.
public func rollingMetrics(days: [TradingDay], returns: [Double], benchmark: [Double]? = nil, window: Int,
                           riskFreePerPeriod: Double = 0, periodsPerYear: Int) -> RollingMetrics {
    precondition(window >= 2, "a rolling window needs at least two returns")
    precondition(days.count == returns.count, "days and returns differ in length")
    if let benchmark { precondition(benchmark.count == returns.count, "benchmark must be aligned to the returns") }
    let n = returns.count
    let hasBenchmark = benchmark != nil
    var result = RollingMetrics(window: window, days: [], volatility: [], sharpe: [],
                                beta: hasBenchmark ? [] : nil, correlation: hasBenchmark ? [] : nil)
    guard n >= window else { return result }
    let x = returns
    let y = benchmark ?? []
    let w = Double(window)
    let annual = Double(periodsPerYear).squareRoot()
    var shiftX = 0.0, shiftY = 0.0
    for i in 0..<window {
        shiftX += x[i]
        if hasBenchmark { shiftY += y[i] }
    }
    shiftX /= w
    shiftY /= w
    var sx = 0.0, sxx = 0.0, sy = 0.0, syy = 0.0, sxy = 0.0
    var changesX = 0, changesY = 0
    var betas: [Double?] = [], correlations: [Double?] = []
    let outputs = n - window + 1
    result.days.reserveCapacity(outputs)
    result.volatility.reserveCapacity(outputs)
    result.sharpe.reserveCapacity(outputs)
    for end in (window - 1)..<n {
        let start = end - window + 1
        if (end - window + 1) % window == 0 {
            sx = 0; sxx = 0; sy = 0; syy = 0; sxy = 0; changesX = 0; changesY = 0
            for k in start...end {
                let dx = x[k] - shiftX
                sx += dx; sxx += dx * dx
                if k > start, x[k] != x[k - 1] { changesX += 1 }
                if hasBenchmark {
                    let dy = y[k] - shiftY
                    sy += dy; syy += dy * dy; sxy += dx * dy
                    if k > start, y[k] != y[k - 1] { changesY += 1 }
                }
            }
        } else {
            let old = start - 1
            let dxOld = x[old] - shiftX, dxNew = x[end] - shiftX
            sx += dxNew - dxOld
            sxx += dxNew * dxNew - dxOld * dxOld
            if x[end] != x[end - 1] { changesX += 1 }
            if x[start] != x[old] { changesX -= 1 }
            if hasBenchmark {
                let dyOld = y[old] - shiftY, dyNew = y[end] - shiftY
                sy += dyNew - dyOld
                syy += dyNew * dyNew - dyOld * dyOld
                sxy += dxNew * dyNew - dxOld * dyOld
                if y[end] != y[end - 1] { changesY += 1 }
                if y[start] != y[old] { changesY -= 1 }
            }
        }
        let varianceX = changesX == 0 ? 0 : Swift.max(0, (sxx - sx * sx / w) / (w - 1))
        let deviationX = varianceX.squareRoot()
        result.days.append(days[end])
        result.volatility.append(deviationX * annual)
        let meanX = shiftX + sx / w
        result.sharpe.append(changesX == 0 || deviationX == 0 ? nil : (meanX - riskFreePerPeriod) / deviationX * annual)
        if hasBenchmark {
            let varianceY = changesY == 0 ? 0 : Swift.max(0, (syy - sy * sy / w) / (w - 1))
            let covariance = (sxy - sx * sy / w) / (w - 1)
            betas.append(varianceY > 0 ? covariance / varianceY : nil)
            let product = varianceX * varianceY
            correlations.append(product > 0 ? Swift.max(-1, Swift.min(1, covariance / product.squareRoot())) : nil)
        }
    }
    if hasBenchmark {
        result.beta = betas
        result.correlation = correlations
    }
    return result
}
