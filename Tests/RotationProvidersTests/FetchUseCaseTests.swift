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
}
