import Foundation
import ProviderTestSupport
import RotationApp
import RotationCore
import RotationData
import RotationProviders
import RotationSQLite
import Testing

/// `rotation fetch sec` and `fetch finra` through the use cases, with the loopback server
/// serving the real answers saved in `../shared/provider-samples` (read at test time).
struct SECFetchTests {
    static func service() throws -> (RotationService, SQLiteStore) {
        let store = try SQLiteStore()
        return (RotationService(source: SeriesSource(store: store, location: .sqlite(path: ":memory:"))), store)
    }

    static let userAgent = "Rotation Tests tests@example.com"

    @Test("fetch sec stores Apple's and Marvell's facts, lists unknown and factless tickers, and the stored facts give the issue's TTM figures")
    func fetchAndStore() async throws {
        let (service, store) = try Self.service()
        let cache = try ProviderTestKit.cacheDirectory()
        let request = SECFetchRequest(tickers: ["AAPL", "mrvl", "ZZZZ", "BRK.B"], userAgent: Self.userAgent, cacheDirectory: cache, attempts: 1)
        let (first, second, requests) = try await ProviderTestKit.withServer(try ProviderSamples.secRoute()) { server in
            let env = ["ROTATION_SEC_BASE_URL": server.baseURL]
            let first = try await service.fetchSEC(request, environment: env)
            let count = server.requests.count
            let second = try await service.fetchSEC(request, environment: env)
            // The re-run is served from the cache, except the HTTP 404 (only answers that parsed
            // are cached: a company may file later), which is asked again.
            #expect(Array(server.requests.dropFirst(count)) == ["/api/xbrl/companyfacts/CIK0001067983.json"])
            return (first, second, server.requests)
        }
        #expect(requests.prefix(4).sorted() == ["/api/xbrl/companyfacts/CIK0000320193.json", "/api/xbrl/companyfacts/CIK0001067983.json",
                                                "/api/xbrl/companyfacts/CIK0001835632.json", "/files/company_tickers.json"])
        #expect(first.requested == 4)
        #expect(first.imports.map(\.cik) == [320193, 1835632])
        #expect(first.unknown == ["ZZZZ"])
        #expect(first.withoutFacts == ["BRK-B"])
        #expect(first.imports.allSatisfy { $0.added > 0 && $0.removed == 0 && $0.unchanged == 0 })
        #expect(second.imports.map(\.added) == [0, 0])
        #expect(second.imports.map(\.unchanged) == first.imports.map(\.added))
        #expect(first.provenance.contains { $0.url.hasSuffix("/api/xbrl/companyfacts/CIK0000320193.json") && !$0.fromCache })
        #expect(second.provenance.allSatisfy { $0.fromCache })

        // Read back through the store: the issue's figures (from the filings).
        let stored = try await store.companyFacts(tickers: ["AAPL", "MRVL", "BRK-B"])
        #expect(Set(stored.keys) == ["AAPL", "MRVL"])
        let apple = try #require(stored["AAPL"]).facts
        #expect(PointInTime.trailingTwelveMonths(apple, concept: "us-gaap:NetIncomeLoss", asOf: TradingDay("2024-10-31")!)?.value == 101_956_000_000)
        #expect(PointInTime.trailingTwelveMonths(apple, concept: "us-gaap:NetIncomeLoss", asOf: TradingDay("2024-11-05")!)?.value == 93_736_000_000)
        let marvell = try #require(stored["MRVL"]).facts
        let ttm = try #require(PointInTime.trailingTwelveMonths(marvell, concept: "us-gaap:NetIncomeLoss", asOf: TradingDay("2024-11-05")!))
        #expect(abs(ttm.value - (-965_900_000)) < 0.5)
        let log = try await store.importLog()
        #expect(log.count == 4)
        #expect(log.contains { $0.symbol == "AAPL" && $0.file.contains("/api/xbrl/companyfacts/CIK0000320193.json (sec, fetched ") })
    }

    @Test("fetch sec without a User-Agent is refused with one line, before any request")
    func userAgentRequired() async throws {
        let (service, store) = try Self.service()
        await #expect(throws: Failure(.usage, "the SEC asks every client to name itself: pass --user-agent \"Your Name you@example.com\" or set ROTATION_SEC_USER_AGENT")) {
            _ = try await service.fetchSEC(SECFetchRequest(tickers: ["AAPL"]), environment: [:])
        }
        await #expect(throws: Failure(.usage, "--user-agent \"rotation\": the SEC asks for a name and a contact address, e.g. \"Your Name you@example.com\"")) {
            _ = try await service.fetchSEC(SECFetchRequest(tickers: ["AAPL"]), environment: ["ROTATION_SEC_USER_AGENT": "rotation"])
        }
        #expect(try await store.importLog().isEmpty)
    }

    @Test("the SEC's fair-access rules: never more than 10 requests a second, and a User-Agent with a name and an address")
    func fairAccess() throws {
        // sec.gov/os/accessing-edgar-data: at most 10 requests per second; User-Agent "Name email".
        let eager = SECFetcher(userAgent: Self.userAgent, settings: ProviderTestKit.settings(cache: "/tmp"), baseURL: nil)
        #expect(ProviderTestKit.settings(cache: "/tmp").minimumInterval == 0)
        #expect(eager.settings.minimumInterval == 0.1)
        var slow = ProviderTestKit.settings(cache: "/tmp")
        slow.minimumInterval = 2
        #expect(SECFetcher(userAgent: Self.userAgent, settings: slow, baseURL: nil).settings.minimumInterval == 2)
        #expect(eager.factsBaseURL == "https://data.sec.gov")
        #expect(eager.tickersBaseURL == "https://www.sec.gov")
        #expect(SECFetcher.isAcceptableUserAgent("Jane Doe jane@example.com"))
        #expect(!SECFetcher.isAcceptableUserAgent("rotation/0.1"))
        #expect(!SECFetcher.isAcceptableUserAgent("jane@example.com"))
        #expect(!SECFetcher.isAcceptableUserAgent("Jane Doe @"))
    }

    @Test("fetch sec --bulk reads the company's entry from the zip; a company missing from it is listed without facts")
    func bulk() async throws {
        let (service, store) = try Self.service()
        let folder = try ProviderTestKit.cacheDirectory()
        let zip = folder + "/companyfacts.zip"
        try Data(try ProviderFixtures.zip(try ProviderSamples.bytes("sec/companyfacts_CIK0000320193_AAPL_2024-11.excerpt.json"),
                                          entry: "CIK0000320193.json")).write(to: URL(fileURLWithPath: zip))
        let tickers = ProviderSamples.root.appendingPathComponent("sec/company_tickers_2025-08.json").path
        let result = try await service.fetchSEC(SECFetchRequest(tickers: ["AAPL", "MRVL"], bulk: zip, tickerMap: tickers,
                                                                userAgent: Self.userAgent, cacheDirectory: folder), environment: [:])
        #expect(result.imports.map(\.cik) == [320193])
        #expect(result.imports.first?.source == zip + "#CIK0000320193.json")
        #expect(result.withoutFacts == ["MRVL"])
        let apple = try #require(try await store.companyFacts(tickers: ["AAPL"])["AAPL"])
        #expect(CompanyFundamentals(facts: apple.facts, asOf: TradingDay("2024-11-05")!).sharesOutstanding?.value == 15_115_823_000)
    }

    @Test("fetch finra stores the settlement date's short interest; the daily short-volume file is refused with an explanation")
    func finra() async throws {
        let (service, store) = try Self.service()
        let shortInterest = try ProviderSamples.bytes("finra/short_interest_shrt20210715.excerpt.csv")
        let volume = try ProviderSamples.bytes("finra/daily_short_sale_VOLUME_CNMSshvol20211201.txt")
        let cache = try ProviderTestKit.cacheDirectory()
        let result = try await ProviderTestKit.withServer({ path, _, _ in
            path == "/equity/otcmarket/biweekly/shrt20210715.csv" ? .ok(shortInterest)
                : path == "/equity/otcmarket/biweekly/shrt20211201.csv" ? .ok(volume) : .status(404)
        }) { server in
            let env = ["ROTATION_FINRA_BASE_URL": server.baseURL]
            let result = try await service.fetchFINRA(FINRAFetchRequest(date: TradingDay("2021-07-15")!, cacheDirectory: cache, attempts: 1), environment: env)
            let refused = await ProviderTestKit.dataError {
                _ = try await service.fetchFINRA(FINRAFetchRequest(date: TradingDay("2021-12-01")!, cacheDirectory: cache, attempts: 1), environment: env)
            }
            #expect(refused?.code == .badInput)
            #expect(refused?.message.hasPrefix("this is FINRA's daily short-sale volume") == true)
            return result
        }
        // The sample's README: 71 rows, settlement 2021-07-15.
        #expect(result.symbols == 71)
        #expect(result.imports.first?.added == 71)
        // Sample row: 20210715|AAON|…|2067337|2102634||140830|14.68|… ; ABCB 1694181.
        let found = try await store.shortInterest(symbols: ["AAON", "ABCB", "ZZZZ"], asOf: TradingDay("2021-07-31")!)
        #expect(found["AAON"]?.shortShares == 2_067_337)
        #expect(found["AAON"]?.averageDailyVolume == 140_830)
        #expect(found["AAON"]?.daysToCover == 14.68)
        #expect(found["ABCB"]?.shortShares == 1_694_181)
        #expect(found["ZZZZ"] == nil)
        #expect(try await store.shortInterest(symbols: ["AAON"], asOf: TradingDay("2021-07-14")!).isEmpty)
    }
}
