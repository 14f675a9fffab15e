import Foundation
import RotationCore
import RotationData
import RotationProviders

/// `rotation fetch sec TICKER… [--members FILE|DATE] [--bulk companyfacts.zip]`.
public struct SECFetchRequest: Sendable {
    public var tickers: [String]
    /// A members or holdings file, or a `DATE`/`INDEX@DATE`/`INDEX` naming the store's snapshots.
    public var members: [String]
    /// The SEC's bulk `companyfacts.zip`, read instead of one request per company.
    public var bulk: String?
    /// A local copy of `company_tickers.json` (else downloaded, through the cache).
    public var tickerMap: String?
    /// `--user-agent`; else `$ROTATION_SEC_USER_AGENT`.
    public var userAgent: String?
    public var baseURL: String?
    public var cacheDirectory: String?
    public var refresh: Bool
    public var attempts: Int?
    public var timeout: Double?
    public var backoff: Double?

    public init(tickers: [String], members: [String] = [], bulk: String? = nil, tickerMap: String? = nil, userAgent: String? = nil,
                baseURL: String? = nil, cacheDirectory: String? = nil, refresh: Bool = false, attempts: Int? = nil,
                timeout: Double? = nil, backoff: Double? = nil) {
        self.tickers = tickers
        self.members = members
        self.bulk = bulk
        self.tickerMap = tickerMap
        self.userAgent = userAgent
        self.baseURL = baseURL
        self.cacheDirectory = cacheDirectory
        self.refresh = refresh
        self.attempts = attempts
        self.timeout = timeout
        self.backoff = backoff
    }
}

/// The `fetch sec` document: one import report per company, the tickers left out and why,
/// and where each answer came from.
public struct SECFetchResult: Sendable, Codable, Equatable {
    public var requested: Int
    public var imports: [CompanyFactsImportReport]
    /// Tickers the SEC's ticker map does not list.
    public var unknown: [String]
    /// Tickers the SEC lists without company facts (or without any kept concept).
    public var withoutFacts: [String]
    public var provenance: [Provenance]

    enum CodingKeys: String, CodingKey {
        case requested, imports, unknown, provenance
        case withoutFacts = "without_facts"
    }
}

/// `rotation fetch finra --date D`.
public struct FINRAFetchRequest: Sendable {
    public var date: TradingDay
    public var baseURL: String?
    public var cacheDirectory: String?
    public var refresh: Bool
    public var attempts: Int?
    public var timeout: Double?

    public init(date: TradingDay, baseURL: String? = nil, cacheDirectory: String? = nil, refresh: Bool = false,
                attempts: Int? = nil, timeout: Double? = nil) {
        self.date = date
        self.baseURL = baseURL
        self.cacheDirectory = cacheDirectory
        self.refresh = refresh
        self.attempts = attempts
        self.timeout = timeout
    }
}

/// The `fetch finra` document.
public struct FINRAFetchResult: Sendable, Codable, Equatable {
    public var imports: [ShortInterestImportReport]
    public var symbols: Int
    public var provenance: [Provenance]
}

extension RotationService {
    /// The store, or a failure saying it keeps no fundamentals.
    func fundamentalsStore() throws -> any FundamentalsStore {
        guard let store = try source.store() as? any FundamentalsStore else {
            throw Failure(.unavailable, "the store at \(source.location) does not keep filings or short interest")
        }
        return store
    }

    /// The SEC's fair-access rule: a User-Agent naming the user and a contact address.
    static func secUserAgent(_ explicit: String?, environment: [String: String]) throws -> String {
        let chosen = [explicit, environment["ROTATION_SEC_USER_AGENT"]].compactMap { $0 }.first { !$0.isEmpty }
        guard let chosen else {
            throw Failure(.usage, "the SEC asks every client to name itself: pass --user-agent \"Your Name you@example.com\" or set ROTATION_SEC_USER_AGENT")
        }
        guard SECFetcher.isAcceptableUserAgent(chosen) else {
            throw Failure(.usage, "--user-agent \"\(chosen)\": the SEC asks for a name and a contact address, e.g. \"Your Name you@example.com\"")
        }
        return chosen
    }

