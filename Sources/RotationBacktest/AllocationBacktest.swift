import RotationCore

/// Fixed-weight allocation: buy the target weights at the first common close, then trade back
/// to them when the rebalance rule fires.
///
/// Conventions: equity is 1 at the first common close on or after `from`, before costs; the
/// entry trades notional 1 and so costs (commission + slippage) bps × 1. Calendar rules fire at
/// the last common close of each period, bands at any close where a weight has left its band;
/// never on the first (the entry) or the last day. Weights are fractions of equity, ≥ 0,
/// summing to 1 within 1e-9, so cash is 0 after every trade (up to rounding).
func runAllocation(_ spec: BacktestSpec, on data: BacktestData) throws -> BacktestResult {
    try spec.checkBeforeRun()
    let symbols = spec.symbols
    let fractions = symbols.map { spec.weights[$0]! }
    let rule = spec.effectiveRebalance
    let bands = try bandLimits(rule, symbols: symbols, targets: fractions)
    let run = try data.aligned(symbols, from: spec.from, to: spec.to)

    var ledger = PortfolioLedger(symbols: symbols, costRate: spec.costRate, capacity: run.end - run.start + 1)
    var previous = run.prices.map { $0[run.start] }
    for t in run.start...run.end {
        let prices = run.prices.map { $0[t] }
        if t == run.start {
            ledger.trade(to: fractions, at: prices, on: run.days[t])
        } else {
            ledger.accrue(from: previous, to: prices, interest: 0)
            if t < run.end && shouldRebalance(rule, bands: bands, ledger: ledger, days: run.days, at: t, prices: prices) {
                ledger.trade(to: fractions, at: prices, on: run.days[t])
            }
        }
        ledger.close(run.days[t], at: prices)
        previous = prices
        if ledger.ruinedOn != nil { break }
    }
    return ledger.result(.allocation, lastPrices: previous)
}

/// Whether the rule fires at the close of `days[t]` (not the first or last day; the caller checks).
func shouldRebalance(_ rule: RebalanceRule, bands: [WeightBand?]?, ledger: PortfolioLedger,
                     days: [TradingDay], at t: Int, prices: [Double]) -> Bool {
    if let bands {
        return bands.indices.contains { bands[$0]?.excludes(abs(ledger.weight($0, at: prices))) ?? false }
    }
    return rule.isPeriodEnd(days, at: t)
}

/// The bands of a band rule in `symbols` order (`nil` for calendar rules; a `nil` band is an
/// unbounded holding). Symbols the strategy does not hold may not have a band, and each band
/// must contain its target weight (when the target is fixed; `nil` for a beta-hedged short leg).
/// A tolerance `d` gives every fixed target `t` the band `[t − d, t + d]`.
func bandLimits(_ rule: RebalanceRule, symbols: [String], targets: [Double?]) throws -> [WeightBand?]? {
    if case .tolerance(let tolerance) = rule {
        return targets.map { target in target.map { WeightBand(lower: abs($0) - tolerance, upper: abs($0) + tolerance) } }
    }
    guard case .band(let bands) = rule else { return nil }
    for name in bands.keys.sorted() where !symbols.contains(name) {
        throw BacktestError.invalidValue(field: "rebalance", reason: "band for \(name), which the strategy does not hold")
    }
    return try zip(symbols, targets).map { symbol, target in
        guard let band = bands[symbol] else { return nil }
        if let target, band.excludes(target) {
            throw BacktestError.invalidValue(
                field: "rebalance", reason: "band [\(band.lower), \(band.upper)] of \(symbol) excludes its target \(target)")
        }
        return band
    }
}
