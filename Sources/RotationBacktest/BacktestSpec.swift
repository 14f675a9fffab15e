import RotationCore

/// The three strategies a spec can name.
public enum BacktestStrategy: String, Sendable, Codable, CaseIterable {
    /// Fixed weights, rebalanced on a calendar rule or a tolerance band.
    case allocation
    /// Long one symbol, short another, with short proceeds earning a cash rate less a borrow fee.
    case pairs
    /// Hold A, B, both or cash by relative momentum, optionally with a moving-average filter.
    case rotation
}

/// How the pairs strategy sizes its short leg.
public enum HedgeMethod: String, Sendable, Codable {
    /// Short value = long value.
    case dollar
    /// Short value = β × long value, β of the long's daily returns on the short's over the
    /// trailing `beta_window` days ending at the rebalance close.
    case beta
}

/// Where the rotation strategy goes when its moving-average filter rejects the momentum winner.
public enum MovingAverageFallback: String, Sendable, Codable {
    /// Hold cash.
    case cash
    /// Hold the other symbol if it is above its own moving average, else cash.
    case other
}

/// A backtest request, decoded from JSON with the snake_case keys below. Unknown keys and keys
/// the chosen strategy does not use are errors (`BacktestError`), so a typo never runs silently.
///
/// Common: `strategy`, `from`, `to` (inclusive ISO dates; default: the data's first and last
/// common day), `basis` (`total` default, `price`), `commission_bps`, `slippage_bps` (default 0,
/// charged on traded notional), `rebalance` (see `RebalanceRule`).
/// Allocation: `weights` {SYMBOL: fraction}, summing to 1; `rebalance` default `none`.
/// Pairs: `long`, `short`, `notional` (per leg, fraction of equity, default 1), `hedge`
/// (`dollar` default | `beta`), `beta_window` (default 60 daily returns), `borrow_bps` (annual,
/// default 0), `cash_rate` (a rate series name, percent; absent = 0), `rebalance` default `none`.
/// Rotation: `a`, `b`, `lookback_weeks`, `ma_days` (optional), `ma_fallback` (`cash` default |
/// `other`), `split_threshold` (default 0), `cash_rate` (optional), `rebalance` (the decision
/// schedule, default `weekly`; `none` decides once).
public struct BacktestSpec: Sendable, Equatable {
    public var strategy: BacktestStrategy
    public var from: TradingDay?
    public var to: TradingDay?
    public var basis: PriceBasis = .total
    public var commissionBps: Double = 0
    public var slippageBps: Double = 0
    /// `nil` means the strategy's default (`none` for allocation and pairs, `weekly` for rotation).
    public var rebalance: RebalanceRule?
    // allocation
    public var weights: [String: Double] = [:]
    // pairs
    public var long: String?
    public var short: String?
    public var notional: Double = 1
    public var hedge: HedgeMethod = .dollar
    public var betaWindow: Int = 60
    public var borrowBps: Double = 0
    // pairs and rotation
    public var cashRate: String?
    // rotation
    public var a: String?
    public var b: String?
    public var lookbackWeeks: Int?
    public var maDays: Int?
    public var maFallback: MovingAverageFallback = .cash
    public var splitThreshold: Double = 0

    /// A spec with defaults for everything but the strategy.
    public init(strategy: BacktestStrategy, from: TradingDay? = nil, to: TradingDay? = nil) {
        self.strategy = strategy
        self.from = from
        self.to = to
    }

    /// The rebalance rule in force: the spec's, or the strategy's default.
    public var effectiveRebalance: RebalanceRule {
        rebalance ?? (strategy == .rotation ? .weekly : .none)
    }

    /// Commission plus slippage as a fraction of traded notional (bps / 10 000).
    public var costRate: Double { (commissionBps + slippageBps) / 10_000 }

    /// The symbols whose closes the strategy reads, in the order results list them
    /// (allocation: sorted by name; pairs: long, short; rotation: a, b).
    public var symbols: [String] {
        switch strategy {
        case .allocation: weights.keys.sorted()
        case .pairs: [long, short].compactMap { $0 }
        case .rotation: [a, b].compactMap { $0 }
        }
    }
}