    /// Downloads (or reads from `--bulk`) the facts of every ticker and, when all parsed,
    /// imports them in one transaction. Tickers unknown to the SEC or without facts are
    /// counted and listed, not errors.
    public func fetchSEC(_ request: SECFetchRequest,
                         environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> SECFetchResult {
        let userAgent = try Self.secUserAgent(request.userAgent, environment: environment)
        var tickers = request.tickers
        if !request.members.isEmpty { tickers += try await memberList(request.members, asOf: nil).tickers }
        var seen = Set<String>()
        tickers = tickers.filter { seen.insert(SECTickerMap.normalised($0)).inserted }
        guard !tickers.isEmpty else { throw Failure(.usage, "fetch sec needs at least one TICKER or --members FILE|DATE") }
        var settings = FetchSettings(cacheDirectory: request.cacheDirectory ?? FetchSettings.defaultCacheDirectory(environment: environment),
                                     refresh: request.refresh, minimumInterval: SECFetcher.minimumInterval)
        if let timeout = request.timeout { settings.readTimeout = timeout; settings.connectTimeout = min(settings.connectTimeout, timeout) }
        if let attempts = request.attempts { settings.retry.attempts = max(1, attempts) }
        if let backoff = request.backoff { settings.retry.baseDelay = max(0, backoff) }
        let baseURL = request.baseURL ?? environment["ROTATION_SEC_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let fetcher = SECFetcher(userAgent: userAgent, settings: settings, baseURL: baseURL)
        let fetched = try await fetcher.fetch(tickers: tickers, bulk: request.bulk, tickerMap: request.tickerMap)
        source.createsStore = true
        let reports = fetched.items.isEmpty ? [] : try await fundamentalsStore().importCompanyFacts(fetched.items)
        return SECFetchResult(requested: tickers.count, imports: reports, unknown: fetched.unknown,
                              withoutFacts: fetched.withoutFacts, provenance: fetched.provenance)
    }

    /// Downloads one settlement date's short interest and imports it in one transaction.
    public func fetchFINRA(_ request: FINRAFetchRequest,
                           environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> FINRAFetchResult {
        var settings = FetchSettings(cacheDirectory: request.cacheDirectory ?? FetchSettings.defaultCacheDirectory(environment: environment),
                                     refresh: request.refresh)
        if let timeout = request.timeout { settings.readTimeout = timeout; settings.connectTimeout = min(settings.connectTimeout, timeout) }
        if let attempts = request.attempts { settings.retry.attempts = max(1, attempts) }
        let baseURL = request.baseURL ?? environment["ROTATION_FINRA_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let (item, provenance) = try await FINRAFetcher(settings: settings, baseURL: baseURL).fetch(date: request.date)
        source.createsStore = true
        let report = try await fundamentalsStore().importShortInterest(item)
        return FINRAFetchResult(imports: [report], symbols: item.records.count, provenance: [provenance])
    }

    /// Index fundamentals as of a day from the stored filings, the members' stored closes and
    /// the stored short interest (`filingsValuation`). `members` is a members or holdings file,
    /// or a `DATE`/`INDEX@DATE`/`INDEX` naming the store's snapshots; `asOf` defaults to that
    /// `DATE`, else the file's last snapshot date.
    public func valuation(members: [String], asOf: TradingDay?) async throws -> FilingsValuationReport {
        let list = try await memberList(members, asOf: asOf)
        let day = asOf ?? list.date
        let store = try fundamentalsStore()
        let facts = try await store.companyFacts(tickers: list.tickers)
        var bars: [String: DailyBars] = [:]
        if let prices = try source.store() as? any MembershipStore {
            for series in try await prices.loadBars(symbols: list.tickers) { bars[series.symbol] = series }
        }
        let keys = list.tickers.map(FINRAShortInterest.matchingKey)
        let shorts = try await store.shortInterest(symbols: keys, asOf: day)
        let inputs = zip(list.tickers, keys).map { ticker, key -> FilingsMemberInput in
            var price: Double?, priceDate: TradingDay?
            if let series = bars[ticker], let index = series.lastIndex(onOrBefore: day) {
                // Market cap needs the price as traded (shares outstanding are not adjusted): the
                // close, else the adjusted close a member price matrix keeps.
                let close = series.close[index].isNaN ? series.adjClose[index] : series.close[index]
                if !close.isNaN { price = close; priceDate = series.days[index] }
            }
            return FilingsMemberInput(
                ticker: ticker, sector: list.sectors[ticker], facts: facts[ticker]?.facts ?? [], hasFacts: facts[ticker] != nil,
                price: price, priceDate: priceDate,
                shortInterest: shorts[key].map { ShortInterestFigure(shares: $0.shortShares, settlementDate: $0.settlementDate) })
        }
        return filingsValuation(members: inputs, asOf: day)
    }

    /// The tickers (and sectors) of a `--members` value on `asOf` (or its own date).
    func memberList(_ members: [String], asOf: TradingDay?) async throws -> (tickers: [String], sectors: [String: String], date: TradingDay) {
        let input = MembersInput(members: members)
        let snapshot: MembershipSnapshot?
        if let stored = try input.storedMembership() {
            let day = stored.date ?? asOf
            let history = try await storedHistory(stored, days: day.map { [$0] } ?? []).history
            snapshot = day.map { history.snapshot(on: $0) } ?? history.snapshots.last
        } else {
            var snapshots: [MembershipSnapshot] = []
            for file in members { snapshots += try MembersFile.parse(bytes: try Self.readBytes(file), file: file) }
            let history = MembershipHistory(snapshots)
            snapshot = asOf.flatMap { history.snapshot(on: $0) } ?? history.snapshots.last
        }
        guard let snapshot else { throw Failure(.badInput, "--members \(members.joined(separator: " ")): no members on or before the as-of day") }
        let tickers = snapshot.members.keys.sorted()
        return (tickers, snapshot.members.compactMapValues(\.sector), snapshot.date)
    }
}
