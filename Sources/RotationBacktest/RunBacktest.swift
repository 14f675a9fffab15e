import RotationCore

/// Runs a spec on aligned data: validates the spec against the data (unknown symbol, weights
/// not summing to 1, empty date range, missing rate series … as `BacktestError`) and dispatches
/// to the strategy's engine. Pure and deterministic; the result has no metrics (the use case
/// attaches them from `equity`).
public func runBacktest(_ spec: BacktestSpec, on data: BacktestData) throws -> BacktestResult {
    for (field, value) in [("commission_bps", spec.commissionBps), ("slippage_bps", spec.slippageBps),
                           ("borrow_bps", spec.borrowBps)] where !(value >= 0 && value.isFinite) {
        throw BacktestError.invalidValue(field: field, reason: "must be a number ≥ 0, got \(value)")
    }
    switch spec.strategy {
    case .allocation: return try runAllocation(spec, on: data)
    case .pairs: return try runPairs(spec, on: data)
    case .rotation: return try runRotation(spec, on: data)
    }
}
