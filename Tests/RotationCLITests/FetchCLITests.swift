import Foundation
import ProviderTestSupport
import Testing

/// `rotation fetch`, run as a user runs it, against a loopback server serving answers in each
/// provider's format built from `../shared/data`.
@Suite(.serialized)
struct FetchCLITests {
    /// Stooq answers for IWM and SPY (last 40 rows of each shared file); anything else is 404.
    static func stooqRoute() throws -> LoopbackServer.Route {
        let iwm = ProviderFixtures.stooqCSV(try SharedData.table("prices/IWM.csv").suffix(40))
        let spy = ProviderFixtures.stooqCSV(try SharedData.table("prices/SPY.csv").suffix(40))
        return { _, query, _ in
            if query.hasPrefix("s=iwm.us&") { return .ok(iwm) }
            if query.hasPrefix("s=spy.us&") { return .ok(spy) }
            return .status(404)
        }
    }

    @Test("fetch imports every symbol in one import with provenance, and a re-run works with the server gone")
    func fetchThenOffline() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let cache = dir.appendingPathComponent("cache").path
        let server = try await LoopbackServer.start(try Self.stooqRoute())
        let environment = ["ROTATION_STOOQ_BASE_URL": server.baseURL]
        let arguments = ["fetch", "stooq", "iwm.us", "spy.us", "--db", db, "--cache", cache, "--interval", "0", "--json"]
        let first = try CLIRunner.run(arguments, environment: environment)
        try await server.stop()
        #expect(first.status == 0, "\(first.stderr)")
        let document = try CLIRunner.json(first)
        let imports = try #require(document["imports"] as? [[String: Any]])
        #expect(imports.map { $0["symbol"] as? String } == ["IWM", "SPY"])
        #expect(imports.map { $0["added"] as? Int } == [40, 40])
        // The shared IWM file ends 2026-07-31 (data/README.md).
        #expect(imports[0]["last_date"] as? String == "2026-07-31")
        let provenance = try #require(document["provenance"] as? [[String: Any]])
        #expect(provenance.map { $0["source"] as? String } == ["stooq", "stooq"])
        #expect(provenance.map { $0["from_cache"] as? Bool } == [false, false])
        #expect(provenance[0]["url"] as? String == "\(server.baseURL)/q/d/l/?s=iwm.us&i=d")

        let second = try CLIRunner.run(arguments, environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        let again = try CLIRunner.json(second)
        #expect((again["imports"] as? [[String: Any]])?.map { $0["unchanged"] as? Int } == [40, 40])
        #expect((again["provenance"] as? [[String: Any]])?.map { $0["from_cache"] as? Bool } == [true, true])
    }

