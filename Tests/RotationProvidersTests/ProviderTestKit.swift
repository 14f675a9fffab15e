import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders

/// Shared steps of the provider tests: a server, a fresh cache, fast settings.
enum ProviderTestKit {
    /// A fresh, empty cache directory.
    static func cacheDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotation-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Settings for loopback tests: 3 attempts, 10 ms backoff, no spacing between requests.
    static func settings(cache: String, readTimeout: Double = 20, refresh: Bool = false) -> FetchSettings {
        FetchSettings(cacheDirectory: cache, refresh: refresh, connectTimeout: 5, readTimeout: readTimeout,
                      retry: RetryPolicy(attempts: 3, baseDelay: 0.01, maximumDelay: 5), minimumInterval: 0)
    }

    /// Fetches `symbols` from a provider at `server` with a fresh cache (or `cache`).
    /// `downloadedAt` stamps the download (a sample's capture time); default now.
    static func fetch(_ name: ProviderName, _ symbols: [String], from server: LoopbackServer, cache: String? = nil,
                      range: FetchRange = FetchRange(), readTimeout: Double = 20, apiKey: String? = nil,
                      downloadedAt: Date? = nil) async throws -> [FetchedSymbol] {
        let provider = Providers.make(name, baseURL: server.baseURL, apiKey: apiKey, environment: [:])
        let engine = FetchEngine(settings: settings(cache: try cache ?? cacheDirectory(), readTimeout: readTimeout))
        return try await engine.fetch(provider, symbols: symbols.map(FetchSymbol.init(argument:)), range: range,
                                      now: { downloadedAt ?? Date() })
    }

    /// An ISO-8601 instant (`2025-10-07T15:31:16-03:00`), for download times.
    static func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    /// The bars of a single-symbol fetch, or nil.
    static func bars(_ fetched: [FetchedSymbol]) -> DailyBars? {
        guard case .bars(let bars) = only(fetched) else { return nil }
        return bars
    }

    /// The days of ISO texts.
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// Runs `body` with a server answering `route`, stopping it afterwards.
    static func withServer<T>(_ route: @escaping LoopbackServer.Route,
                              _ body: (LoopbackServer) async throws -> T) async throws -> T {
        let server = try await LoopbackServer.start(route)
        do {
            let result = try await body(server)
            try await server.stop()
            return result
        } catch {
            try? await server.stop()
            throw error
        }
    }

    /// The error a throwing call raised, as a `DataError` (nil when it did not throw one).
    static func dataError(_ body: () async throws -> Void) async -> DataError? {
        do {
            try await body()
            return nil
        } catch let error as DataError {
            return error
        } catch {
            return DataError(.io, "unexpected error \(error)")
        }
    }

    /// The single series payload of a fetch.
    static func only(_ fetched: [FetchedSymbol]) -> LoadedSeries? {
        guard fetched.count == 1, case .series(let payloads) = fetched[0].payload, payloads.count == 1 else { return nil }
        return payloads[0]
    }

    /// A shared price file parsed by the project's reader, cut to the given days.
    static func sharedBars(_ relative: String, symbol: String, from: TradingDay, to: TradingDay) throws -> DailyBars {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SharedData.path(relative))))
        guard case .bars(let bars) = try PriceCSV.parse(bytes, file: relative, symbol: symbol) else { return DailyBars(symbol: symbol) }
        return bars.slice(from: from, through: to)
    }
}

/// NaN-aware equality of two columns (a missing value equals a missing value).
func sameColumn(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
}
