import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

struct YahooProviderTests {
    @Test("Yahoo's URL asks for daily bars from the start of --from to the start of the day after --to")
    func url() throws {
        let provider = YahooProvider(baseURL: "http://mirror")
        let range = FetchRange(from: TradingDay(year: 2024, month: 1, day: 2), to: TradingDay(year: 2024, month: 1, day: 3))
        // 2024-01-02 is day 19724 since 1970 → 1704153600 s; the day after 2024-01-03 starts at 1704326400 s.
        #expect(try provider.url(for: "^rut", range: range)
                == "http://mirror/v8/finance/chart/%5ERUT?period1=1704153600&period2=1704326400&interval=1d&events=div%2Csplit&includeAdjustedClose=true")
        #expect(try provider.url(for: "IWM", range: FetchRange()).contains("period1=-2208988800&period2=9999999999"))
    }

    @Test("Yahoo chart bars import with every column of the source file, adjusted close included")
    func happyPath() async throws {
        let rows = try SharedData.table("prices/IWM.csv").suffix(300)
        let body = ProviderFixtures.yahooJSON(rows, symbol: "IWM")
        let fetched = try await ProviderTestKit.withServer({ path, _, _ in path == "/v8/finance/chart/IWM" ? .ok(body) : .status(404) }) { server in
            try await ProviderTestKit.fetch(.yahoo, ["IWM"], from: server)
        }
        guard case .bars(let bars) = ProviderTestKit.only(fetched) else { Issue.record("no bars"); return }
        let expected = try ProviderTestKit.sharedBars("prices/IWM.csv", symbol: "IWM",
                                                      from: TradingDay(rows.rows[0][0])!, to: TradingDay(rows.rows[299][0])!)
        #expect(bars.days == expected.days)
        for field in BarField.allCases {
            #expect(sameColumn(bars.column(field), expected.column(field)), "\(field)")
        }
    }

    @Test("Yahoo bars are dated on the exchange's local day, not the UTC day")
    func exchangeLocalDates() async throws {
        // Bars stamped 09:00 in Sydney fall on the previous UTC day (23:00 UTC in winter, 22:00 in
        // summer); the rows span both daylight-saving changes.
        let rows = try SharedData.table("prices/RUT.csv").suffix(250)
        let body = ProviderFixtures.yahooJSON(rows, symbol: "^AXJO", zone: "Australia/Sydney", hour: 9, minute: 0)
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            try await ProviderTestKit.fetch(.yahoo, ["^AXJO=AXJO"], from: server)
        }
        guard case .bars(let bars) = ProviderTestKit.only(fetched) else { Issue.record("no bars"); return }
        #expect(bars.symbol == "AXJO")
        #expect(bars.days.map(String.init(describing:)) == rows.column("date"))
        // The same instants read as UTC days would all be a day early: the test can fail.
        let json = try JSONSerialization.jsonObject(with: Data(body)) as! [String: Any]
        let result = ((json["chart"] as! [String: Any])["result"] as! [[String: Any]])[0]
        let utcDays = (result["timestamp"] as! [Int]).map { String(describing: TradingDay(daysSinceEpoch: $0 / 86_400)) }
        #expect(zip(utcDays, rows.column("date")).allSatisfy { $0 != $1 })
    }

    @Test("a Yahoo answer cut off mid-JSON is malformed content naming the URL")
    func truncatedJSON() async throws {
        let rows = try SharedData.table("prices/IWM.csv").suffix(50)
        let body = Array(ProviderFixtures.yahooJSON(rows, symbol: "IWM").prefix(700))
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.yahoo, ["IWM"], from: server)
            }
        }
        #expect(error?.code == .badInput)
        #expect(error?.message == "Yahoo chart JSON: not valid JSON (truncated or corrupt)")
    }

    @Test("a Yahoo value that breaks a price rule names the array, the bar index and its date")
    func badValue() async throws {
        let rows = try SharedData.table("prices/IWM.csv").suffix(50)
        var table = rows
        table.rows[17][4] = "-" + table.rows[17][4]   // close of bar 17 made negative
        let body = ProviderFixtures.yahooJSON(table, symbol: "IWM")
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.yahoo, ["IWM"], from: server)
            }
        }
        #expect(error?.code == .badInput)
        #expect(error?.location?.field == "close[17]")
        #expect(error?.message.hasPrefix("expected a positive price, got \"-") == true)
        #expect(error?.message.hasSuffix("(\(rows.rows[17][0]))") == true)
    }

    @Test("Yahoo's error object (HTTP 200) is an unknown symbol with Yahoo's words")
    func errorObject() async throws {
        let body = Array(#"{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}"#.utf8)
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.yahoo, ["NOPE"], from: server)
            }
        }
        #expect(error?.code == .unknownSymbol)
        #expect(error?.message == "Yahoo answered an error: Not Found: No data found, symbol may be delisted")
    }

    @Test("a Yahoo chart without bars (a range with no sessions) selects no data")
    func noBars() async throws {
        let body = Array(#"{"chart":{"result":[{"meta":{"symbol":"IWM","gmtoffset":-14400,"exchangeTimezoneName":"America/New_York"},"indicators":{"quote":[{}],"adjclose":[{}]}}],"error":null}}"#.utf8)
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                _ = try await ProviderTestKit.fetch(.yahoo, ["IWM"], from: server)
            }
        }
        #expect(error?.code == .emptyWindow)
        #expect(error?.message == "Yahoo has no bars for this range")
    }
}
