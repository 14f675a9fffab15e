import Foundation
import ProviderTestSupport
import RotationApp
import RotationCore
import RotationData
import RotationProviders
import RotationSQLite
import Testing

/// `RotationService.fetch` over an in-memory SQLite store: provenance in the import log and
/// all-or-nothing imports.
struct FetchUseCaseTests {
    static func service() throws -> (RotationService, any Store) {
        let store = try SQLiteStore()
        return (RotationService(source: SeriesSource(store: store, location: .sqlite(path: ":memory:"))), store)
    }

    static func request(_ symbols: [String], cache: String) -> FetchRequest {
        FetchRequest(source: "fred", symbols: symbols, cacheDirectory: cache, attempts: 2, interval: 0, backoff: 0)
    }

    @Test("a fetched series is logged with its URL, download time and the raw answer's content hash")
    func provenanceInImportLog() async throws {
        let rows = try SharedData.table("rates/DFF.csv").suffix(100)
        let body = ProviderFixtures.fredCSV(rows, series: "DFF")
        let (service, store) = try Self.service()
        let result = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            try await service.fetch(Self.request(["DFF"], cache: try ProviderTestKit.cacheDirectory()),
                                    environment: ["ROTATION_FRED_BASE_URL": server.baseURL])
        }
        #expect(result.imports.map(\.added) == [100])
        let provenance = try #require(result.provenance.first)
        #expect(provenance.contentHash == ContentHash.fnv1a64(body))
        let log = try await store.importLog()
        #expect(log.count == 1)
        #expect(log.first?.symbol == "DFF")
        #expect(log.first?.contentHash == ContentHash.fnv1a64(body))
        #expect(log.first?.file == "\(provenance.url) (fred, fetched \(provenance.fetchedAt))")
        #expect(provenance.url.hasSuffix("/graph/fredgraph.csv?id=DFF"))
    }

    @Test("when one symbol fails, no symbol is imported")
    func nothingPartial() async throws {
        let body = ProviderFixtures.fredCSV(try SharedData.table("rates/DFF.csv").suffix(100), series: "DFF")
        let (service, store) = try Self.service()
        await #expect(throws: DataError.self) {
            try await ProviderTestKit.withServer({ _, query, _ in query == "id=DFF" ? .ok(body) : .status(502) }) { server in
                _ = try await service.fetch(Self.request(["DFF", "DGS10"], cache: try ProviderTestKit.cacheDirectory()),
                                            environment: ["ROTATION_FRED_BASE_URL": server.baseURL])
            }
        }
        #expect(try await store.symbols().isEmpty)
        #expect(try await store.importLog().isEmpty)
    }

    @Test("an unknown source is a usage error naming the sources")
    func unknownSource() async throws {
        let (service, _) = try Self.service()
        await #expect(throws: Failure(.usage, "unknown source \"quandl\": use one of stooq, yahoo, fred, french, ishares")) {
            _ = try await service.fetch(FetchRequest(source: "quandl", symbols: ["X"]), environment: [:])
        }
    }

    @Test("--defaults fetches the default universe from yahoo, fred and french as one import, with progress over all 23 symbols")
    func defaults() async throws {
        // Every Yahoo symbol is answered with the recorded QQQ chart (one bar, 2020-01-02), DFF with
        // a recorded fredgraph CSV (39 values), and the French datasets with the recorded zips.
        let chart = try ProviderSamples.bytes("yahoo/chart-QQQ-2020-01-02.json")
        let fred = try ProviderSamples.bytes("fred/DGS10_observation_date_2025-11.excerpt.csv")
        let daily = try ProviderSamples.bytes("french/2025-11/F-F_Research_Data_Factors_daily_CSV.zip")
        let monthly = try ProviderSamples.bytes("french/2016-02/F-F_Research_Data_Factors_CSV.zip")
        let (service, store) = try Self.service()
        let seen = Progress()
        let result = try await ProviderTestKit.withServer({ path, _, _ in
            if path.hasPrefix("/v8/finance/chart/") { return .ok(chart) }
            if path == "/graph/fredgraph.csv" { return .ok(fred) }
            if path == "/F-F_Research_Data_Factors_daily_CSV.zip" { return .ok(daily) }
            if path == "/F-F_Research_Data_Factors_CSV.zip" { return .ok(monthly) }
            return .status(404)
        }) { server in
            try await service.fetch(
                FetchRequest(source: nil, symbols: [], defaults: true, cacheDirectory: try ProviderTestKit.cacheDirectory(), interval: 0),
                environment: ["ROTATION_YAHOO_BASE_URL": server.baseURL, "ROTATION_FRED_BASE_URL": server.baseURL,
                              "ROTATION_FRENCH_BASE_URL": server.baseURL],
                progress: { done, total in seen.add(done, total) })
        }
        // 5 indexes + 4 funds + 11 sector SPDRs + DFF + 2 French datasets = 23 downloads.
        #expect(result.provenance.map(\.source) == Array(repeating: "yahoo", count: 20) + ["fred", "french", "french"])
        #expect(result.provenance.prefix(9).map(\.storedAs) == ["RUT", "GSPC", "IXIC", "NDX", "DJI", "IWM", "SPY", "QQQ", "DIA"])
        // 20 bar series + DFF + 4 daily + 4 monthly factor columns.
        #expect(result.imports.count == 29)
        #expect(result.imports.first { $0.symbol == "DFF" }?.added == 39)
        #expect(seen.calls.last.map { [$0.0, $0.1] } == [23, 23])
        #expect(seen.calls.first.map { [$0.0, $0.1] } == [0, 23])
        let held = Set(try await store.symbols().map(\.symbol))
        #expect(held.isSuperset(of: ["RUT", "GSPC", "XLK", "DFF", "FF3_DAILY#smb", "FF3_MONTHLY#smb"]))
    }

    @Test("a source without symbols fetches its part of the default universe (fred: DFF)")
    func sourceDefaults() async throws {
        let body = try ProviderSamples.bytes("fred/DGS10_observation_date_2025-11.excerpt.csv")
        let (service, _) = try Self.service()
        let (result, requests) = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            (try await service.fetch(Self.request([], cache: try ProviderTestKit.cacheDirectory()),
                                     environment: ["ROTATION_FRED_BASE_URL": server.baseURL]), server.requests)
        }
        #expect(requests == ["/graph/fredgraph.csv?id=DFF"])
        // The samples' README: 39 values.
        #expect(result.imports.map(\.symbol) == ["DFF"])
        #expect(result.imports.map(\.added) == [39])
    }

    @Test("fetch with neither SOURCE nor --defaults, or a source without default symbols, is a usage error")
    func usage() async throws {
        let (service, _) = try Self.service()
        await #expect(throws: Failure(.usage, "fetch needs a SOURCE (stooq, yahoo, fred, french, ishares) or --defaults")) {
            _ = try await service.fetch(FetchRequest(source: nil, symbols: []), environment: [:])
        }
        await #expect(throws: Failure(.usage, "fetch stooq needs at least one SYMBOL (stooq has no default symbols; "
                                      + "rotation fetch --defaults loads the default universe from yahoo, fred and french)")) {
            _ = try await service.fetch(FetchRequest(source: "stooq", symbols: []), environment: [:])
        }
        await #expect(throws: Failure(.usage, "--api-key is for stooq only")) {
            _ = try await service.fetch(FetchRequest(source: "fred", symbols: ["DFF"], apiKey: "k"), environment: [:])
        }
    }
}

/// Progress calls seen by a test, in order.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls: [(Int, Int)] = []

    func add(_ done: Int, _ total: Int) {
        lock.lock()
        calls.append((done, total))
        lock.unlock()
    }
}
