/// The `rotation valuation --members …` document when figures come from stored filings:
/// `valuation(members:)`'s keys at the top level (`pe`, `share_unprofitable_count`,
/// `share_unprofitable_cap`, `bridge`, `notes`, …; `pe_forward` is always null) plus `as_of`,
/// `basis` ("trailing"), `coverage`, `earnings_growth_trailing`, `short_interest` and `rows`.
public struct FilingsValuationReport: Sendable, Equatable, Encodable {
    public var asOf: TradingDay
    public var valuation: ValuationReport
    public var coverage: FilingsCoverage
    public var earningsGrowthTrailing: EarningsGrowthFigure
    public var shortInterest: ShortInterestSummary
    public var rows: [FilingsValuationRow]

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", basis, coverage, rows
        case earningsGrowthTrailing = "earnings_growth_trailing", shortInterest = "short_interest"
    }

    public func encode(to encoder: any Encoder) throws {
        try valuation.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode("trailing", forKey: .basis)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(earningsGrowthTrailing, forKey: .earningsGrowthTrailing)
        try c.encode(shortInterest, forKey: .shortInterest)
        try c.encode(rows, forKey: .rows)
    }
}

/// How many members each figure stands on.
public struct FilingsCoverage: Sendable, Equatable, Encodable {
    public var members: Int
    public var withFacts: Int
    public var withEarnings: Int
    public var withShares: Int
    public var withPrice: Int
    public var withMarketCap: Int
    public var withShortInterest: Int

    public init(members: Int, withFacts: Int, withEarnings: Int, withShares: Int, withPrice: Int, withMarketCap: Int,
                withShortInterest: Int) {
        self.members = members
        self.withFacts = withFacts
        self.withEarnings = withEarnings
        self.withShares = withShares
        self.withPrice = withPrice
        self.withMarketCap = withMarketCap
        self.withShortInterest = withShortInterest
    }

    enum CodingKeys: String, CodingKey {
        case members
        case withFacts = "with_facts", withEarnings = "with_earnings", withShares = "with_shares"
        case withPrice = "with_price", withMarketCap = "with_market_cap", withShortInterest = "with_short_interest"
    }
}

/// Aggregate trailing earnings against a year earlier, over the same members.
public struct EarningsGrowthFigure: Sendable, Equatable, Encodable {
    @ExplicitNull public var value: Double? = nil
    public var members: Int
    public var earnings: Double
    public var earningsYearAgo: Double
    public var yearAgo: TradingDay

    enum CodingKeys: String, CodingKey {
        case value, members, earnings
        case earningsYearAgo = "earnings_year_ago", yearAgo = "year_ago"
    }
}

/// Short interest over the members with a figure: cap-weighted share (Σ short value / Σ cap)
/// and the median member's short shares / shares outstanding, with the settlement dates used.
public struct ShortInterestSummary: Sendable, Equatable, Encodable {
    @ExplicitNull public var capWeighted: Double? = nil
    @ExplicitNull public var median: Double? = nil
    public var members: Int
    public var settlementDates: [TradingDay]

    enum CodingKeys: String, CodingKey {
        case median, members
        case capWeighted = "cap_weighted", settlementDates = "settlement_dates"
    }
}

/// One member's figures and the dates they stand on.
public struct FilingsValuationRow: Sendable, Equatable, Encodable {
    public var ticker: String
    @ExplicitNull public var price: Double? = nil
    @ExplicitNull public var priceDate: TradingDay? = nil
    @ExplicitNull public var sharesOutstanding: Double? = nil
    @ExplicitNull public var sharesDate: TradingDay? = nil
    @ExplicitNull public var marketCap: Double? = nil
    @ExplicitNull public var earningsTrailing: Double? = nil
    @ExplicitNull public var earningsPeriodEnd: TradingDay? = nil
    @ExplicitNull public var earningsMethod: TrailingFigure.Method? = nil
    @ExplicitNull public var earningsFiled: TradingDay? = nil
    @ExplicitNull public var revenueTrailing: Double? = nil
    /// M / E when E > 0; `nil` otherwise (a loss-maker has no meaningful P/E).
    @ExplicitNull public var priceEarnings: Double? = nil
    @ExplicitNull public var shortShareOfShares: Double? = nil
    @ExplicitNull public var shortSettlementDate: TradingDay? = nil

    enum CodingKeys: String, CodingKey {
        case ticker, price
        case priceDate = "price_date", sharesOutstanding = "shares_outstanding", sharesDate = "shares_date"
        case marketCap = "market_cap", earningsTrailing = "earnings_ttm", earningsPeriodEnd = "earnings_period_end"
        case earningsMethod = "earnings_method", earningsFiled = "earnings_filed", revenueTrailing = "revenue_ttm"
        case priceEarnings = "pe", shortShareOfShares = "short_share_of_shares", shortSettlementDate = "short_settlement_date"
    }
}
