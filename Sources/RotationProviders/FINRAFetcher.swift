import AsyncHTTPClient
import Foundation
import RotationCore
import RotationData

/// Downloads FINRA's consolidated short-interest file for one settlement date
/// (`https://cdn.finra.org/equity/otcmarket/biweekly/shrtYYYYMMDD.csv`), through the cache,
/// and reads it with `FINRAShortInterest` (which refuses the daily short-volume files).
public struct FINRAFetcher: Sendable {
    public var baseURL: String
    public var settings: FetchSettings

    public init(settings: FetchSettings, baseURL: String?) {
        self.settings = settings
        let chosen = baseURL ?? "https://cdn.finra.org"
        self.baseURL = chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
    }

    /// The file's URL for a settlement date.
    public func url(for date: TradingDay) -> String {
        let compact = date.description.replacingOccurrences(of: "-", with: "")
        return "\(baseURL)/equity/otcmarket/biweekly/shrt\(compact).csv"
    }

    /// The import item for `date`: the file's records, all on that settlement date. HTTP 404
    /// (no file for that day: not a settlement date, or not yet published) is `.unknownSymbol`.
    public func fetch(date: TradingDay, now: @Sendable () -> Date = Date.init) async throws -> (ShortInterestImportItem, Provenance) {
        let url = url(for: date)
        let answers = CachedAnswer(cache: ResponseCache(directory: settings.cacheDirectory), source: "finra", refresh: settings.refresh)
        var client: HTTPClient?
        var parsed: (settlementDate: TradingDay, records: [ShortInterestRecord])?
        let provenance: Provenance
        do {
            (_, provenance) = try await answers.body(url: url, name: "shrt\(date)", ext: "csv", now: now, get: {
                let made = FetchEngine(settings: settings).makeClient()
                client = made
                return try await HTTPGetter(client: made, settings: settings, limiter: HostRateLimiter(interval: settings.minimumInterval)).get(url)
            }, validate: { body, origin in parsed = try FINRAShortInterest.parse(body, file: origin) })
        } catch {
            try? await client?.shutdown()
            throw error
        }
        try? await client?.shutdown()
        let (settlement, records) = parsed!
        guard settlement == date else {
            throw DataError(.badInput, "the file is for settlement date \(settlement), not \(date)", at: SourceLocation(file: url))
        }
        return (ShortInterestImportItem(source: provenance.logFile, contentHash: provenance.contentHash, settlementDate: settlement,
                                        records: records), provenance)
    }
}
