import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// Failing fast where retrying cannot help, and waiting where the server asks to.
struct FailFastTests {
    @Test("a refused connection is not retried: one line, unavailable, with no backoff wait")
    func refusedOnce() async throws {
        // A port nothing listens on: a server started and stopped.
        let server = try await LoopbackServer.start { _, _, _ in .status(500) }
        let base = server.baseURL
        try await server.stop()
        // 4 attempts with a 20 s first backoff: one retry alone would take 20 s. (The CLI's
        // wall time without network is measured in docs/PROVIDERS.md; a time bound here would
        // depend on the machine's load.)
        var settings = ProviderTestKit.settings(cache: try ProviderTestKit.cacheDirectory())
        settings.retry = RetryPolicy(attempts: 4, baseDelay: 20, maximumDelay: 60)
        let start = ContinuousClock.now
        let error = await ProviderTestKit.dataError {
            _ = try await FetchEngine(settings: settings).fetch(YahooProvider(baseURL: base), symbols: [FetchSymbol(symbol: "^GSPC")],
                                                                range: FetchRange())
        }
        let elapsed = ContinuousClock.now - start
        #expect(error?.code == .unavailable)
        #expect(elapsed < .seconds(10), "\(elapsed)")
        #expect(error?.message.hasPrefix("cannot connect to 127.0.0.1:") == true)
        #expect(error?.message.hasSuffix("(connection refused); check the network, the address (--base-url) or try again later") == true)
        #expect(error?.message.contains("attempts") == false)
    }

    @Test("HTTP 503 keeps the backoff: three attempts")
    func serverErrorRetried() async throws {
        let count = try await ProviderTestKit.withServer({ _, _, _ in .status(503) }) { server in
            _ = await ProviderTestKit.dataError { _ = try await ProviderTestKit.fetch(.fred, ["DFF"], from: server) }
            return server.requests.count
        }
        #expect(count == 3)
    }

    @Test("HTTP 429 with Retry-After: 1 waits that second, not the 10 ms backoff")
    func retryAfterHonoured() async throws {
        let body = try ProviderSamples.bytes("fred/DGS10_observation_date_2025-11.excerpt.csv")
        let start = ContinuousClock.now
        let requests = try await ProviderTestKit.withServer({ _, _, attempt in
            attempt == 0 ? .status(429, headers: [("Retry-After", "1")]) : .ok(body)
        }) { server in
            _ = try await ProviderTestKit.fetch(.fred, ["DGS10"], from: server)
            return server.requests.count
        }
        #expect(requests == 2)
        #expect(ContinuousClock.now - start >= .milliseconds(1000))
    }
}