    @Test("one failing symbol imports nothing: exit 69 and one line naming the URL")
    func failureImportsNothing() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let iwm = ProviderFixtures.stooqCSV(try SharedData.table("prices/IWM.csv").suffix(40))
        let server = try await LoopbackServer.start { _, query, _ in query.hasPrefix("s=iwm.us&") ? .ok(iwm) : .status(500) }
        let outcome = try CLIRunner.run(
            ["fetch", "stooq", "iwm.us", "spy.us", "--db", db, "--cache", dir.appendingPathComponent("cache").path,
             "--interval", "0", "--attempts", "2", "--backoff", "0", "--base-url", server.baseURL])
        try await server.stop()
        #expect(outcome.status == 69)
        #expect(outcome.stderr == "rotation: error: \(server.baseURL)/q/d/l/?s=spy.us&i=d: HTTP 500 Internal Server Error after 2 attempts\n")
        // Nothing imported: the store was never created (a read of it exits 66, issue 16), or it is empty.
        let symbols = try CLIRunner.run(["symbols", "--db", db, "--json"])
        if symbols.status == 66 {
            #expect(symbols.stderr.contains("no store at"), "\(symbols.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db))
        } else {
            #expect((try CLIRunner.json(symbols)["symbols"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("a malformed answer exits 65 naming the URL, line and field")
    func malformedAnswer() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let body = Array("Date,Open,High,Low,Close,Volume\n2026-07-31,293.56,293.95,287.83,n/a,28350700\n".utf8)
        let server = try await LoopbackServer.start { _, _, _ in .ok(body) }
        let outcome = try CLIRunner.run(
            ["fetch", "stooq", "iwm.us", "--db", dir.appendingPathComponent("store.sqlite").path,
             "--cache", dir.appendingPathComponent("cache").path, "--base-url", server.baseURL])
        try await server.stop()
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "rotation: error: \(server.baseURL)/q/d/l/?s=iwm.us&i=d:2: field \"Close\": expected a number, got \"n/a\"\n")
    }

    @Test("fetch ishares writes the holdings file named for its date, with its member count")
    func isharesHoldingsFile() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let holdings = try SharedData.table("constituents/IWM_holdings_2025-11-05.csv")
        let body = ProviderFixtures.isharesCSV(holdings, fund: "iShares Russell 2000 ETF", asOf: "Nov 05, 2025")
        let server = try await LoopbackServer.start { _, _, _ in .ok(body) }
        let outcome = try CLIRunner.run(
            ["fetch", "ishares", "IWM", "--out", dir.path, "--cache", dir.appendingPathComponent("cache").path,
             "--base-url", server.baseURL, "--json", "--db", dir.appendingPathComponent("store.sqlite").path])
        try await server.stop()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let written = try #require((try CLIRunner.json(outcome)["holdings"] as? [[String: Any]])?.first)
        #expect(written["date"] as? String == "2025-11-05")
        // Distinct tickers of the shared file's Equity rows ("-" is an unlisted right, not a member).
        let equities = zip(holdings.column("ticker"), holdings.column("asset_class")).filter { $0.1 == "Equity" && $0.0 != "-" }
        #expect(written["members"] as? Int == Set(equities.map(\.0)).count)
        #expect(written["file"] as? String == dir.path + "/IWM_holdings_2025-11-05.csv")
        // The same file is stored as the IWM snapshot of 2025-11-05 (as `rotation import FILE` would).
        let imported = try #require((try CLIRunner.json(outcome)["imports"] as? [[String: Any]])?.first)
        #expect(imported["kind"] as? String == "membership" && imported["symbol"] as? String == "IWM")
        #expect(imported["added"] as? Int == written["members"] as? Int)
        let symbols = try CLIRunner.run(["symbols", "--json", "--db", dir.appendingPathComponent("store.sqlite").path])
        let snapshot = try #require((try CLIRunner.json(symbols)["snapshots"] as? [[String: Any]])?.first)
        #expect(snapshot["index"] as? String == "IWM" && snapshot["date"] as? String == "2025-11-05")
    }

    @Test("Stooq's \"Get your apikey\" exits 69 with one line saying how to give a key; the key from the environment is sent, never printed")
    func stooqKey() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let spy = try ProviderSamples.bytes("stooq/spy_us_d.excerpt.csv")
        let server = try await LoopbackServer.start { _, query, _ in
            query.hasSuffix("&apikey=k3y") ? .ok(spy) : .ok(Array("Get your apikey".utf8))
        }
        let arguments = ["fetch", "stooq", "spy.us", "--db", db, "--cache", dir.appendingPathComponent("cache").path,
                         "--base-url", server.baseURL, "--json"]
        let refused = try CLIRunner.run(arguments)
        let fetched = try CLIRunner.run(arguments, environment: ["ROTATION_STOOQ_API_KEY": "k3y"])
        try await server.stop()
        #expect(refused.status == 69)
        #expect(refused.stderr == "rotation: error: \(server.baseURL)/q/d/l/?s=spy.us&i=d: Stooq answered \"Get your apikey\" instead of "
                + "data; Stooq wants an API key: get one on stooq.com, then pass --api-key KEY or set ROTATION_STOOQ_API_KEY\n")
        #expect(fetched.status == 0, "\(fetched.stderr)")
        // The samples' README: 60 bars.
        #expect((try CLIRunner.json(fetched)["imports"] as? [[String: Any]])?.first?["added"] as? Int == 60)
        #expect(!fetched.stdout.contains("k3y") && !fetched.stderr.contains("k3y"))
    }
}
