import AsyncHTTPClient
import Foundation
import NIOCore
import RotationCore
import RotationData

/// What one symbol's fetch produced: the parsed payload, where it came from, and what the
/// user should be told about it (rows left out, another day than asked).
public struct FetchedSymbol: Sendable {
    public var provenance: Provenance
    public var payload: ProviderPayload
    /// One line each (`SPX: left out 26 monthly rows …`).
    public var notes: [String] = []
}

/// Fetches symbols from one provider: cache first (unless `refresh`), else HTTP with
/// timeouts, retries and a per-host rate limit; tells refusals from data (`Provider.refusal`),
/// parses every answer before anything is kept, cuts series to the range, and caches each raw
/// answer that parsed.
///
/// No network is used when every answer is cached: the HTTP client is created on the first
/// cache miss. Any failure throws one `DataError` and returns nothing, so a caller that imports
/// the result imports all symbols or none. URLs are shown, cached and logged without
/// credentials (`Provider.requestURL` adds them to the request only).
public struct FetchEngine: Sendable {
    /// The version sent in the `User-Agent` header.
    public static let version = "0.1.0"
    public var settings: FetchSettings

    public init(settings: FetchSettings) {
        self.settings = settings
    }

    /// Fetches every symbol in order. `now` stamps downloads (tests fix it). `progress` is
    /// called after each symbol with the number done so far.
    public func fetch(_ provider: any Provider, symbols: [FetchSymbol], range: FetchRange,
                      now: @Sendable () -> Date = Date.init,
                      progress: (Int) -> Void = { _ in }) async throws -> [FetchedSymbol] {
        let cache = ResponseCache(directory: settings.cacheDirectory)
        let limiter = HostRateLimiter(interval: settings.minimumInterval)
        var client: HTTPClient?
        var results: [FetchedSymbol] = []
        do {
            for item in symbols {
                let url = try provider.url(for: item.symbol, range: range)
                let stored = item.storedName ?? provider.storedName(for: item.symbol)
                let file = cache.file(provider: provider.name, symbol: stored, url: url)
                if !settings.refresh, let hit = cache.read(file: file, url: url) {
                    let downloaded = FetchEngine.date(hit.record.fetchedAt) ?? now()
                    let context = AnswerContext(symbol: item.symbol, storedName: stored, origin: file, range: range, downloadedAt: downloaded)
                    let answer = try read(provider, hit.body, context: context)
                    results.append(FetchedSymbol(
                        provenance: Provenance(source: provider.name.rawValue, symbol: item.symbol, storedAs: stored, url: url,
                                               fetchedAt: hit.record.fetchedAt, contentHash: hit.record.contentHash,
                                               cacheFile: file, fromCache: true),
                        payload: answer.payload, notes: answer.notes))
                    progress(results.count)
                    continue
                }
                if client == nil { client = makeClient() }
                let getter = HTTPGetter(client: client!, settings: settings, limiter: limiter,
                                        missingDetail: { [provider] body in provider.missingDetail(in: body) })
                let body = try await getter.get(provider.requestURL(for: url), shown: url)
                let downloaded = now()
                let context = AnswerContext(symbol: item.symbol, storedName: stored, origin: url, range: range, downloadedAt: downloaded)
                let answer = try read(provider, body, context: context)
                let record = ResponseCache.Record(url: url, source: provider.name.rawValue, fetchedAt: FetchEngine.timestamp(downloaded),
                                                  contentHash: ContentHash.fnv1a64(body), bytes: body.count)
                try cache.write(file: file, body: body, record: record)
                results.append(FetchedSymbol(
                    provenance: Provenance(source: provider.name.rawValue, symbol: item.symbol, storedAs: stored, url: url,
                                           fetchedAt: record.fetchedAt, contentHash: record.contentHash,
                                           cacheFile: file, fromCache: false),
                    payload: answer.payload, notes: answer.notes))
                progress(results.count)
            }
        } catch {
            try? await client?.shutdown()
            throw error
        }
        try? await client?.shutdown()
        return results
    }

    /// A refusal first (exit 69), then the provider's reading, cut to the range.
    private func read(_ provider: any Provider, _ body: [UInt8], context: AnswerContext) throws -> ProviderAnswer {
        if let refused = provider.refusal(in: body, context: context) { throw refused }
        var answer = try provider.read(body, context: context)
        answer.payload = try clip(answer.payload, range: context.range, origin: context.origin)
        return answer
    }

    /// Series cut to the range; a range that leaves a series empty is an `.emptyWindow` error.
    private func clip(_ payload: ProviderPayload, range: FetchRange, origin: String) throws -> ProviderPayload {
        guard case .series(let all) = payload else { return payload }
        let clipped = all.map(range.clip)
        if let empty = clipped.first(where: { $0.count == 0 }) {
            throw DataError(.emptyWindow, "no rows for \(empty.symbol) in \(range.description)", at: SourceLocation(file: origin))
        }
        return .series(clipped)
    }

    /// The HTTP client of a fetch; `decompressing` accepts gzip and deflate answers (up to 25
    /// times the compressed size, AsyncHTTPClient's default ratio).
    func makeClient(decompressing: Bool = false) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            timeout: .init(connect: .milliseconds(Int64(settings.connectTimeout * 1000)),
                           read: .milliseconds(Int64(settings.readTimeout * 1000))))
        configuration.redirectConfiguration = .follow(max: 5, allowCycles: false)
        // The engine retries itself (with the user's attempts and backoff); a refused connection
        // should fail the attempt at once rather than be retried until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        if decompressing { configuration.decompression = HTTPClient.Configuration.singletonConfiguration.decompression }
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// ISO-8601 UTC with seconds (`2026-08-21T21:05:00Z`).
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The instant of a `timestamp` text (a cache record's download time).
    static func date(_ timestamp: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: timestamp)
    }
}
