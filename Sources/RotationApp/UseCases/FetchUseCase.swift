import Foundation
import RotationCore
import RotationData
import RotationProviders

/// `rotation fetch SOURCE SYMBOL…`: download from a public source and import.
public struct FetchRequest: Sendable {
    /// `stooq`, `yahoo`, `fred`, `french` or `ishares`.
    public var source: String
    /// Symbols as the source spells them, each optionally `SYMBOL=NAME`.
    public var symbols: [String]
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

    public init(source: String, symbols: [String], from: TradingDay? = nil, to: TradingDay? = nil, baseURL: String? = nil,
                cacheDirectory: String? = nil, refresh: Bool = false, outputDirectory: String? = nil,
                attempts: Int? = nil, timeout: Double? = nil, interval: Double? = nil, backoff: Double? = nil) {
        self.source = source
        self.symbols = symbols
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
                      environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> FetchResult {
        guard let name = ProviderName(rawValue: request.source.lowercased()) else {
            let names = ProviderName.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(.usage, "unknown source \"\(request.source)\": use one of \(names)")
        }
        guard !request.symbols.isEmpty else { throw Failure(.usage, "fetch needs at least one SYMBOL") }
        if let from = request.from, let to = request.to, from > to {
            throw Failure(.usage, "--from \(from) is after --to \(to)")
        }
        let provider = Providers.make(name, baseURL: request.baseURL, environment: environment)
        let engine = FetchEngine(settings: settings(for: request, environment: environment))
        let fetched = try await engine.fetch(provider, symbols: request.symbols.map(FetchSymbol.init(argument:)), range: FetchRange(from: request.from, to: request.to))
        let provenance = fetched.map(\.provenance)
        source.createsStore = true
        if name == .ishares {
            // The files first (what the user downloads), then the same files as snapshots in
            // the store, in one transaction, when the store keeps snapshots.
            let files = try writeHoldings(fetched, directory: request.outputDirectory ?? ".")
            guard let store = try source.store() as? any MembershipStore else {
                return FetchResult(imports: [], provenance: provenance, holdings: files)
            }
            var items: [BatchImportItem] = []
            for file in files {
                items += try MemberImportFiles.load(path: file.file, index: file.symbol) ?? []
            }
            return FetchResult(imports: try await store.importBatch(items), provenance: provenance, holdings: files)
        }
        var items: [ImportItem] = []
        for symbol in fetched {
            guard case .series(let payloads) = symbol.payload else { continue }
            items += payloads.map {
                ImportItem(file: symbol.provenance.logFile, contentHash: symbol.provenance.contentHash, payload: $0)
            }
        }
        let reports = try await source.store().importBatch(items)
        return FetchResult(imports: zip(reports, items).map { BatchImportReport($0, kind: $1.payload.kind) },
                           provenance: provenance, holdings: nil)
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
