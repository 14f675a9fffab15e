import Foundation
import Testing

/// breadth, contribution and valuation through the built binary.
struct MembersCLITests {
    static let constituents = CLIRunner.sharedData.appendingPathComponent("constituents")

    static func file(_ name: String) -> String { constituents.appendingPathComponent(name).path }

    @Test("breadth on 2025-12-10 counts 1369 advancers of 1801 covered members, as the independent Python reference does")
    func breadthOnARealDay() throws {
        // Expected: Tests/RotationCoreTests/Golden/breadth (generate.py, standard-library Python over
        // the same files; README beside it). Share up = 1369 / 1801.
        let outcome = try CLIRunner.run([
            "breadth", "--members", Self.file("IWM_holdings_2025-05-13.csv"), "--members", Self.file("IWM_holdings_2025-11-05.csv"),
            "--members", Self.file("IWM_holdings_2026-05-05.csv"), "--prices", Self.file("smallcap_adj_closes_wide.csv"),
            "--as-of", "2025-12-10", "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try CLIRunner.json(outcome)
        #expect(document["as_of"] as? String == "2025-12-10")
        #expect(document["basis"] as? String == "total")
        #expect(document["covered"] as? Int == 1801)
        #expect(document["advancers"] as? Int == 1369)
        #expect(abs((document["share_up"] as? Double ?? .nan) - 1369.0 / 1801.0) < 1e-12)
        #expect(document["highest_since"] as? String == "2025-12-03")
        #expect(document["new_highs_52w"] as? Int == 189)
        #expect(document["new_lows_52w"] as? Int == 6)
    }

    @Test("valuation reproduces the issue's worked example: 24.92, 10.98 and 14.97")
    func valuationWorkedExample() throws {
        // Hand calculation: caps 500/50/200, earnings 50/0.1/−20.
        // Aggregate 750/30.1 = 24.917; excluding losses 550/50.1 = 10.978; losses as zero 750/50.1 = 14.970.
        let dir = try CLIRunner.temporaryDirectory()
        let fundamentals = dir.appendingPathComponent("fundamentals.csv")
        try "ticker,market_cap,earnings_ttm\nA,500,50\nB,50,0.1\nC,200,-20\n".write(to: fundamentals, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["valuation", "--holdings", fundamentals.path, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let pe = try #require(try CLIRunner.json(outcome)["pe"] as? [String: Any])
        #expect(abs((pe["aggregate"] as? Double ?? .nan) - 750 / 30.1) < 1e-12)
        #expect(abs((pe["excluding_losses"] as? Double ?? .nan) - 550 / 50.1) < 1e-12)
        #expect(abs((pe["losses_as_zero"] as? Double ?? .nan) - 750 / 50.1) < 1e-12)
    }

    @Test("a missing members file exits 66 naming it")
    func missingMembers() throws {
        let outcome = try CLIRunner.run(["breadth", "--members", "/nonexistent/members.csv", "--prices", Self.file("smallcap_adj_closes_wide.csv")])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "rotation: error: /nonexistent/members.csv: no such file or directory\n")
    }
}
