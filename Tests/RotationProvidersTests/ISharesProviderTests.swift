import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct ISharesProviderTests {
    @Test("a known fund's URL is its product page's holdings download, --to as asOfDate")
    func url() throws {
        let provider = ISharesProvider(baseURL: "http://mirror")
        let range = FetchRange(to: TradingDay(year: 2025, month: 11, day: 5))
        #expect(try provider.url(for: "iwm", range: range)
                == "http://mirror/us/products/239710/ishares-russell-2000-etf/1467271812596.ajax?fileType=csv&fileName=IWM_holdings&dataType=fund&asOfDate=20251105")
        #expect(throws: DataError.self) { try provider.url(for: "XYZ", range: range) }
    }

    @Test("an iShares download gives the same members, weights and sectors as the holdings file")
    func happyPath() async throws {
        let holdings = try SharedData.table("constituents/IWM_holdings_2025-11-05.csv")
        let body = ProviderFixtures.isharesCSV(holdings, fund: "iShares Russell 2000 ETF", asOf: "Nov 05, 2025")
        let fetched = try await ProviderTestKit.withServer({ path, _, _ in
            path.hasPrefix("/us/products/239710/") ? .ok(body) : .status(404)
        }) { server in
            try await ProviderTestKit.fetch(.ishares, ["IWM"], from: server)
        }
        guard fetched.count == 1, case .holdings(let snapshot, let csv) = fetched[0].payload else { Issue.record("no holdings"); return }
        let path = SharedData.path("constituents/IWM_holdings_2025-11-05.csv")
        let expected = try HoldingsCSV.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(snapshot == expected)
        // Members counted independently from the shared file: distinct tickers of Equity rows, "-" left out.
        let equities = zip(holdings.column("ticker"), holdings.column("asset_class")).filter { $0.1 == "Equity" && $0.0 != "-" }
        #expect(snapshot.count == Set(equities.map(\.0)).count)
        #expect(snapshot.count > 1900)
        // The rewritten file reads back the same through the members reader.
        #expect(try HoldingsCSV.parse(bytes: csv, file: "IWM_holdings_2025-11-05.csv") == expected)
    }

    @Test("an iShares answer cut at a line end is caught by its missing footer")
    func truncatedAtLine() async throws {
        let holdings = try SharedData.table("constituents/IWM_holdings_2025-11-05.csv").suffix(100)
        let full = String(decoding: ProviderFixtures.isharesCSV(holdings, fund: "iShares Russell 2000 ETF", asOf: "Nov 05, 2025"),
                          as: UTF8.self)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let body = Array((lines.prefix(60).joined(separator: "\n") + "\n").utf8)
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.ishares, ["IWM"], from: server)
            }
        }
        #expect(error?.code == .badInput)
        #expect(error?.message == "the holdings table does not end (the answer looks truncated)")
    }

    @Test("a holdings number that is not a number names the line and iShares' column")
    func badNumber() async throws {
        var holdings = try SharedData.table("constituents/IWM_holdings_2025-11-05.csv").suffix(10)
        holdings.rows[3][5] = "n/a"   // weight_pct
        let body = ProviderFixtures.isharesCSV(holdings, fund: "iShares Russell 2000 ETF", asOf: "Nov 05, 2025")
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.ishares, ["IWM"], from: server)
            }
        }
        // 8 preamble lines and the header (line 9) come first: row 3 (from 0) is line 13.
        #expect(error?.location?.line == 13)
        #expect(error?.location?.field == "Weight (%)")
        #expect(error?.message == "expected a number, got \"n/a\"")
    }
}
