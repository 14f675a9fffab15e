import RealModule

/// Every metric of one return series (and optionally a benchmark), as plain numbers.
///
/// This is the hot path: `compute` reads the returns in two fused passes plus one selection
/// for the percentiles, allocates nothing, and takes a caller-owned scratch buffer so that a
/// panel of thousands of series reuses one buffer. The values equal those of the small
/// public functions (`sharpeRatio`, `maxDrawdown`, …), whose doc comments give each formula,
/// its `nil` conditions and its reference.
public struct ReturnMetrics: Sendable, Equatable {
    public var count = 0
    public var totalReturn: Double?
    public var cagr: Double?
    public var annualVolatility: Double?
    public var sharpe: Double?
    public var sortino: Double?
    public var maxDrawdown: Double?
    public var calmar: Double?
    public var omega: Double?
    public var tailRatio: Double?
    public var skew: Double?
    public var kurtosis: Double?
    public var valueAtRisk95: Double?
    public var stability: Double?
    /// Benchmark metrics; `nil` without a benchmark or when not computable.
    public var beta: Double?
    public var alpha: Double?
    public var correlation: Double?
    public var upCapture: Double?
    public var downCapture: Double?
    public var trackingError: Double?
    public var informationRatio: Double?

    public init() {}

    /// Computes every metric from arrays (allocates one scratch buffer).
    public init(returns: [Double], benchmark: [Double]? = nil, riskFreePerPeriod: Double = 0,
                periodsPerYear: Int, convention: MetricsConvention = .empyrical) {
        var scratch = [Double](repeating: 0, count: returns.count)
        self = returns.withUnsafeBufferPointer { r in
            scratch.withUnsafeMutableBufferPointer { s in
                if let benchmark {
                    return benchmark.withUnsafeBufferPointer { b in
                        ReturnMetrics.compute(returns: r, benchmark: b, riskFreePerPeriod: riskFreePerPeriod,
                                              periodsPerYear: periodsPerYear, convention: convention, scratch: s)
                    }
                }
                return ReturnMetrics.compute(returns: r, benchmark: nil, riskFreePerPeriod: riskFreePerPeriod,
                                             periodsPerYear: periodsPerYear, convention: convention, scratch: s)
            }
        }
    }

