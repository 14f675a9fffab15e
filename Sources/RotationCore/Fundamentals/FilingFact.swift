/// One figure a company filed with the SEC (one row of an XBRL company-facts answer): a value
/// for a period (a duration `start…end`, or an instant `end`), and the filing that carried it.
///
/// `fiscalYear`/`fiscalPeriod` describe the *filing*, not the period (Apple's 10-Q with
/// `fp` "Q1" carries the quarter ending 2023-12-30 and comparatives from a year earlier), and
/// are absent on proxy-statement facts; the point-in-time rules therefore never rely on them.
public struct FilingFact: Sendable, Hashable {
    /// `taxonomy:tag`, e.g. `us-gaap:NetIncomeLoss`, `dei:EntityCommonStockSharesOutstanding`.
    public var concept: String
    /// XBRL unit key: `USD`, `USD/shares`, `shares`.
    public var unit: String
    public var value: Double
    /// First day of a duration; `nil` for an instant.
    public var start: TradingDay?
    /// Last day of the period (the instant for balance-sheet and cover-page figures).
    public var end: TradingDay
    public var fiscalYear: Int?
    public var fiscalPeriod: String?
    /// Form type of the filing: `10-K`, `10-Q`, `10-K/A`, `DEF 14A`, `8-K`, …
    public var form: String
    /// EDGAR accession number of the filing, e.g. `0000320193-24-000123`.
    public var accession: String
    /// The day the filing was accepted: the first day the figure was public.
    public var filed: TradingDay

    public init(concept: String, unit: String, value: Double, start: TradingDay?, end: TradingDay,
                fiscalYear: Int? = nil, fiscalPeriod: String? = nil, form: String, accession: String, filed: TradingDay) {
        self.concept = concept
        self.unit = unit
        self.value = value
        self.start = start
        self.end = end
        self.fiscalYear = fiscalYear
        self.fiscalPeriod = fiscalPeriod
        self.form = form
        self.accession = accession
        self.filed = filed
    }

    /// Days from `start` to `end` (364 for a 52-week year); `nil` for an instant.
    public var durationDays: Int? { start.map { end.daysSinceEpoch - $0.daysSinceEpoch } }

    /// Whether the form is a periodic report (10-K, 10-Q, their transition forms, 20-F, 40-F,
    /// and amendments of any of them). Figures repeated in proxies, prospectuses or 8-Ks are
    /// not used for trailing sums: they repeat periodic figures, sometimes years later.
    public var isPeriodicReport: Bool {
        var base = Substring(form)
        if base.hasSuffix("/A") { base = base.dropLast(2) }
        return ["10-K", "10-Q", "10-KT", "10-QT", "20-F", "40-F"].contains(base)
    }
}

/// The concepts `rotation fetch sec` keeps, with the XBRL unit each is read in.
public enum FundamentalConcept: String, Sendable, CaseIterable {
    case netIncome = "us-gaap:NetIncomeLoss"
    case dilutedEarningsPerShare = "us-gaap:EarningsPerShareDiluted"
    case revenueFromContracts = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
    case revenues = "us-gaap:Revenues"
    case salesRevenueNet = "us-gaap:SalesRevenueNet"
    case stockholdersEquity = "us-gaap:StockholdersEquity"
    case sharesOutstanding = "dei:EntityCommonStockSharesOutstanding"

    /// The XBRL unit key the concept is kept in.
    public var unit: String {
        switch self {
        case .dilutedEarningsPerShare: "USD/shares"
        case .sharesOutstanding: "shares"
        default: "USD"
        }
    }

    /// Revenue concepts in order of preference (companies moved between them over time).
    public static let revenueConcepts: [FundamentalConcept] = [.revenueFromContracts, .revenues, .salesRevenueNet]
}
