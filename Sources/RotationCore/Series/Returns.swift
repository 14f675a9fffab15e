/// Simple returns: `r[i] = close[i] / close[i − 1] − 1`, dated on the later day.
///
/// A series of n closes gives n − 1 returns; the first return is dated on the second close.
/// Matches pandas' `Series.pct_change().dropna()` and empyrical's `simple_returns`.
extension Series {
    /// The simple returns of this price series, named as it and of kind `.return`.
    /// Fewer than two closes give an empty series.
    public func simpleReturns() -> Series {
        guard count >= 2 else { return Series(name: name, kind: .return, days: [], values: []) }
        var out = [Double](repeating: 0, count: count - 1)
        values.withUnsafeBufferPointer { closes in
            out.withUnsafeMutableBufferPointer { returns in
                writeSimpleReturns(closes: closes, into: returns)
            }
        }
        return Series(name: name, kind: .return, days: Array(days.dropFirst()), values: out)
    }

    /// One growth of 1 through every return: `Π(1 + r) − 1` (empyrical `cum_returns_final`).
    /// `nil` for an empty series.
    public func compoundedReturn() -> Double? {
        totalReturn(values)
    }
}

/// Writes `closes[i + 1] / closes[i] − 1` into `returns[i]`; `returns` holds one fewer element
/// than `closes`. No allocation: the hot path for panels.
public func writeSimpleReturns(closes: UnsafeBufferPointer<Double>, into returns: UnsafeMutableBufferPointer<Double>) {
    precondition(returns.count + 1 == closes.count, "returns must be one shorter than closes")
    var previous = closes[0]
    for i in 0..<returns.count {
        let next = closes[i + 1]
        returns[i] = next / previous - 1
        previous = next
    }
}

/// Total (cumulative) return `Π(1 + rᵢ) − 1`.
///
/// `nil` for no returns. Reference: empyrical `cum_returns_final`.
public func totalReturn(_ returns: [Double]) -> Double? {
    returns.withUnsafeBufferPointer { totalReturn($0) }
}

/// Total (cumulative) return `Π(1 + rᵢ) − 1` over a buffer; `nil` when empty.
public func totalReturn(_ returns: UnsafeBufferPointer<Double>) -> Double? {
    guard !returns.isEmpty else { return nil }
    var growth = 1.0
    for r in returns { growth *= 1 + r }
    return growth - 1
}