    /// Computes every metric of `returns` (and against `benchmark`, of equal length, when
    /// given). `scratch` must hold at least `returns.count` elements; its contents are
    /// overwritten. Thread-safe as long as each thread owns its scratch.
    public static func compute(returns r: UnsafeBufferPointer<Double>, benchmark b: UnsafeBufferPointer<Double>?,
                               riskFreePerPeriod rf: Double, periodsPerYear ppy: Int,
                               convention: MetricsConvention, scratch: UnsafeMutableBufferPointer<Double>) -> ReturnMetrics {
        let n = r.count
        precondition(scratch.count >= n, "scratch must hold every return")
        if let b { precondition(b.count == n, "benchmark must be aligned to the returns") }
        var out = ReturnMetrics()
        out.count = n
        guard n > 0 else { return out }

        // Pass 1: sums, exact-constancy flags, drawdown, downside, omega, capture, log levels.
        let first = r[0]
        var sum = 0.0, constant = true
        var wealth = 1.0, peak = 1.0, worst = 0.0
        var downside = 0.0, gains = 0.0, losses = 0.0
        var level = 0.0, sumLevel = 0.0
        var sumB = 0.0, sumA = 0.0, constantB = true, constantA = true
        var capture = CaptureProducts()
        let firstB = b?[0] ?? 0, firstA = first - firstB
        for i in 0..<n {
            let x = r[i]
            sum += x
            constant = constant && x == first
            wealth *= 1 + x
            if wealth > peak { peak = wealth }
            let drawdown = wealth / peak - 1
            if drawdown < worst { worst = drawdown }
            let shortfall = Swift.min(x, 0)
            downside += shortfall * shortfall
            if x > 0 { gains += x } else { losses -= x }
            level += Double.log(onePlus: x)
            scratch[i] = level
            sumLevel += level
            if let b {
                let y = b[i], a = x - y
                sumB += y
                sumA += a
                constantB = constantB && y == firstB
                constantA = constantA && a == firstA
                capture.add(x, benchmark: y)
            }
        }
        let nd = Double(n)
        let mean = sum / nd, meanB = sumB / nd, meanA = sumA / nd, meanLevel = sumLevel / nd
        let meanIndex = Double(n - 1) / 2

        // Pass 2: centred sums.
        var s2 = 0.0, s3 = 0.0, s4 = 0.0, sBB = 0.0, sRB = 0.0, sAA = 0.0, sLI = 0.0, sLL = 0.0
        for i in 0..<n {
            let d = r[i] - mean
            let d2 = d * d
            s2 += d2
            s3 += d2 * d
            s4 += d2 * d2
            let dl = scratch[i] - meanLevel
            sLI += (Double(i) - meanIndex) * dl
            sLL += dl * dl
            if let b {
                let dy = b[i] - meanB
                let da = (r[i] - b[i]) - meanA
                sBB += dy * dy
                sRB += d * dy
                sAA += da * da
            }
        }

        var moments = MomentSums(empty: n)
        moments.mean = mean
        moments.sumSquares = s2
        moments.sumCubes = s3
        moments.sumFourths = s4
        moments.isConstant = constant
        out.totalReturn = wealth - 1
        out.cagr = annualised(growth: wealth, count: n, periodsPerYear: ppy)
        if let variance = moments.sampleVariance {
            out.annualVolatility = constant ? 0 : (variance * Double(ppy)).squareRoot()
        }
        out.sharpe = sharpeFromMoments(meanExcess: mean - rf, moments: moments, periodsPerYear: ppy)
        if n >= 2 {
            out.sortino = sortinoFromDeviation(meanExcess: mean, downsidePerPeriod: (downside / nd).squareRoot(),
                                  periodsPerYear: ppy, convention: convention)
            out.omega = losses > 0 ? gains / losses : nil
        }
        out.maxDrawdown = Swift.max(-1, worst)
        out.calmar = calmarFromValues(cagr: out.cagr, maxDrawdown: out.maxDrawdown)
        out.skew = skewness(moments)
        out.kurtosis = excessKurtosis(moments)
        if n >= 2, level.isFinite, sLL > 0 {
            let sII = nd * (nd * nd - 1) / 12
            let rho = Swift.max(-1, Swift.min(1, sLI / (sII * sLL).squareRoot()))
            out.stability = rho * rho
        }

        if b != nil {
            var co = CoMomentSums(empty: n)
            co.meanX = mean
            co.meanY = meanB
            co.sumXX = s2
            co.sumYY = sBB
            co.sumXY = sRB
            co.xIsConstant = constant
            co.yIsConstant = constantB
            out.beta = betaFromMoments(co)
            out.alpha = alphaFromMoments(co, riskFreePerPeriod: rf, periodsPerYear: ppy)
            out.correlation = correlationFromMoments(co)
            out.upCapture = capture.ratio(.up, periodsPerYear: ppy, convention: convention)
            out.downCapture = capture.ratio(.down, periodsPerYear: ppy, convention: convention)
            if n >= 2 {
                let activeVariance = sAA / (nd - 1)
                out.trackingError = constantA ? 0 : (activeVariance * Double(ppy)).squareRoot()
                if !constantA, activeVariance > 0 {
                    out.informationRatio = meanA / activeVariance.squareRoot() * Double(ppy).squareRoot()
                }
            }
        }

        // Percentiles (the log levels in scratch are no longer needed).
        let (low, high) = lowAndHighPercentiles(r, scratch: scratch)
        out.valueAtRisk95 = low
        out.tailRatio = low != 0 ? abs(high) / abs(low) : nil
        return out
    }
}

extension MomentSums {
    /// Sums to be filled in by a fused pass.
    init(empty count: Int) {
        self.count = count
    }
}

extension CoMomentSums {
    /// Sums to be filled in by a fused pass.
    init(empty count: Int) {
        self.count = count
    }
}
