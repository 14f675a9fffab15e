/// One member's fundamentals, one row of a fundamentals file. Currency amounts share one unit
/// (any: dollars, millions); share counts share another. Missing values are `nil`.
public struct ValuationMember: Sendable, Equatable {
    public var ticker: String
    public var sector: String?
    /// Equity market value.
    public var marketCap: Double?
    /// Net income over the last twelve months (negative for a loss).
    public var earningsTrailing: Double?
    /// Expected net income over the next twelve months.
    public var earningsForward: Double?
    /// Revenue over the last twelve months.
    public var sales: Double?
    public var enterpriseValue: Double?
    /// Shares sold short.
    public var shortInterest: Double?
    /// Shares in the free float.
    public var floatShares: Double?
    /// Shares outstanding (gives the price as market cap / shares when `price` is absent).
    public var sharesOutstanding: Double?
    /// Price per share.
    public var price: Double?

    public init(ticker: String, sector: String? = nil, marketCap: Double?, earningsTrailing: Double? = nil,
                earningsForward: Double? = nil, sales: Double? = nil, enterpriseValue: Double? = nil,
                shortInterest: Double? = nil, floatShares: Double? = nil, sharesOutstanding: Double? = nil,
                price: Double? = nil) {
        self.ticker = ticker
        self.sector = sector
        self.marketCap = marketCap
        self.earningsTrailing = earningsTrailing
        self.earningsForward = earningsForward
        self.sales = sales
        self.enterpriseValue = enterpriseValue
        self.shortInterest = shortInterest
        self.floatShares = floatShares
        self.sharesOutstanding = sharesOutstanding
        self.price = price
    }

    /// Price per share: `price`, else market cap / shares outstanding.
    var pricePerShare: Double? {
        if let price { return price }
        guard let marketCap, let sharesOutstanding, sharesOutstanding > 0 else { return nil }
        return marketCap / sharesOutstanding
    }
}
