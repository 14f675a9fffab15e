import RotationCore

/// Receives what the rotation kernel does, day by day. The full run records everything; a
/// sweep keeps running statistics only, so the kernel itself never allocates.
protocol RotationObserver {
    /// A trade of symbol 0 (A) or 1 (B) at close `t`.
    mutating func trade(at t: Int, symbol: Int, unitsDelta: Double, price: Double, notional: Double, cost: Double)
    /// The close of day `t`: marked-to-market equity and the equity accumulated from P&L.
    mutating func close(at t: Int, equity: Double, pnlEquity: Double, cash: Double)
}

/// Totals of one rotation run.
struct RotationTotals {
    var finalEquity = 1.0
    var costs = 0.0
    var turnover = 0.0
    var tradingEvents = 0
    var unitsA = 0.0
    var unitsB = 0.0
    var cash = 1.0
}

/// Runs one parameter set over the prepared market.
///
/// Day `start` is the entry: units are set at its close to the decision taken at the previous
/// common close (cash if there is none or the signal is not ready). At every later decision
/// close t with t + 1 < end the target is decided, and at close t + 1 the portfolio trades to it
/// if it differs from the current target (so a held winner is never traded, and a split drifts
/// until the target changes). Between closes, cash grows by `cashGrowth`. The trade arithmetic
/// is `PortfolioLedger.trade`'s, for two symbols and cash.
func simulateRotation<Observer: RotationObserver>(
    _ market: RotationMarket, _ signal: RotationSignal, observer: inout Observer
) -> RotationTotals {
    var totals = RotationTotals()
    var unitsA = 0.0, unitsB = 0.0, cash = 1.0, pnl = 1.0
    var held = (-1.0, -1.0)
    var pending: (Double, Double)? = nil
    let rate = market.costRate
    market.pricesA.withUnsafeBufferPointer { pa in
    market.pricesB.withUnsafeBufferPointer { pb in
    market.cashGrowth.withUnsafeBufferPointer { growth in
    signal.decisions.withUnsafeBufferPointer { decisions in
        for t in market.start...market.end {
            let priceA = pa[t], priceB = pb[t]
            if t > market.start {
                let interest = cash * growth[t]
                pnl += unitsA * (priceA - pa[t - 1]) + unitsB * (priceB - pb[t - 1]) + interest
                cash += interest
            }
            let wanted = t == market.start ? signal.target(at: t - 1) : pending
            pending = nil
            if let (wA, wB) = wanted, t == market.start || wA != held.0 || wB != held.1 {
                let preCost = cash + unitsA * priceA + unitsB * priceB
                let chargedA = abs(wA * preCost - unitsA * priceA)
                let chargedB = abs(wB * preCost - unitsB * priceB)
                let notional = chargedA + chargedB
                let cost = notional * rate
                let postCost = preCost - cost
                let newA = wA * postCost / priceA, newB = wB * postCost / priceB
                let deltaA = newA - unitsA, deltaB = newB - unitsB
                cash -= deltaA * priceA
                cash -= deltaB * priceB
                cash -= cost
                pnl -= cost
                if deltaA != 0 || chargedA != 0 {
                    observer.trade(at: t, symbol: 0, unitsDelta: deltaA, price: priceA, notional: chargedA, cost: chargedA * rate)
                }
                if deltaB != 0 || chargedB != 0 {
                    observer.trade(at: t, symbol: 1, unitsDelta: deltaB, price: priceB, notional: chargedB, cost: chargedB * rate)
                }
                unitsA = newA
                unitsB = newB
                held = (wA, wB)
                totals.costs += cost
                totals.turnover += notional / preCost
                totals.tradingEvents += 1
            }
            let equity = cash + unitsA * priceA + unitsB * priceB
            observer.close(at: t, equity: equity, pnlEquity: pnl, cash: cash)
            if t + 1 < market.end && decisions[t] {
                pending = signal.target(at: t)
            }
            totals.finalEquity = equity
        }
    }}}}
    totals.unitsA = unitsA
    totals.unitsB = unitsB
    totals.cash = cash
    return totals
}
