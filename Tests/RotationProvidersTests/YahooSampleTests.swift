import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// Yahoo against the v8 chart answers in `../shared/provider-samples/yahoo`, served as recorded
/// (HTTP 200, `application/json;charset=utf-8`, per each `*.source.txt`). Expected bar counts,
/// first and last exchange days and values were read from the JSON independently (Python's
/// `json` and `zoneinfo`: each timestamp converted in `meta.exchangeTimezoneName`).
struct YahooSampleTests {
    static func fetch(_ sample: String, symbol: String) async throws -> [FetchedSymbol] {
        let reply = try ProviderSamples.answer("yahoo/\(sample)", contentType: "application/json;charset=utf-8")
        return try await ProviderTestKit.withServer({ _, _, _ in reply }) { server in
            try await ProviderTestKit.fetch(.yahoo, [symbol], from: server)
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var sample: String, symbol: String, stored: String
        var count: Int, first: String, last: String, lastClose: Double, lastAdjusted: Double
        var testDescription: String { sample }
    }

    static let cases: [Case] = [
        // ETF, one bar, America/New_York, adjclose present.
        Case(sample: "chart-QQQ-2020-01-02.json", symbol: "QQQ", stored: "QQQ", count: 1, first: "2020-01-02", last: "2020-01-02",
             lastClose: 216.16000366210938, lastAdjusted: 209.6380615234375),
        // 49 bars with a 4:1 split (2020-08-31) and a dividend (2020-11-06).
        Case(sample: "chart-AAPL-2020-08-31_2020-11-06.json", symbol: "AAPL", stored: "AAPL", count: 49, first: "2020-08-31",
             last: "2020-11-06", lastClose: 118.69000244140625, lastAdjusted: 115.93415069580078),
        // 252 bars across EST/EDT switches.
        Case(sample: "chart-MSFT-2021-02-01_2022-01-28.json", symbol: "MSFT", stored: "MSFT", count: 252, first: "2021-02-01",
             last: "2022-01-28", lastClose: 308.260009765625, lastAdjusted: 299.8661193847656),
        // Berlin: 2023-08-04 (Fri), 2023-08-07, 2023-08-08.
        Case(sample: "chart-WSU.DE-2023-08-04_2023-08-08.json", symbol: "WSU.DE", stored: "WSU.DE", count: 3, first: "2023-08-04",
             last: "2023-08-08", lastClose: 33.20000076293945, lastAdjusted: 31.448442459106445),
        // Jakarta (UTC+7), integer prices.
        Case(sample: "chart-WSKT.JK-2020-01-02.json", symbol: "WSKT.JK", stored: "WSKT.JK", count: 1, first: "2020-01-02",
             last: "2020-01-02", lastClose: 1505, lastAdjusted: 1497.776611328125),
        // London FX, bars at 00:00 London time, volume 0.
        Case(sample: "chart-EURUSD_X-2020-01-01_2020-01-03.json", symbol: "EURUSD=X=EURUSD", stored: "EURUSD", count: 3, first: "2020-01-01",
             last: "2020-01-03", lastClose: 1.1171437501907349, lastAdjusted: 1.1171437501907349),
        // UTC crypto, three calendar days.
        Case(sample: "chart-BTC-USD-2020-01-01_2020-01-03.json", symbol: "BTC-USD", stored: "BTC-USD", count: 3, first: "2020-01-01",
             last: "2020-01-03", lastClose: 7344.88427734375, lastAdjusted: 7344.88427734375),
    ]

    @Test("every recorded chart answer parses, dated on the exchange's day", arguments: cases)
    func sample(_ c: Case) async throws {
        let fetched = try await Self.fetch(c.sample, symbol: c.symbol)
        let bars = try #require(ProviderTestKit.bars(fetched))
        #expect(bars.symbol == c.stored)
        #expect(bars.count == c.count)
        #expect(bars.days.first == ProviderTestKit.day(c.first))
        #expect(bars.days.last == ProviderTestKit.day(c.last))
        #expect(bars.close.last == c.lastClose)
        #expect(bars.adjClose.last == c.lastAdjusted)
    }

    @Test("the no-bars answer (LUCYW) is an empty window, not malformed data")
    func noBars() async throws {
        let error = await ProviderTestKit.dataError { _ = try await Self.fetch("chart-LUCYW-2024-01-01-nobars.json", symbol: "LUCYW") }
        #expect(error?.code == .emptyWindow)
        #expect(error?.message == "Yahoo has no bars for this range")
    }

    @Test("an unknown symbol (HTTP 404 with Yahoo's error JSON) is exit 66 after one request")
    func unknownSymbol() async throws {
        // The body is the shape the samples' README quotes (no byte-exact capture exists).
        let body = #"{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}"#
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in
                .answer(404, headers: [("Content-Type", "application/json;charset=utf-8")], body: Array(body.utf8))
            }) { server in
                defer { #expect(server.requests.count == 1) }
                _ = try await ProviderTestKit.fetch(.yahoo, ["NOSUCH"], from: server)
            }
        }
        #expect(error?.code == .unknownSymbol)
        #expect(error?.message == "HTTP 404 Not Found: the source has no such symbol or dataset (\"No data found, symbol may be delisted\")")
    }

    @Test("a bar of the regular session still running at download time is left out, and said; after the close it is kept")
    func runningSession() async throws {
        // The recorded MSFT answer (252 bars, last 2022-01-28), its meta's regular session moved at
        // test time to the last bar's session: 09:30–16:00 New York, timestamp .. timestamp + 6.5 h.
        var json = try #require(try JSONSerialization.jsonObject(
            with: Data(try ProviderSamples.bytes("yahoo/chart-MSFT-2021-02-01_2022-01-28.json"))) as? [String: Any])
        var chart = try #require(json["chart"] as? [String: Any])
        var result = try #require((chart["result"] as? [[String: Any]])?.first)
        let last = try #require((result["timestamp"] as? [NSNumber])?.last?.int64Value)
        var meta = try #require(result["meta"] as? [String: Any])
        meta["currentTradingPeriod"] = ["regular": ["timezone": "EST", "start": last, "end": last + 23_400, "gmtoffset": -18_000]]
        result["meta"] = meta
        chart["result"] = [result]
        json["chart"] = chart
        let body = [UInt8](try JSONSerialization.data(withJSONObject: json))
        func fetch(at seconds: Int64) async throws -> [FetchedSymbol] {
            try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
                try await ProviderTestKit.fetch(.yahoo, ["MSFT"], from: server,
                                                downloadedAt: Date(timeIntervalSince1970: TimeInterval(seconds)))
            }
        }
        let during = try await fetch(at: last + 3_600)
        #expect(ProviderTestKit.bars(during)?.count == 251)
        #expect(ProviderTestKit.bars(during)?.days.last == ProviderTestKit.day("2022-01-27"))
        #expect(during.first?.notes == ["MSFT: left out the bar of 2022-01-28, a session still running when Yahoo answered "
                                        + "(2022-01-28T15:30:00Z); fetch again after the close (--refresh)"])
        let after = try await fetch(at: last + 23_400)
        #expect(ProviderTestKit.bars(after)?.count == 252)
        #expect(after.first?.notes.isEmpty == true)
    }
}
