import RotationCore

/// The books of one run: signed units per symbol and a cash account, with every trade, cost
/// and interest payment recorded; plus the equity accumulated from daily P&L as a check.
///
/// Used by the allocation and pairs engines and by the full (non-sweep) rotation run. The
/// trade arithmetic is the house convention: at pre-cost equity `E` (cash + Σ units × close),
/// traded notional = Σ |fᵢ·E − unitsᵢ·closeᵢ| for target fractions fᵢ (negative = short), cost
/// = notional × rate, and the new units are fᵢ·(E − cost)/closeᵢ; cash absorbs the trades and
/// the cost.
struct PortfolioLedger {
    let symbols: [String]
    /// (commission + slippage) / 10 000.
    let costRate: Double
    private(set) var units: [Double]
    private(set) var cash: Double = 1
    /// Equity from P&L: 1, plus Σ units × Δclose and interest each day, minus costs.
    private(set) var pnlEquity: Double = 1
    private(set) var trades: [BacktestTrade] = []
    private(set) var costs: Double = 0
    private(set) var turnover: Double = 0
    private(set) var tradingEvents: Int = 0
    private(set) var equity: [EquityPoint] = []
    private(set) var maxAbsDifference: Double = 0
    /// The first close at which equity was at or below zero: ruin. The engines stop the run
    /// that day (a short leg can lose more than the equity; trading on with negative equity gave
    /// returns and drawdowns past −100% — issue 16, case 6).
    private(set) var ruinedOn: TradingDay?

    init(symbols: [String], costRate: Double, capacity: Int) {
        self.symbols = symbols
        self.costRate = costRate
        units = [Double](repeating: 0, count: symbols.count)
        equity.reserveCapacity(capacity)
    }

    /// Cash plus positions valued at `prices`.
    func value(at prices: [Double]) -> Double {
        var total = cash
        for i in units.indices { total += units[i] * prices[i] }
        return total
    }

    /// The value of holding `i` over `equity` at `prices` (signed).
    func weight(_ i: Int, at prices: [Double]) -> Double {
        units[i] * prices[i] / value(at: prices)
    }

    /// Moves the P&L book from the previous closes to today's and credits `interest` to cash.
    mutating func accrue(from previous: [Double], to prices: [Double], interest: Double) {
        var pnl = interest
        for i in units.indices { pnl += units[i] * (prices[i] - previous[i]) }
        pnlEquity += pnl
        cash += interest
    }

    /// Trades every holding to `fractions` of equity at `prices` on `day`; returns the cost.
    @discardableResult
    mutating func trade(to fractions: [Double], at prices: [Double], on day: TradingDay) -> Double {
        let preCost = value(at: prices)
        var charged = [Double](repeating: 0, count: units.count)
        var notional = 0.0
        for i in units.indices {
            charged[i] = abs(fractions[i] * preCost - units[i] * prices[i])
            notional += charged[i]
        }
        let cost = notional * costRate
        let postCost = preCost - cost
        for i in units.indices {
            let newUnits = fractions[i] * postCost / prices[i]
            let delta = newUnits - units[i]
            cash -= delta * prices[i]
            units[i] = newUnits
            if delta != 0 || charged[i] != 0 {
                trades.append(BacktestTrade(date: day, symbol: symbols[i], unitsDelta: delta, price: prices[i],
                                            notional: charged[i], cost: charged[i] * costRate))
            }
        }
        cash -= cost
        pnlEquity -= cost
        costs += cost
        turnover += notional / preCost
        tradingEvents += 1
        return cost
    }

    /// Records the close of `day`: the equity point and the gap between the two books.
    mutating func close(_ day: TradingDay, at prices: [Double]) {
        let marked = value(at: prices)
        maxAbsDifference = max(maxAbsDifference, abs(marked - pnlEquity))
        equity.append(EquityPoint(date: day, equity: marked))
        if ruinedOn == nil && !(marked > 0) { ruinedOn = day }
    }

    /// The result document once the last close is recorded.
    func result(_ strategy: BacktestStrategy, lastPrices: [Double]) -> BacktestResult {
        let final = equity.last?.equity ?? 1
        let positions = symbols.indices.map {
            LedgerPosition(symbol: symbols[$0], units: units[$0], price: lastPrices[$0], value: units[$0] * lastPrices[$0])
        }
        return BacktestResult(
            strategy: strategy, firstDate: equity.first?.date ?? TradingDay(daysSinceEpoch: 0),
            lastDate: equity.last?.date ?? TradingDay(daysSinceEpoch: 0), finalEquity: final, totalReturn: final - 1,
            rebalances: max(0, tradingEvents - 1), turnover: turnover, costs: costs, equity: equity, trades: trades,
            ledger: LedgerCheck(finalCash: cash, finalPositions: positions, maxAbsDifference: maxAbsDifference),
            ruinedOn: ruinedOn)
    }
}
