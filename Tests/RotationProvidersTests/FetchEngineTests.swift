import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct FetchEngineTests {
    static func stooqBody() throws -> [UInt8] {
        ProviderFixtures.stooqCSV(try SharedData.table("prices/IWM.csv").suffix(40))
    }

    @Test("a cached answer is used with the server stopped, with the first download's provenance")
    func cacheHitOffline() async throws {
        let body = try Self.stooqBody()
        let cache = try ProviderTestKit.cacheDirectory()
        let server = try await LoopbackServer.start { _, _, _ in .ok(body) }
        let provider = StooqProvider(baseURL: server.baseURL)
        let first = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server, cache: cache)
        try await server.stop()
        let engine = FetchEngine(settings: ProviderTestKit.settings(cache: cache))
        let second = try await engine.fetch(provider, symbols: [FetchSymbol(symbol: "iwm.us")], range: FetchRange())
        #expect(second[0].provenance.fromCache)
        #expect(first[0].provenance.fromCache == false)
        #expect(second[0].provenance.fetchedAt == first[0].provenance.fetchedAt)
        #expect(second[0].provenance.contentHash == first[0].provenance.contentHash)
        guard case .bars(let cached) = ProviderTestKit.only(second), case .bars(let fresh) = ProviderTestKit.only(first) else {
            Issue.record("no bars")
            return
        }
        #expect(cached.days == fresh.days)
        #expect(BarField.allCases.allSatisfy { sameColumn(cached.column($0), fresh.column($0)) })
        #expect(FileManager.default.contents(atPath: second[0].provenance.cacheFile) == Data(body))
        // --refresh goes to the network, which is gone now: a service failure.
        let refreshing = FetchEngine(settings: ProviderTestKit.settings(cache: cache, refresh: true))
        let error = await ProviderTestKit.dataError {
            _ = try await refreshing.fetch(provider, symbols: [FetchSymbol(symbol: "iwm.us")], range: FetchRange())
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.hasPrefix("cannot connect to 127.0.0.1:") == true)
    }

    @Test("HTTP 404 is an unknown symbol after one request")
    func notFound() async throws {
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .status(404, body: "Not Found") }) { server in
                defer { #expect(server.requests.count == 1) }
                _ = try await ProviderTestKit.fetch(.fred, ["NOSUCH"], from: server)
            }
        }
        #expect(error?.code == .unknownSymbol)
        #expect(error?.message == "HTTP 404 Not Found: the source has no such symbol or dataset")
        #expect(error?.location?.file.hasSuffix("/graph/fredgraph.csv?id=NOSUCH") == true)
    }

    @Test("HTTP 500 twice then 200 succeeds on the third attempt")
    func retryThenSuccess() async throws {
        let body = try Self.stooqBody()
        let count = try await ProviderTestKit.withServer({ _, _, attempt in attempt < 2 ? .status(500) : .ok(body) }) { server in
            let fetched = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
            #expect(ProviderTestKit.only(fetched)?.count == 40)
            return server.requests.count
        }
        #expect(count == 3)
    }

    @Test("HTTP 500 on every attempt fails as unavailable, naming the attempts")
    func retryThenFailure() async throws {
        let cache = try ProviderTestKit.cacheDirectory()
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .status(500) }) { server in
                defer { #expect(server.requests.count == 3) }
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server, cache: cache)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message == "HTTP 500 Internal Server Error after 3 attempts")
        // Nothing was cached.
        #expect((try? FileManager.default.contentsOfDirectory(atPath: cache + "/stooq"))?.isEmpty ?? true)
    }

    @Test("HTTP 429 with Retry-After: 0 is retried; a Retry-After beyond the limit stops at once")
    func tooManyRequests() async throws {
        let body = try Self.stooqBody()
        let retried = try await ProviderTestKit.withServer({ _, _, attempt in
            attempt == 0 ? .status(429, headers: [("Retry-After", "0")]) : .ok(body)
        }) { server in
            _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
            return server.requests.count
        }
        #expect(retried == 2)
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .status(429, headers: [("Retry-After", "3600")]) }) { server in
                defer { #expect(server.requests.count == 1) }
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message == "HTTP 429 Too Many Requests: the server asks to wait 3600 s; try again later")
    }

    @Test("a server that never answers times out as unavailable")
    func timeout() async throws {
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .hang }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server, readTimeout: 0.3)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message == "no answer within 0.3 s (read timeout) after 3 attempts")
    }

    @Test("a transfer cut off before its Content-Length is unavailable, not malformed")
    func cutOffTransfer() async throws {
        let body = try Self.stooqBody()
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .cutOff(body, sent: body.count / 2) }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us"], from: server)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message == "the connection closed before the answer was complete after 3 attempts")
    }

    @Test("one failing symbol fails the whole fetch")
    func allOrNothing() async throws {
        let body = try Self.stooqBody()
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, query, _ in query.contains("s=iwm.us") ? .ok(body) : .status(503) }) { server in
                _ = try await ProviderTestKit.fetch(.stooq, ["iwm.us", "spy.us"], from: server)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.location?.file.contains("s=spy.us") == true)
    }

    @Test("requests to one host are spaced by the polite interval")
    func rateLimit() async throws {
        let body = try Self.stooqBody()
        let elapsed = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            var settings = ProviderTestKit.settings(cache: try ProviderTestKit.cacheDirectory())
            settings.minimumInterval = 0.25
            let start = ContinuousClock.now
            _ = try await FetchEngine(settings: settings).fetch(
                StooqProvider(baseURL: server.baseURL), symbols: ["a.us", "b.us", "c.us"].map { FetchSymbol(symbol: $0) },
                range: FetchRange())
            return ContinuousClock.now - start
        }
        // Three requests, two gaps of at least 0.25 s.
        #expect(elapsed >= .milliseconds(500))
    }

    @Test("Retry-After accepts seconds and HTTP dates; the backoff doubles up to its cap")
    func retryPolicy() {
        let now = Date(timeIntervalSince1970: 1_445_412_480)   // Wed, 21 Oct 2015 07:28:00 GMT
        #expect(RetryPolicy.retryAfterSeconds("120", now: now) == 120)
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == 30)
        #expect(RetryPolicy.retryAfterSeconds("soon", now: now) == nil)
        let policy = RetryPolicy(attempts: 6, baseDelay: 1, maximumDelay: 5)
        #expect((1...5).map(policy.delay(afterAttempt:)) == [1, 2, 4, 5, 5])
    }
}
