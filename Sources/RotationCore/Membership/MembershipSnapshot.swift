/// One member of an index on a snapshot date, as a holdings file lists it.
public struct MemberHolding: Sendable, Equatable, Codable {
    /// GICS-style sector name as written in the source (`nil` when the source has none).
    public var sector: String?
    /// Weight in the fund as a fraction (the holdings file's `weight_pct` / 100). Holdings
    /// files round weights to 0.01 %, so small members often show 0.
    public var weight: Double
    /// Market value held (currency units), when the source has it; a finer weight than `weight`.
    public var marketValue: Double?

    public init(sector: String?, weight: Double, marketValue: Double? = nil) {
        self.sector = sector
        self.weight = weight
        self.marketValue = marketValue
    }

    enum CodingKeys: String, CodingKey {
        case sector, weight
        case marketValue = "market_value"
    }
}

/// The members of an index on one date: ticker → sector and weight.
public struct MembershipSnapshot: Sendable, Equatable {
    /// The date the holdings are as of.
    public var date: TradingDay
    /// Members by ticker.
    public var members: [String: MemberHolding]

    public init(date: TradingDay, members: [String: MemberHolding]) {
        self.date = date
        self.members = members
    }

    /// Number of members.
    public var count: Int { members.count }

    /// Whether every member has a market value (then weights derive from market values).
    public var hasMarketValues: Bool { members.values.allSatisfy { $0.marketValue != nil } }

    /// The weight used for contribution: market value when every member has one, else the
    /// published weight (both are renormalised by the caller, so units do not matter).
    public func rawWeight(of holding: MemberHolding) -> Double {
        hasMarketValues ? (holding.marketValue ?? 0) : holding.weight
    }
}
