import Foundation
import RotationCore
import RotationData
import RotationProviders

/// `rotation fetch SOURCE SYMBOL…`: download from a public source and import.
public struct FetchRequest: Sendable {
    /// `stooq`, `yahoo`, `fred`, `french` or `ishares`; nil with `defaults`.
    public var source: String?
    /// Symbols as the source spells them, each optionally `SYMBOL=NAME`. Empty: the source's
    /// part of the default universe (`DefaultUniverse`).
    public var symbols: [String]
    /// Fetch the whole default universe (`--defaults`): Yahoo's indexes, ETFs and sector
    /// SPDRs, FRED's DFF and the Fama–French three factors, imported as one.
    public var defaults: Bool
    /// Stooq's API key (`--api-key`); else `ROTATION_STOOQ_API_KEY`. Sent, never shown or logged.
    public var apiKey: String?
    /// First and last day wanted (`--from`, `--to`), inclusive.
    public var from: TradingDay?
    public var to: TradingDay?
    /// Overrides the provider's base URL (a mirror, a test server).
    public var baseURL: String?
    /// Overrides the cache directory (`$XDG_CACHE_HOME/rotation`).
    public var cacheDirectory: String?
    /// Download again even when an answer is cached.
    public var refresh: Bool
    /// Where holdings files are written (`ishares`); default the current directory.
    public var outputDirectory: String?
    /// Total attempts per request (default 4).
    public var attempts: Int?
    /// Read timeout in seconds (default 30; the connect timeout is 10 s or this, the smaller).
    public var timeout: Double?
    /// Least seconds between requests to one host (default 1).
    public var interval: Double?
    /// First backoff delay in seconds (default 1; doubles per attempt).
    public var backoff: Double?

    public init(source: String?, symbols: [String], defaults: Bool = false, apiKey: String? = nil,
                from: TradingDay? = nil, to: TradingDay? = nil, baseURL: String? = nil,
                cacheDirectory: String? = nil, refresh: Bool = false, outputDirectory: String? = nil,
                attempts: Int? = nil, timeout: Double? = nil, interval: Double? = nil, backoff: Double? = nil) {
        self.source = source
        self.symbols = symbols
        self.defaults = defaults
        self.apiKey = apiKey
        self.from = from
        self.to = to
        self.baseURL = baseURL
        self.cacheDirectory = cacheDirectory
        self.refresh = refresh
        self.outputDirectory = outputDirectory
        self.attempts = attempts
        self.timeout = timeout
        self.interval = interval
        self.backoff = backoff
    }
}

/// The `fetch` document: the `import` document's `imports`, plus where each answer came from
/// and, for holdings, the files written.
public struct FetchResult: Sendable, Codable, Equatable {
    public var imports: [BatchImportReport]
    public var provenance: [Provenance]
    /// Holdings files written (`ishares` only; absent otherwise).
    public var holdings: [HoldingsFileReport]?
    /// What the user should know about the answers: rows left out (Stooq's monthly rows before
    /// its daily history, a running session's bar), another day than asked (iShares). Absent
    /// when there is nothing to say.
    public var notes: [String]?

    public init(imports: [BatchImportReport], provenance: [Provenance], holdings: [HoldingsFileReport]?, notes: [String]? = nil) {
        self.imports = imports
        self.provenance = provenance
        self.holdings = holdings
        self.notes = notes
    }
}

/// One holdings file `rotation fetch ishares` wrote.
public struct HoldingsFileReport: Sendable, Codable, Equatable {
    public var symbol: String
    public var date: TradingDay
    /// Equity members (cash, futures and unlisted rights left out).
    public var members: Int
    public var file: String
}

