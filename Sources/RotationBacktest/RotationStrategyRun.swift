import RotationCore

/// The signal one parameter set reads, computed from the market (a sweep caches these arrays
/// per lookback and moving-average length instead).
extension RotationMarket {
    func signal(_ p: RotationParameters) -> RotationSignal {
        RotationSignal(
            momentum: relativeMomentum(lagDays: p.lookbackDays),
            aboveA: p.maDays.map { Self.aboveMovingAverage(pricesA, length: $0) },
            aboveB: p.maDays.map { Self.aboveMovingAverage(pricesB, length: $0) },
            decisions: decisionDays(p.rebalance), threshold: p.splitThreshold, fallback: p.maFallback)
    }
}

/// Records every trade and close of a rotation run for its result document.
struct RecordingObserver: RotationObserver {
    let market: RotationMarket
    var equity: [EquityPoint] = []
    var trades: [BacktestTrade] = []
    var maxAbsDifference = 0.0

    mutating func trade(at t: Int, symbol: Int, unitsDelta: Double, price: Double, notional: Double, cost: Double) {
        trades.append(BacktestTrade(date: market.days[t], symbol: market.symbols[symbol], unitsDelta: unitsDelta,
                                    price: price, notional: notional, cost: cost))
    }

    mutating func close(at t: Int, equity value: Double, pnlEquity: Double, cash: Double) {
        maxAbsDifference = max(maxAbsDifference, abs(value - pnlEquity))
        equity.append(EquityPoint(date: market.days[t], equity: value))
    }
}

/// The rotation strategy's full run: equity curve, trades and ledger.
///
/// Holdings earn their closes' returns; cash (the warm-up, a rejected winner, the unspent half
/// of a split) earns the `cash_rate` series ACT/360 like the pairs strategy's proceeds, or
/// nothing without one. See `RotationParameters` for the decision rule and `simulateRotation`
/// for timing (decided at a close, acted on at the next close).
func runRotation(_ spec: BacktestSpec, on data: BacktestData) throws -> BacktestResult {
    let parameters = try RotationParameters(spec)
    let market = try RotationMarket(spec, data: data)
    var observer = RecordingObserver(market: market)
    observer.equity.reserveCapacity(market.end - market.start + 1)
    let totals = simulateRotation(market, market.signal(parameters), observer: &observer)
    let lastA = market.pricesA[market.end], lastB = market.pricesB[market.end]
    let positions = [
        LedgerPosition(symbol: market.symbols[0], units: totals.unitsA, price: lastA, value: totals.unitsA * lastA),
        LedgerPosition(symbol: market.symbols[1], units: totals.unitsB, price: lastB, value: totals.unitsB * lastB),
    ]
    return BacktestResult(
        strategy: .rotation, firstDate: market.days[market.start], lastDate: market.days[market.end],
        finalEquity: totals.finalEquity, totalReturn: totals.finalEquity - 1, rebalances: max(0, totals.tradingEvents - 1),
        turnover: totals.turnover, costs: totals.costs, equity: observer.equity, trades: observer.trades,
        ledger: LedgerCheck(finalCash: totals.cash, finalPositions: positions, maxAbsDifference: observer.maxAbsDifference))
}
