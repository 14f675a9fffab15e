import RotationCore

/// Long one symbol, short another.
///
/// At the entry (the first common close on or after `from`) and whenever the rebalance rule
/// fires, the long leg is set to `notional × E` and the short leg to `notional × h × E` (h = 1
/// for a dollar hedge, β for a beta hedge), E being the equity after that trade's costs.
///
/// Daily P&L from close t−1 to close t (ACT/360), with L long units and S short units held:
/// `L·ΔP_long − S·ΔP_short + S·P_short(t−1)·(cash(t−1) − fee)·days/360`, where cash(t−1) is the
/// rate series' last value on or before t−1 (percent / 100; 0 without `cash_rate`), fee =
/// `borrow_bps` / 10 000 and days the calendar days from t−1 to t. Short-sale proceeds are held
/// as cash and earn the cash rate minus the borrow fee; the long leg is paid for out of equity
/// (not financed, no interest charged), and equity not spent on the long leg (notional < 1)
/// earns nothing. Costs are charged on traded notional like every strategy.
func runPairs(_ spec: BacktestSpec, on data: BacktestData) throws -> BacktestResult {
    guard let long = spec.long else { throw BacktestError.missingField(field: "long", strategy: .pairs) }
    guard let short = spec.short else { throw BacktestError.missingField(field: "short", strategy: .pairs) }
    guard long != short else {
        throw BacktestError.invalidValue(field: "short", reason: "must differ from long (\(long))")
    }
    guard spec.notional > 0, spec.notional.isFinite else {
        throw BacktestError.invalidValue(field: "notional", reason: "must be > 0, got \(spec.notional)")
    }
    guard spec.betaWindow >= 2 else {
        throw BacktestError.invalidValue(field: "beta_window", reason: "must be ≥ 2, got \(spec.betaWindow)")
    }
    let rule = spec.effectiveRebalance
    let dollarTargets = [spec.notional, spec.notional]
    let bands = try bandLimits(rule, symbols: [long, short], targets: spec.hedge == .dollar ? dollarTargets : [spec.notional, nil])
    let run = try data.aligned([long, short], from: spec.from, to: spec.to)
    let accrual = try CashAccrual(days: run.days, start: run.start, series: data.rateSeries(spec.cashRate))
    let fee = spec.borrowBps / 10_000

    func fractions(at t: Int) throws -> [Double] {
        guard spec.hedge == .beta else { return [spec.notional, -spec.notional] }
        let beta = try trailingBeta(run.prices[0], on: run.prices[1], window: spec.betaWindow, endingAt: t, days: run.days)
        return [spec.notional, -spec.notional * beta]
    }

    var ledger = PortfolioLedger(symbols: [long, short], costRate: spec.costRate, capacity: run.end - run.start + 1)
    var previous = [run.prices[0][run.start], run.prices[1][run.start]]
    for t in run.start...run.end {
        let prices = [run.prices[0][t], run.prices[1][t]]
        if t == run.start {
            ledger.trade(to: try fractions(at: t), at: prices, on: run.days[t])
        } else {
            let shortUnits = -ledger.units[1]
            let interest = shortUnits * previous[1] * (accrual.rates[t] - fee) * accrual.yearFractions[t]
            ledger.accrue(from: previous, to: prices, interest: interest)
            if t < run.end && shouldRebalance(rule, bands: bands, ledger: ledger, days: run.days, at: t, prices: prices) {
                ledger.trade(to: try fractions(at: t), at: prices, on: run.days[t])
            }
        }
        ledger.close(run.days[t], at: prices)
        previous = prices
        if ledger.ruinedOn != nil { break }
    }
    return ledger.result(.pairs, lastPrices: previous)
}

/// β of `x`'s simple daily returns on `y`'s over the `window` returns ending at close `t`:
/// cov(x, y) / var(y), both with the same denominator. Reads only closes up to `t` (no
/// look-ahead); errors when fewer than `window` returns exist up to `t` or β ≤ 0.
func trailingBeta(_ x: [Double], on y: [Double], window: Int, endingAt t: Int, days: [TradingDay]) throws -> Double {
    guard t >= window else {
        throw BacktestError.insufficientHistory(field: "beta_window", needed: window, available: t, day: days[t])
    }
    var meanX = 0.0, meanY = 0.0
    for i in (t - window + 1)...t {
        meanX += x[i] / x[i - 1] - 1
        meanY += y[i] / y[i - 1] - 1
    }
    meanX /= Double(window)
    meanY /= Double(window)
    var covariance = 0.0, variance = 0.0
    for i in (t - window + 1)...t {
        let dy = y[i] / y[i - 1] - 1 - meanY
        covariance += (x[i] / x[i - 1] - 1 - meanX) * dy
        variance += dy * dy
    }
    let beta = variance > 0 ? covariance / variance : 0
    guard beta > 0 else { throw BacktestError.nonPositiveBeta(beta: beta, day: days[t]) }
    return beta
}