extension RotationService {
    /// Fetches every symbol (cache first), and only when all of them downloaded and parsed,
    /// imports the series in one transaction (or writes the holdings files and imports them as
    /// membership snapshots). Any failure leaves
    /// the store and the holdings directory as they were.
    public func fetch(_ request: FetchRequest,
                      environment: [String: String] = ProcessInfo.processInfo.environment,
                      progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) async throws -> FetchResult {
        let plan = try fetchPlan(request)
        if let from = request.from, let to = request.to, from > to {
            throw Failure(.usage, "--from \(from) is after --to \(to)")
        }
        let settings = settings(for: request, environment: environment)
        let total = plan.reduce(0) { $0 + $1.symbols.count }
        var fetched: [(ProviderName, [FetchedSymbol])] = []
        var done = 0
        progress(0, total)
        for (name, symbols) in plan {
            let provider = Providers.make(name, baseURL: request.baseURL, apiKey: request.apiKey, environment: environment)
            let before = done
            let answers = try await FetchEngine(settings: settings).fetch(
                provider, symbols: symbols.map(FetchSymbol.init(argument:)), range: FetchRange(from: request.from, to: request.to),
                progress: { progress(before + $0, total) })
            done += answers.count
            fetched.append((name, answers))
        }
        let all = fetched.flatMap(\.1)
        let provenance = all.map(\.provenance)
        let notes = all.flatMap(\.notes)
        source.createsStore = true
        if plan.count == 1, plan[0].source == .ishares {
            // The files first (what the user downloads), then the same files as snapshots in
            // the store, in one transaction, when the store keeps snapshots.
            let files = try writeHoldings(all, directory: request.outputDirectory ?? ".")
            guard let store = try source.store() as? any MembershipStore else {
                return FetchResult(imports: [], provenance: provenance, holdings: files, notes: notes.isEmpty ? nil : notes)
            }
            var items: [BatchImportItem] = []
            for file in files {
                items += try MemberImportFiles.load(path: file.file, index: file.symbol) ?? []
            }
            return FetchResult(imports: try await store.importBatch(items), provenance: provenance, holdings: files,
                               notes: notes.isEmpty ? nil : notes)
        }
        var items: [ImportItem] = []
        for symbol in all {
            guard case .series(let payloads) = symbol.payload else { continue }
            items += payloads.map {
                ImportItem(file: symbol.provenance.logFile, contentHash: symbol.provenance.contentHash, payload: $0)
            }
        }
        let reports = try await source.store().importBatch(items)
        return FetchResult(imports: zip(reports, items).map { BatchImportReport($0, kind: $1.payload.kind) },
                           provenance: provenance, holdings: nil, notes: notes.isEmpty ? nil : notes)
    }

    /// The sources and symbols a request fetches: `--defaults` is the whole default universe;
    /// a source without symbols is its part of it.
    private func fetchPlan(_ request: FetchRequest) throws -> [(source: ProviderName, symbols: [String])] {
        let names = ProviderName.allCases.map(\.rawValue).joined(separator: ", ")
        if request.defaults {
            guard request.source == nil, request.symbols.isEmpty else {
                throw Failure(.usage, "--defaults takes no SOURCE or SYMBOL: it fetches the default universe from yahoo, fred and french")
            }
            guard request.apiKey == nil, request.baseURL == nil else {
                throw Failure(.usage, "--defaults fetches from several sources: --api-key and --base-url need one SOURCE")
            }
            return DefaultUniverse.all
        }
        guard let text = request.source else {
            throw Failure(.usage, "fetch needs a SOURCE (\(names)) or --defaults")
        }
        guard let name = ProviderName(rawValue: text.lowercased()) else {
            throw Failure(.usage, "unknown source \"\(text)\": use one of \(names)")
        }
        if request.apiKey != nil, name != .stooq {
            throw Failure(.usage, "--api-key is for stooq only")
        }
        let symbols = request.symbols.isEmpty ? DefaultUniverse.symbols(for: name) : request.symbols
        guard !symbols.isEmpty else {
            throw Failure(.usage, "fetch \(name.rawValue) needs at least one SYMBOL (\(name.rawValue) has no default symbols; "
                              + "rotation fetch --defaults loads the default universe from yahoo, fred and french)")
        }
        return [(name, symbols)]
    }

    private func settings(for request: FetchRequest, environment: [String: String]) -> FetchSettings {
        var settings = FetchSettings(cacheDirectory: request.cacheDirectory ?? FetchSettings.defaultCacheDirectory(environment: environment),
                                     refresh: request.refresh)
        if let timeout = request.timeout {
            settings.readTimeout = timeout
            settings.connectTimeout = min(settings.connectTimeout, timeout)
        }
        if let attempts = request.attempts { settings.retry.attempts = max(1, attempts) }
        if let backoff = request.backoff { settings.retry.baseDelay = max(0, backoff) }
        if let interval = request.interval { settings.minimumInterval = max(0, interval) }
        return settings
    }

    /// Writes each snapshot as `NAME_holdings_YYYY-MM-DD.csv` (temporary file, then rename).
    private func writeHoldings(_ fetched: [FetchedSymbol], directory: String) throws -> [HoldingsFileReport] {
        var reports: [HoldingsFileReport] = []
        var staged: [(temporary: String, final: String)] = []
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for symbol in fetched {
                guard case .holdings(let snapshot, let csv) = symbol.payload else { continue }
                let path = "\(directory.hasSuffix("/") ? String(directory.dropLast()) : directory)/\(symbol.provenance.storedAs)_holdings_\(snapshot.date).csv"
                let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
                try Data(csv).write(to: URL(fileURLWithPath: temporary))
                staged.append((temporary, path))
                reports.append(HoldingsFileReport(symbol: symbol.provenance.storedAs, date: snapshot.date,
                                                  members: snapshot.count, file: path))
            }
            for (temporary, final) in staged where rename(temporary, final) != 0 {
                throw Failure(.io, "\(final): cannot write the holdings file")
            }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(atPath: temporary) }
            if let failure = error as? Failure { throw failure }
            throw Failure(.io, "\(directory): cannot write holdings files")
        }
        return reports
    }
}
