import Foundation
import ProviderTestSupport
import Testing

/// `rotation fetch sec`, `fetch finra` and `valuation --members`, run as a user runs them,
/// against the loopback server serving the real SEC and FINRA answers saved in
/// `../shared/provider-samples` (read at test time).
@Suite(.serialized)
struct FundamentalsCLITests {
    @Test("fetch sec without a User-Agent exits 64 with one line and writes no store")
    func userAgentRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let outcome = try CLIRunner.run(["fetch", "sec", "AAPL", "--db", db, "--cache", dir.path], environment: ["ROTATION_SEC_USER_AGENT": ""])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "rotation: error: the SEC asks every client to name itself: pass --user-agent \"Your Name you@example.com\" or set ROTATION_SEC_USER_AGENT\n")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("fetch sec, then valuation --members --as-of gives the P/E conventions from the filings (hand calculation)")
    func fetchThenValue() async throws {
        let dir = try CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("store.sqlite").path
        let server = try await LoopbackServer.start(try ProviderSamples.secRoute())
        let fetch = try CLIRunner.run(["fetch", "sec", "AAPL", "MRVL", "NOPE", "--db", db, "--cache", dir.path, "--json"],
                                      environment: ["ROTATION_SEC_BASE_URL": server.baseURL, "ROTATION_SEC_USER_AGENT": "Rotation Tests tests@example.com"])
        try await server.stop()
        #expect(fetch.status == 0, "\(fetch.stderr)")
        let fetched = try CLIRunner.json(fetch)
        #expect((fetched["imports"] as? [[String: Any]])?.map { $0["cik"] as? Int } == [320193, 1835632])
        #expect(fetched["unknown"] as? [String] == ["NOPE"])

        // Test inputs made here: a close of 100 for both on 2024-10-31 (hypothetical prices,
        // so the expected figures below are a hand calculation on them) and a members file.
        for ticker in ["AAPL", "MRVL"] {
            try "date,close\n2024-10-31,100\n".write(to: dir.appendingPathComponent("\(ticker).csv"), atomically: true, encoding: .utf8)
            let imported = try CLIRunner.run(["import", dir.appendingPathComponent("\(ticker).csv").path, "--db", db])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let members = dir.appendingPathComponent("members.csv")
        try "ticker,sector,weight_2024-10-01\nAAPL,Information Technology,0.9\nMRVL,Information Technology,0.1\n"
            .write(to: members, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["valuation", "--members", members.path, "--as-of", "2024-10-31", "--db", db, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let doc = try CLIRunner.json(outcome)
        // Shares filed by 2024-10-31: Apple 15,204,137,000 (10-Q filed 2024-08-02), Marvell 866,200,000
        // (10-Q filed 2024-08-30). TTM net income: Apple 101,956e6 (issue #22), Marvell -965.9e6 (issue #22).
        let capApple = 100 * 15_204_137_000.0, capMarvell = 100 * 866_200_000.0
        let earnApple = 101_956_000_000.0, earnMarvell = -965_900_000.0
        let pe = try #require(doc["pe"] as? [String: Any])
        #expect(abs((pe["aggregate"] as? Double ?? 0) - (capApple + capMarvell) / (earnApple + earnMarvell)) < 1e-9)
        #expect(abs((pe["excluding_losses"] as? Double ?? 0) - capApple / earnApple) < 1e-9)
        #expect(abs((pe["losses_as_zero"] as? Double ?? 0) - (capApple + capMarvell) / earnApple) < 1e-9)
        #expect(doc["share_unprofitable_count"] as? Double == 0.5)
        #expect(doc["pe_forward"] is NSNull)
        #expect(doc["basis"] as? String == "trailing")
        // A year earlier (2023-10-31): Apple 99,803 + 74,039 - 79,082 = 94,760; Marvell
        // -163.5 - 376.4 + 161.4 = -378.5 (million; hand calculation from the samples).
        let growth = try #require(doc["earnings_growth_trailing"] as? [String: Any])
        #expect(abs((growth["value"] as? Double ?? 0) - ((earnApple + earnMarvell) / (94_760e6 - 378.5e6) - 1)) < 1e-9)
        let coverage = try #require(doc["coverage"] as? [String: Any])
        #expect(coverage["members"] as? Int == 2)
        #expect(coverage["with_market_cap"] as? Int == 2)
    }

    @Test("valuation needs exactly one of --holdings and --members (exit 64)")
    func valuationUsage() throws {
        let outcome = try CLIRunner.run(["valuation", "--db", "/nonexistent/x.sqlite"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "rotation: error: valuation needs exactly one of --holdings FILE and --members FILE|DATE\n")
    }
}
