import RotationCore

/// The result of one backtest: the `rotation backtest` JSON document without its `metrics`
/// (the use case attaches those, computed from `equity`).
///
/// Contract keys: `strategy, first_date, last_date, final_equity, total_return, rebalances,
/// turnover, costs, equity: [{date, equity}]`. Extras: `trades`, `ledger`.
/// - `equity` starts at the first common close on or after `from`: 1 before costs, so the
///   first point is 1 − entry cost.
/// - `total_return` = final equity − 1.
/// - `rebalances` counts trading events after the entry (the entry itself is not counted).
/// - `turnover` = Σ over trading events (entry included) of traded notional ÷ pre-cost equity
///   at that event, both sides counted: a full switch from A to B is 2, the entry 1 per unit
///   of gross exposure (a dollar-neutral pair with notional 1 enters at 2).
/// - `costs` = Σ of every trade's cost, in units of the starting equity.
public struct BacktestResult: Sendable, Equatable, Codable {
    public var strategy: BacktestStrategy
    public var firstDate: TradingDay
    public var lastDate: TradingDay
    public var finalEquity: Double
    public var totalReturn: Double
    public var rebalances: Int
    public var turnover: Double
    public var costs: Double
    public var equity: [EquityPoint]
    public var trades: [BacktestTrade]
    public var ledger: LedgerCheck
    /// The close at which equity fell to zero or below (ruin), where the run stopped: then
    /// `last_date` is that day and `final_equity` the (non-positive) equity marked there.
    /// JSON `ruined_on`: the date, or `null` when the run was never ruined.
    @ExplicitNull public var ruinedOn: TradingDay? = nil

    public init(strategy: BacktestStrategy, firstDate: TradingDay, lastDate: TradingDay, finalEquity: Double,
                totalReturn: Double, rebalances: Int, turnover: Double, costs: Double, equity: [EquityPoint],
                trades: [BacktestTrade], ledger: LedgerCheck, ruinedOn: TradingDay? = nil) {
        self.strategy = strategy
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.finalEquity = finalEquity
        self.totalReturn = totalReturn
        self.rebalances = rebalances
        self.turnover = turnover
        self.costs = costs
        self.equity = equity
        self.trades = trades
        self.ledger = ledger
        self.ruinedOn = ruinedOn
    }

    enum CodingKeys: String, CodingKey {
        case strategy, rebalances, turnover, costs, equity, trades, ledger
        case firstDate = "first_date", lastDate = "last_date", finalEquity = "final_equity"
        case totalReturn = "total_return", ruinedOn = "ruined_on"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(strategy: try c.decode(BacktestStrategy.self, forKey: .strategy),
                  firstDate: try c.decode(TradingDay.self, forKey: .firstDate),
                  lastDate: try c.decode(TradingDay.self, forKey: .lastDate),
                  finalEquity: try c.decode(Double.self, forKey: .finalEquity),
                  totalReturn: try c.decode(Double.self, forKey: .totalReturn),
                  rebalances: try c.decode(Int.self, forKey: .rebalances),
                  turnover: try c.decode(Double.self, forKey: .turnover),
                  costs: try c.decode(Double.self, forKey: .costs),
                  equity: try c.decode([EquityPoint].self, forKey: .equity),
                  trades: try c.decode([BacktestTrade].self, forKey: .trades),
                  ledger: try c.decode(LedgerCheck.self, forKey: .ledger),
                  ruinedOn: try c.decodeIfPresent(TradingDay.self, forKey: .ruinedOn))
    }
}

/// Equity at one close, in units of the starting equity.
public struct EquityPoint: Sendable, Equatable, Codable {
    public var date: TradingDay
    public var equity: Double

    public init(date: TradingDay, equity: Double) {
        self.date = date
        self.equity = equity
    }
}

/// One symbol's trade at a close.
///
/// `units_delta` is signed (negative sells or shorts); `price` the close traded at; `notional`
/// the unsigned traded notional the cost is charged on — |target value − current value| with
/// the target computed at the pre-cost equity — and `cost` = notional × (commission + slippage)
/// bps / 10 000. Units are then set from the equity after costs, so |units_delta × price|
/// differs from `notional` by this symbol's share of the cost.
public struct BacktestTrade: Sendable, Equatable, Codable {
    public var date: TradingDay
    public var symbol: String
    public var unitsDelta: Double
    public var price: Double
    public var notional: Double
    public var cost: Double

    enum CodingKeys: String, CodingKey {
        case date, symbol, price, notional, cost
        case unitsDelta = "units_delta"
    }
}

/// Check values of the ledger.
///
/// The engine keeps two books: a cash account moved by every trade, cost and interest, with
/// positions valued at the close (`cash + Σ units × close`, which is the reported equity), and
/// the equity accumulated from daily P&L (`Σ units × Δclose + interest − costs`).
/// `max_abs_difference` is the largest gap between the two over the run (floating-point noise
/// only, ~1e-15); the final cash and positions show where the equity sits.
public struct LedgerCheck: Sendable, Equatable, Codable {
    public var finalCash: Double
    public var finalPositions: [LedgerPosition]
    public var maxAbsDifference: Double

    enum CodingKeys: String, CodingKey {
        case finalCash = "final_cash", finalPositions = "final_positions"
        case maxAbsDifference = "max_abs_difference"
    }
}

/// A holding at the last close: signed units (negative = short), the close, units × close.
public struct LedgerPosition: Sendable, Equatable, Codable {
    public var symbol: String
    public var units: Double
    public var price: Double
    public var value: Double
}
