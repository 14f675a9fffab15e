import RotationCore

/// The tunable part of a rotation spec — one point of a sweep.
///
/// Decision rule at a decision close t (the last common close of each `rebalance` period):
/// relative momentum m(t) = A(t)/A(t−k) − B(t)/B(t−k) with k = 5 × `lookbackWeeks` common
/// trading days. m > `splitThreshold` picks A, m < −`splitThreshold` picks B, otherwise (|m| ≤
/// threshold, so exact ties with the default 0) the split ½A + ½B. With `maDays` = M, a symbol
/// may be held only while its close is strictly above its M-day simple moving average (the mean
/// of its last M closes, today's included): a rejected winner is replaced by the other symbol if
/// `maFallback` is `other` and that one passes, else by cash; in a split each half is filtered on
/// its own and a rejected half goes to cash. Until k (and M − 1) earlier closes exist the
/// decision is cash. The decision is acted on at the next close.
public struct RotationParameters: Sendable, Hashable, Codable {
    public var lookbackWeeks: Int
    @ExplicitNull public var maDays: Int? = nil
    public var maFallback: MovingAverageFallback
    public var splitThreshold: Double
    /// The decision schedule: a calendar rule (`none` decides only for the entry).
    public var rebalance: RebalanceRule

    public init(lookbackWeeks: Int, maDays: Int? = nil, maFallback: MovingAverageFallback = .cash,
                splitThreshold: Double = 0, rebalance: RebalanceRule = .weekly) {
        self.lookbackWeeks = lookbackWeeks
        self.maDays = maDays
        self.maFallback = maFallback
        self.splitThreshold = splitThreshold
        self.rebalance = rebalance
    }

    /// The parameters of a rotation spec (validated).
    public init(_ spec: BacktestSpec) throws {
        guard let weeks = spec.lookbackWeeks else {
            throw BacktestError.missingField(field: "lookback_weeks", strategy: .rotation)
        }
        self.init(lookbackWeeks: weeks, maDays: spec.maDays, maFallback: spec.maFallback,
                  splitThreshold: spec.splitThreshold, rebalance: spec.effectiveRebalance)
        try validate()
    }

    /// Errors for values outside their domain.
    public func validate() throws {
        guard lookbackWeeks >= 1 else {
            throw BacktestError.invalidValue(field: "lookback_weeks", reason: "must be ≥ 1, got \(lookbackWeeks)")
        }
        if let maDays, maDays < 1 {
            throw BacktestError.invalidValue(field: "ma_days", reason: "must be ≥ 1, got \(maDays)")
        }
        guard splitThreshold >= 0, splitThreshold.isFinite else {
            throw BacktestError.invalidValue(field: "split_threshold", reason: "must be ≥ 0, got \(splitThreshold)")
        }
        if rebalance.name == "band" {
            throw BacktestError.invalidValue(field: "rebalance", reason: "rotation decides on a calendar rule, not a band")
        }
    }

    /// Momentum lag in common trading days: 5 per week.
    public var lookbackDays: Int { 5 * lookbackWeeks }

    /// Every combination of the given values, lookback varying slowest.
    public static func grid(lookbackWeeks: [Int], maDays: [Int?] = [nil], maFallbacks: [MovingAverageFallback] = [.cash],
                            splitThresholds: [Double] = [0], rebalances: [RebalanceRule] = [.weekly]) -> [RotationParameters] {
        var all: [RotationParameters] = []
        all.reserveCapacity(lookbackWeeks.count * maDays.count * maFallbacks.count * splitThresholds.count * rebalances.count)
        for n in lookbackWeeks {
            for m in maDays {
                for f in maFallbacks {
                    for s in splitThresholds {
                        for r in rebalances {
                            all.append(RotationParameters(lookbackWeeks: n, maDays: m, maFallback: f,
                                                          splitThreshold: s, rebalance: r))
                        }
                    }
                }
            }
        }
        return all
    }

    enum CodingKeys: String, CodingKey {
        case rebalance
        case lookbackWeeks = "lookback_weeks", maDays = "ma_days", maFallback = "ma_fallback"
        case splitThreshold = "split_threshold"
    }
}
