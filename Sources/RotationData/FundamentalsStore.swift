import RotationCore

/// A store that also keeps companies' filed facts (SEC XBRL company facts) and FINRA's
/// consolidated short interest. Separate from `Store` so that a driver can add it on its own.
///
/// The guarantees are `Store`'s: one transaction per batch (a failure leaves the store exactly
/// as it was) and idempotence (the same batch again reports every fact `unchanged`).
///
/// - A company's facts are kept whole, keyed by CIK: importing a company replaces its facts
///   (a fact the new answer lacks is `removed`; the SEC's answer is always the full history,
///   so nothing point-in-time is lost). Its tickers point at the CIK.
/// - Short interest is one row per (symbol, settlement date); re-importing a date overwrites it.
/// - Every import writes an import-log row (file or URL, content hash, counts): the provenance.
public protocol FundamentalsStore: Store {
    /// Imports each company's facts, all in one transaction; one report per item, in order.
    func importCompanyFacts(_ items: [CompanyFactsImportItem]) async throws -> [CompanyFactsImportReport]

    /// The stored facts of the companies behind `tickers` (SEC spelling, see
    /// `SECTickerMap.normalised`), keyed by the ticker as given; tickers without facts are absent.
    func companyFacts(tickers: [String]) async throws -> [String: SECCompanyFacts]

    /// Imports one settlement date's short interest in one transaction.
    func importShortInterest(_ item: ShortInterestImportItem) async throws -> ShortInterestImportReport

    /// For each of `symbols`, its short interest on the latest settlement date on or before
    /// `asOf`; symbols without one are absent.
    func shortInterest(symbols: [String], asOf: TradingDay) async throws -> [String: ShortInterestRecord]
}

/// One company's facts to import, with where they came from.
public struct CompanyFactsImportItem: Sendable {
    /// The URL or file (a bulk-zip entry as `zip#entry`) the facts were read from.
    public var source: String
    /// FNV-1a 64-bit hash of the answer's bytes (`ContentHash`).
    public var contentHash: String
    /// Tickers (SEC spelling) that name the company.
    public var tickers: [String]
    public var facts: SECCompanyFacts

    public init(source: String, contentHash: String, tickers: [String], facts: SECCompanyFacts) {
        self.source = source
        self.contentHash = contentHash
        self.tickers = tickers
        self.facts = facts
    }
}

/// What importing one company did.
public struct CompanyFactsImportReport: Sendable, Equatable, Codable {
    public var tickers: [String]
    public var cik: Int
    public var name: String
    public var source: String
    public var added: Int
    public var removed: Int
    public var unchanged: Int
    /// The newest filing date among the company's facts; `nil` when it has none.
    public var lastFiled: TradingDay?

    public init(tickers: [String], cik: Int, name: String, source: String, added: Int, removed: Int, unchanged: Int,
                lastFiled: TradingDay?) {
        self.tickers = tickers
        self.cik = cik
        self.name = name
        self.source = source
        self.added = added
        self.removed = removed
        self.unchanged = unchanged
        self.lastFiled = lastFiled
    }

    enum CodingKeys: String, CodingKey {
        case tickers, cik, name, source, added, removed, unchanged
        case lastFiled = "last_filed"
    }
}

/// One symbol's short interest on one settlement date (FINRA, consolidated across markets).
public struct ShortInterestRecord: Sendable, Equatable, Codable {
    public var symbol: String
    public var settlementDate: TradingDay
    /// Shares sold short and not yet bought back, at the settlement date.
    public var shortShares: Double
    /// Average daily share volume over the reporting period; `nil` when not given.
    public var averageDailyVolume: Double?
    /// FINRA's days to cover (short shares / average daily volume, floored at 1, 999.99 when no volume).
    public var daysToCover: Double?

    public init(symbol: String, settlementDate: TradingDay, shortShares: Double, averageDailyVolume: Double?,
                daysToCover: Double?) {
        self.symbol = symbol
        self.settlementDate = settlementDate
        self.shortShares = shortShares
        self.averageDailyVolume = averageDailyVolume
        self.daysToCover = daysToCover
    }

    enum CodingKeys: String, CodingKey {
        case symbol
        case settlementDate = "settlement_date", shortShares = "short_shares"
        case averageDailyVolume = "average_daily_volume", daysToCover = "days_to_cover"
    }
}

/// One settlement date's short interest to import.
public struct ShortInterestImportItem: Sendable {
    public var source: String
    public var contentHash: String
    public var settlementDate: TradingDay
    public var records: [ShortInterestRecord]

    public init(source: String, contentHash: String, settlementDate: TradingDay, records: [ShortInterestRecord]) {
        self.source = source
        self.contentHash = contentHash
        self.settlementDate = settlementDate
        self.records = records
    }
}

/// What importing one settlement date did.
public struct ShortInterestImportReport: Sendable, Equatable, Codable {
    public var source: String
    public var settlementDate: TradingDay
    public var added: Int
    public var updated: Int
    public var unchanged: Int

    public init(source: String, settlementDate: TradingDay, added: Int, updated: Int, unchanged: Int) {
        self.source = source
        self.settlementDate = settlementDate
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    enum CodingKeys: String, CodingKey {
        case source, added, updated, unchanged
        case settlementDate = "settlement_date"
    }
}
