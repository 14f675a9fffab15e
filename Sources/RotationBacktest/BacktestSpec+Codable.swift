import RotationCore

/// JSON decoding and encoding of `BacktestSpec`, with unknown and inapplicable keys rejected.
extension BacktestSpec: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case strategy, from, to, basis, rebalance, weights, long, short, notional, hedge, a, b
        case commissionBps = "commission_bps", slippageBps = "slippage_bps", betaWindow = "beta_window"
        case borrowBps = "borrow_bps", cashRate = "cash_rate", lookbackWeeks = "lookback_weeks"
        case maDays = "ma_days", maFallback = "ma_fallback", splitThreshold = "split_threshold"
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The keys each strategy reads; any other known key is `fieldNotApplicable`.
    static func keys(for strategy: BacktestStrategy) -> Set<CodingKeys> {
        let common: Set<CodingKeys> = [.strategy, .from, .to, .basis, .rebalance, .commissionBps, .slippageBps]
        switch strategy {
        case .allocation: return common.union([.weights])
        case .pairs: return common.union([.long, .short, .notional, .hedge, .betaWindow, .borrowBps, .cashRate])
        case .rotation:
            return common.union([.a, .b, .lookbackWeeks, .maDays, .maFallback, .splitThreshold, .cashRate])
        }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.container(keyedBy: AnyKey.self)
        for key in raw.allKeys where CodingKeys(stringValue: key.stringValue) == nil {
            throw BacktestError.unknownField(key.stringValue)
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let strategyText = try c.decode(String.self, forKey: .strategy)
        guard let strategy = BacktestStrategy(rawValue: strategyText) else {
            throw BacktestError.invalidValue(
                field: "strategy", reason: "expected allocation, pairs or rotation, got \"\(strategyText)\"")
        }
        let allowed = Self.keys(for: strategy)
        for key in CodingKeys.allCases where c.contains(key) && !allowed.contains(key) {
            throw BacktestError.fieldNotApplicable(field: key.stringValue, strategy: strategy)
        }
        self.init(strategy: strategy)
        from = try c.decodeIfPresent(TradingDay.self, forKey: .from)
        to = try c.decodeIfPresent(TradingDay.self, forKey: .to)
        basis = try Self.decodeEnum(c, .basis, default: .total)
        rebalance = try c.decodeIfPresent(RebalanceRule.self, forKey: .rebalance)
        commissionBps = try c.decodeIfPresent(Double.self, forKey: .commissionBps) ?? 0
        slippageBps = try c.decodeIfPresent(Double.self, forKey: .slippageBps) ?? 0
        weights = try c.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:]
        long = try c.decodeIfPresent(String.self, forKey: .long)
        short = try c.decodeIfPresent(String.self, forKey: .short)
        notional = try c.decodeIfPresent(Double.self, forKey: .notional) ?? 1
        hedge = try Self.decodeEnum(c, .hedge, default: .dollar)
        betaWindow = try c.decodeIfPresent(Int.self, forKey: .betaWindow) ?? 60
        borrowBps = try c.decodeIfPresent(Double.self, forKey: .borrowBps) ?? 0
        cashRate = try c.decodeIfPresent(String.self, forKey: .cashRate)
        a = try c.decodeIfPresent(String.self, forKey: .a)
        b = try c.decodeIfPresent(String.self, forKey: .b)
        lookbackWeeks = try c.decodeIfPresent(Int.self, forKey: .lookbackWeeks)
        maDays = try c.decodeIfPresent(Int.self, forKey: .maDays)
        maFallback = try Self.decodeEnum(c, .maFallback, default: .cash)
        splitThreshold = try c.decodeIfPresent(Double.self, forKey: .splitThreshold) ?? 0
    }

    /// A string-valued enum field, with the accepted values named when the text is not one.
    private static func decodeEnum<T: RawRepresentable & CaseIterableNames>(
        _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, default value: T
    ) throws -> T where T.RawValue == String {
        guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return value }
        guard let parsed = T(rawValue: text) else {
            throw BacktestError.invalidValue(
                field: key.stringValue, reason: "expected \(T.allNames.joined(separator: " or ")), got \"\(text)\"")
        }
        return parsed
    }

    /// Encodes the fields the strategy reads (defaults included), so a result can echo its spec.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let keys = Self.keys(for: strategy)
        try c.encode(strategy, forKey: .strategy)
        try c.encodeIfPresent(from, forKey: .from)
        try c.encodeIfPresent(to, forKey: .to)
        try c.encode(basis, forKey: .basis)
        try c.encode(effectiveRebalance, forKey: .rebalance)
        try c.encode(commissionBps, forKey: .commissionBps)
        try c.encode(slippageBps, forKey: .slippageBps)
        if keys.contains(.weights) { try c.encode(weights, forKey: .weights) }
        if strategy == .pairs {
            try c.encodeIfPresent(long, forKey: .long)
            try c.encodeIfPresent(short, forKey: .short)
            try c.encode(notional, forKey: .notional)
            try c.encode(hedge, forKey: .hedge)
            try c.encode(betaWindow, forKey: .betaWindow)
            try c.encode(borrowBps, forKey: .borrowBps)
        }
        if strategy == .rotation {
            try c.encodeIfPresent(a, forKey: .a)
            try c.encodeIfPresent(b, forKey: .b)
            try c.encodeIfPresent(lookbackWeeks, forKey: .lookbackWeeks)
            try c.encodeIfPresent(maDays, forKey: .maDays)
            try c.encode(maFallback, forKey: .maFallback)
            try c.encode(splitThreshold, forKey: .splitThreshold)
        }
        if keys.contains(.cashRate) { try c.encodeIfPresent(cashRate, forKey: .cashRate) }
    }
}

/// The accepted JSON names of a string-valued enum, for error messages.
protocol CaseIterableNames {
    static var allNames: [String] { get }
}

extension PriceBasis: CaseIterableNames { static var allNames: [String] { ["total", "price"] } }
extension HedgeMethod: CaseIterableNames { static var allNames: [String] { ["dollar", "beta"] } }
extension MovingAverageFallback: CaseIterableNames { static var allNames: [String] { ["cash", "other"] } }
