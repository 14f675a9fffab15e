/// One index member's inputs for a valuation from filings: its facts (empty when the store has
/// none), its last close on or before the as-of day, and its short interest.
public struct FilingsMemberInput: Sendable {
    public var ticker: String
    public var sector: String?
    public var facts: [FilingFact]
    /// Whether the store holds facts for the member at all (false: unknown to the SEC or not fetched).
    public var hasFacts: Bool
    /// Close per share on `priceDate` (the last on or before the as-of day); `nil` when none.
    public var price: Double?
    public var priceDate: TradingDay?
    public var shortInterest: ShortInterestFigure?

    public init(ticker: String, sector: String? = nil, facts: [FilingFact], hasFacts: Bool, price: Double?,
                priceDate: TradingDay?, shortInterest: ShortInterestFigure? = nil) {
        self.ticker = ticker
        self.sector = sector
        self.facts = facts
        self.hasFacts = hasFacts
        self.price = price
        self.priceDate = priceDate
        self.shortInterest = shortInterest
    }
}

/// Shares sold short on a settlement date (FINRA consolidated short interest).
public struct ShortInterestFigure: Sendable, Equatable {
    public var shares: Double
    public var settlementDate: TradingDay

    public init(shares: Double, settlementDate: TradingDay) {
        self.shares = shares
        self.settlementDate = settlementDate
    }
}

/// Index fundamentals as of a day, built from members' filings with no look-ahead.
///
/// Per member: market cap M = close on or before the day × cover-page shares outstanding;
/// trailing earnings E = TTM net income (`PointInTime`); revenue TTM likewise. The P/E
/// conventions, the loss shares and the bridge are `valuation(members:)`'s. Added here:
/// - trailing earnings growth: ΣE(as of the day) / ΣE(as of one year earlier) − 1 over the
///   members with a trailing figure on both days (the same members; losses included; `nil` when
///   the earlier sum is ≤ 0);
/// - short interest: Σ(short shares × price) / ΣM over members with short interest and a
///   market cap (the cap-weighted share of shares outstanding, equal to the share of cap), and
///   the median of short shares / shares outstanding;
/// - coverage: members, with facts, with trailing earnings, with shares, with a price.
/// Forward figures need analysts' estimates, which are not public: none is computed.
public func filingsValuation(members: [FilingsMemberInput], asOf: TradingDay) -> FilingsValuationReport {
    let yearAgo = asOf.adding(years: -1)
    var rows: [FilingsValuationRow] = []
    var valuationMembers: [ValuationMember] = []
    var now = 0.0, then = 0.0, both = 0
    var shortValue = 0.0, shortCap = 0.0, shortRatios: [Double] = [], settlementDates = Set<TradingDay>()
    for member in members {
        let fundamentals = CompanyFundamentals(facts: member.facts, asOf: asOf)
        let shares = fundamentals.sharesOutstanding?.value
        let cap: Double? = member.price.flatMap { p in shares.map { p * $0 } }
        let earnings = fundamentals.netIncome?.value
        if let earnings, let earlier = PointInTime.trailingTwelveMonths(
            member.facts, concept: FundamentalConcept.netIncome.rawValue, asOf: yearAgo) {
            now += earnings; then += earlier.value; both += 1
        }
        var shortShare: Double?
        if let short = member.shortInterest, let shares, shares > 0 {
            shortShare = short.shares / shares
            shortRatios.append(short.shares / shares)
            settlementDates.insert(short.settlementDate)
            if let cap, let price = member.price { shortValue += short.shares * price; shortCap += cap }
        }
        valuationMembers.append(ValuationMember(
            ticker: member.ticker, sector: member.sector, marketCap: cap, earningsTrailing: earnings,
            sales: fundamentals.revenue?.value, shortInterest: member.shortInterest?.shares,
            sharesOutstanding: shares, price: member.price))
        rows.append(FilingsValuationRow(
            ticker: member.ticker, price: member.price, priceDate: member.priceDate, sharesOutstanding: shares,
            sharesDate: fundamentals.sharesOutstanding?.date, marketCap: cap, earningsTrailing: earnings,
            earningsPeriodEnd: fundamentals.netIncome?.periodEnd, earningsMethod: fundamentals.netIncome?.method,
            earningsFiled: fundamentals.netIncome?.filed, revenueTrailing: fundamentals.revenue?.value,
            priceEarnings: cap.flatMap { c in earnings.flatMap { $0 > 0 ? c / $0 : nil } },
            shortShareOfShares: shortShare, shortSettlementDate: member.shortInterest?.settlementDate))
    }
    var valuation = RotationCore.valuation(members: valuationMembers)
    // `valuation(members:)` reads short interest against the float; filings give shares outstanding instead.
    valuation.shortInterestPctFloat = nil
    valuation.shortInterestPctCap = shortCap > 0 ? shortValue / shortCap : nil
    let coverage = FilingsCoverage(
        members: members.count, withFacts: members.filter(\.hasFacts).count,
        withEarnings: rows.filter { $0.earningsTrailing != nil }.count,
        withShares: rows.filter { $0.sharesOutstanding != nil }.count,
        withPrice: rows.filter { $0.price != nil }.count, withMarketCap: rows.filter { $0.marketCap != nil }.count,
        withShortInterest: shortRatios.count)
    let growth = EarningsGrowthFigure(
        value: both > 0 && then > 0 ? now / then - 1 : nil, members: both, earnings: now, earningsYearAgo: then, yearAgo: yearAgo)
    let sorted = shortRatios.sorted()
    let median: Double? = sorted.isEmpty ? nil
        : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    let short = ShortInterestSummary(
        capWeighted: valuation.shortInterestPctCap, median: median, members: shortRatios.count,
        settlementDates: settlementDates.sorted())
    var notes = valuation.notes
    if coverage.withFacts < coverage.members {
        notes.append("\(coverage.members - coverage.withFacts) of \(coverage.members) members have no stored filings (rotation fetch sec)")
    }
    if coverage.withPrice < coverage.members {
        notes.append("\(coverage.members - coverage.withPrice) of \(coverage.members) members have no close on or before \(asOf) in the store")
    }
    if growth.value == nil {
        notes.append(both == 0 ? "earnings_growth_trailing is null: no member has trailing earnings on both days"
                     : "earnings_growth_trailing is null: the members' trailing earnings a year earlier sum to a loss")
    }
    notes.append("forward P/E and forward earnings growth need analysts' estimates, which are not public: not computed (every P/E here is trailing)")
    valuation.notes = notes
    return FilingsValuationReport(asOf: asOf, valuation: valuation, coverage: coverage, earningsGrowthTrailing: growth,
                                  shortInterest: short, rows: rows)
}
