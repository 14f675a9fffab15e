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
    public var value: Double?
    public var members: Int
    public var earnings: Double
    public var earningsYearAgo: Double
    public var yearAgo: TradingDay

    enum CodingKeys: String, CodingKey {
        case value, members, earnings
        case earningsYearAgo = "earnings_year_ago", yearAgo = "year_ago"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(members, forKey: .members)
        try c.encode(earnings, forKey: .earnings)
        try c.encode(earningsYearAgo, forKey: .earningsYearAgo)
        try c.encode(yearAgo, forKey: .yearAgo)
    }
}

/// Short interest over the members with a figure: cap-weighted share (Σ short value / Σ cap)
/// and the median member's short shares / shares outstanding, with the settlement dates used.
public struct ShortInterestSummary: Sendable, Equatable, Encodable {
    public var capWeighted: Double?
    public var median: Double?
    public var members: Int
    public var settlementDates: [TradingDay]

    enum CodingKeys: String, CodingKey {
        case median, members
        case capWeighted = "cap_weighted", settlementDates = "settlement_dates"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(capWeighted, forKey: .capWeighted)
        try c.encode(median, forKey: .median)
        try c.encode(members, forKey: .members)
        try c.encode(settlementDates, forKey: .settlementDates)
    }
}

/// One member's figures and the dates they stand on.
public struct FilingsValuationRow: Sendable, Equatable, Encodable {
    public var ticker: String
    public var price: Double?
    public var priceDate: TradingDay?
    public var sharesOutstanding: Double?
    public var sharesDate: TradingDay?
    public var marketCap: Double?
    public var earningsTrailing: Double?
    public var earningsPeriodEnd: TradingDay?
    public var earningsMethod: TrailingFigure.Method?
    public var earningsFiled: TradingDay?
    public var revenueTrailing: Double?
    /// M / E when E > 0; `nil` otherwise (a loss-maker has no meaningful P/E).
    public var priceEarnings: Double?
    public var shortShareOfShares: Double?
    public var shortSettlementDate: TradingDay?

    enum CodingKeys: String, CodingKey {
        case ticker, price
        case priceDate = "price_date", sharesOutstanding = "shares_outstanding", sharesDate = "shares_date"
        case marketCap = "market_cap", earningsTrailing = "earnings_ttm", earningsPeriodEnd = "earnings_period_end"
        case earningsMethod = "earnings_method", earningsFiled = "earnings_filed", revenueTrailing = "revenue_ttm"
        case priceEarnings = "pe", shortShareOfShares = "short_share_of_shares", shortSettlementDate = "short_settlement_date"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ticker, forKey: .ticker)
        try c.encode(price, forKey: .price)
        try c.encode(priceDate, forKey: .priceDate)
        try c.encode(sharesOutstanding, forKey: .sharesOutstanding)
        try c.encode(sharesDate, forKey: .sharesDate)
        try c.encode(marketCap, forKey: .marketCap)
        try c.encode(earningsTrailing, forKey: .earningsTrailing)
        try c.encode(earningsPeriodEnd, forKey: .earningsPeriodEnd)
        try c.encode(earningsMethod, forKey: .earningsMethod)
        try c.encode(earningsFiled, forKey: .earningsFiled)
        try c.encode(revenueTrailing, forKey: .revenueTrailing)
        try c.encode(priceEarnings, forKey: .priceEarnings)
        try c.encode(shortShareOfShares, forKey: .shortShareOfShares)
        try c.encode(shortSettlementDate, forKey: .shortSettlementDate)
    }
}
