/// Centred power sums of one sample, computed in two passes (mean first, then deviations),
/// which keeps the variance accurate when the mean is large next to the spread.
struct MomentSums {
    /// Number of observations.
    var count = 0
    /// Arithmetic mean.
    var mean = 0.0
    /// `Σ (x − mean)²`.
    var sumSquares = 0.0
    /// `Σ (x − mean)³` (only when requested).
    var sumCubes = 0.0
    /// `Σ (x − mean)⁴` (only when requested).
    var sumFourths = 0.0
    /// True when every observation is exactly equal (zero variance, tested exactly rather
    /// than through a rounded `sumSquares`).
    var isConstant = true

    init(_ x: UnsafeBufferPointer<Double>, higherMoments: Bool = false) {
        count = x.count
        guard count > 0 else { return }
        var sum = 0.0
        let first = x[0]
        var constant = true
        for value in x {
            sum += value
            constant = constant && value == first
        }
        isConstant = constant
        mean = sum / Double(count)
        if higherMoments {
            var s2 = 0.0, s3 = 0.0, s4 = 0.0
            for value in x {
                let d = value - mean
                let d2 = d * d
                s2 += d2
                s3 += d2 * d
                s4 += d2 * d2
            }
            sumSquares = s2
            sumCubes = s3
            sumFourths = s4
        } else {
            var s2 = 0.0
            for value in x {
                let d = value - mean
                s2 += d * d
            }
            sumSquares = s2
        }
    }

    /// Sample variance (divisor n − 1); `nil` below two observations.
    var sampleVariance: Double? {
        count >= 2 ? sumSquares / Double(count - 1) : nil
    }
}

/// Means, centred sums and the centred cross sum of two equally long samples.
struct CoMomentSums {
    var count = 0
    var meanX = 0.0, meanY = 0.0
    /// `Σ (x − x̄)²`, `Σ (y − ȳ)²`, `Σ (x − x̄)(y − ȳ)`.
    var sumXX = 0.0, sumYY = 0.0, sumXY = 0.0
    var xIsConstant = true, yIsConstant = true

    init(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) {
        precondition(x.count == y.count, "paired samples must have equal length")
        count = x.count
        guard count > 0 else { return }
        var sx = 0.0, sy = 0.0
        let x0 = x[0], y0 = y[0]
        var cx = true, cy = true
        for i in 0..<count {
            sx += x[i]
            sy += y[i]
            cx = cx && x[i] == x0
            cy = cy && y[i] == y0
        }
        xIsConstant = cx
        yIsConstant = cy
        meanX = sx / Double(count)
        meanY = sy / Double(count)
        var xx = 0.0, yy = 0.0, xy = 0.0
        for i in 0..<count {
            let dx = x[i] - meanX, dy = y[i] - meanY
            xx += dx * dx
            yy += dy * dy
            xy += dx * dy
        }
        sumXX = xx
        sumYY = yy
        sumXY = xy
    }
}

/// Runs `body` over the array's storage (a buffer view, no copy).
@inline(__always)
func withBuffer<R>(_ values: [Double], _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    values.withUnsafeBufferPointer(body)
}
