import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import RotationCharts
import Testing
@testable import RotationServer

/// Issue 19: forms that run with their defaults and keep what was typed, links that survive
/// tracking parameters, HEAD, gzip, navigation, the symbol list and stale marks — on the
/// fixture store loaded from `../shared/data`.
struct DashboardTests {
    static func html(_ response: TestResponse) -> String {
        String(decoding: ServerFixture.bytes(response), as: UTF8.self)
    }

    /// The query string the browser sends for a GET form: every field, empty ones included.
    static let backtestDefaults = [
        "/backtest?strategy=allocation&a=SPY&b=IWM&weight_a=0.85&rebalance=monthly&from=2015-01-01&to=&commission_bps=1",
        "/backtest?strategy=rotation&a=SPY&b=IWM&lookback_weeks=12&rebalance=weekly&from=2015-01-01&to=&commission_bps=1",
        "/backtest?strategy=pairs&a=SPY&b=IWM&rebalance=monthly&from=2015-01-01&to=&commission_bps=1",
    ]

    @Test("each backtest form submitted with its defaults (an empty To) runs", arguments: backtestDefaults)
    func backtestDefaultsRun(uri: String) async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                let html = Self.html(response)
                #expect(response.status == .ok, "\(uri): \(html.prefix(300))")
                #expect(html.contains("final equity"))
                #expect(!html.contains("class=\"alert\""))
            }
        }
    }

    @Test("the backtest form shows each rendered field exactly once, and only the chosen strategy's fields")
    func backtestFormFields() async throws {
        try await ServerFixture.withApp { client in
            let rotation = Self.html(try await client.execute(uri: "/backtest?strategy=rotation", method: .get))
            #expect(rotation.contains("name=\"lookback_weeks\""))
            #expect(!rotation.contains("name=\"weight_a\""))
            #expect(rotation.contains("<a href=\"/backtest?strategy=rotation\" aria-current=\"page\">Rotation</a>"))
            let allocation = Self.html(try await client.execute(uri: "/backtest", method: .get))
            #expect(allocation.contains("name=\"weight_a\""))
            #expect(!allocation.contains("name=\"lookback_weeks\""))
        }
    }

    @Test("a bad backtest field answers 400 with the message beside it and every typed value kept")
    func backtestBadInput() async throws {
        try await ServerFixture.withApp { client in
            let uri = "/backtest?strategy=allocation&a=SPY&b=IWM&weight_a=1.5&rebalance=monthly&from=2015-13-01&to=&commission_bps=x1"
            try await client.execute(uri: uri, method: .get) { response in
                let html = Self.html(response)
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(html.contains("value=\"2015-13-01\" placeholder=\"YYYY-MM-DD\" aria-invalid=\"true\" aria-describedby=\"from-error\""))
                #expect(html.contains("<span class=\"field-error\" id=\"from-error\">expected a date YYYY-MM-DD, got &quot;2015-13-01&quot;</span>"))
                #expect(html.contains("id=\"weight_a-error\">expected a weight from 0 to 1, got 1.5</span>"))
                #expect(html.contains("value=\"x1\""))
                #expect(html.contains("id=\"commission_bps-error\">expected a number, got &quot;x1&quot;</span>"))
                #expect(!html.contains("final equity"))
            }
            try await client.execute(uri: "/backtest?a=NOPE", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Self.html(response).contains("id=\"a-error\">unknown symbol &quot;NOPE&quot;"))
            }
            try await client.execute(uri: "/backtest?from=2020-01-01&to=2019-01-01", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Self.html(response).contains("id=\"to-error\">the last day 2019-01-01 is before the first day 2020-01-01</span>"))
            }
        }
    }

    static let article = "Small caps led: the Russell 2000 rose 8.6% for the week, as of 2024-11-08."

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
    }

    @Test("the check form with an empty As of reads the dateline, and its result has a link that answers the same table")
    func checkDefaults() async throws {
        try await ServerFixture.withApp { client in
            let posted = try await client.execute(uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: Self.form([("article", Self.article), ("as_of", "")]))
            let html = Self.html(posted)
            #expect(posted.status == .ok, "\(html.prefix(400))")
            #expect(html.contains("<h2>As of 2024-11-08: 1 claim</h2>"))
            #expect(html.contains("<table class=\"sortable claims\">"))
            let link = try #require(html.range(of: "<a href=\"/check?")).upperBound
            let query = html[link...].prefix(while: { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            let linked = try await client.execute(uri: "/check?" + query, method: .get)
            #expect(linked.status == .ok)
            #expect(Self.html(linked).contains("<h2>As of 2024-11-08: 1 claim</h2>"))
        }
    }

    @Test("a bad As of answers 400 beside the field and keeps the pasted article")
    func checkBadInput() async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: Self.form([("article", Self.article), ("as_of", "last friday")])) { response in
                let html = Self.html(response)
                #expect(response.status == .badRequest)
                #expect(html.contains("\(Self.article)</textarea>"))
                #expect(html.contains("value=\"last friday\""))
                #expect(html.contains("id=\"as_of-error\">expected a date YYYY-MM-DD, got &quot;last friday&quot;</span>"))
            }
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: Self.form([("article", ""), ("as_of", "")])) { response in
                #expect(response.status == .badRequest)
                #expect(Self.html(response).contains("id=\"article-error\">article is required</span>"))
            }
        }
    }

    @Test("pages ignore parameters they do not take (tracking tags) and share one kept answer")
    func unknownParametersIgnored() async throws {
        try await ServerFixture.withApp { client in
            let plain = try await client.execute(uri: "/symbol?symbol=RUT", method: .get)
            for uri in ["/symbol?symbol=RUT&utm_source=x", "/symbol?fbclid=IwAR0abc&symbol=RUT&utm_medium=social"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.eTag] == plain.headers[.eTag], "\(uri)")
                }
            }
            for uri in ["/?utm_source=x", "/check?utm_source=x", "/brief?gclid=1", "/cycles?ref=mail", "/rotation?utm_campaign=a"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .ok, "\(uri)")
            }
            // A known parameter with a bad value is still refused, with its message.
            try await client.execute(uri: "/symbol?symbol=RUT&years=many&utm_source=x", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Self.html(response).contains("expected a whole number, got &quot;many&quot;"))
            }
            // The API keeps refusing unknown names: a script's typo must not pass silently.
            #expect(try await client.execute(uri: "/api/highs?symbols=RUT&utm_source=x", method: .get).status == .badRequest)
        }
    }

    @Test("HEAD answers the headers GET would, with no body", arguments: ["/", "/symbol?symbol=RUT", "/api/symbols", "/openapi.json", "/check"])
    func head(uri: String) async throws {
        try await ServerFixture.withApp { client in
            let get = try await client.execute(uri: uri, method: .get)
            try await client.execute(uri: uri, method: .head) { response in
                #expect(response.status == .ok, "\(uri)")
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentType] == get.headers[.contentType])
                #expect(response.headers[.eTag] == get.headers[.eTag])
                #expect(response.headers[.contentLength] == String(get.body.readableBytes))
            }
        }
    }

    @Test("HEAD of the event stream and of an unknown route answer without a body")
    func headStreamAndMissing() async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/events", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/nowhere", method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test("a client that accepts gzip gets the same bytes compressed, under its own tag", arguments: ["/", "/api/perf?symbols=RUT,GSPC"])
    func gzip(uri: String) async throws {
        try await ServerFixture.withApp { client in
            let plain = try await client.execute(uri: uri, method: .get)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.headers[.vary] == "Accept-Encoding")
            let zipped = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip, deflate, br"])
            #expect(zipped.status == .ok)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            var body = zipped.body
            let unzipped = try body.decompress(with: .gzip())
            #expect(Data(unzipped.readableBytesView) == ServerFixture.bytes(plain))
            #expect(zipped.body.readableBytes * 2 < plain.body.readableBytes, "gzip should at least halve \(uri)")
            let tag = try #require(zipped.headers[.eTag])
            #expect(tag.hasSuffix("-gzip\"") && tag != plain.headers[.eTag])
            try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"]) { response in
                #expect(response.headers[.contentEncoding] == nil)
            }
        }
    }

    static let pages = ["/", "/symbol", "/rotation", "/cycles", "/brief", "/check", "/backtest"]

    @Test("every page has the navigation with the current page marked, and a favicon", arguments: pages)
    func navigation(path: String) async throws {
        try await ServerFixture.withApp { client in
            let html = Self.html(try await client.execute(uri: path, method: .get))
            #expect(html.contains("<nav aria-label=\"Pages\">"))
            #expect(html.contains("<a href=\"\(path)\" aria-current=\"page\">"), "\(path)")
            // The backtest's strategy links and the symbol page's range presets mark theirs too.
            #expect(html.components(separatedBy: "aria-current=\"page\"").count - 1 == (["/backtest", "/symbol"].contains(path) ? 2 : 1))
            #expect(html.contains("<link rel=\"icon\" href=\"data:image/svg+xml,"))
            #expect(html.contains("prefers-color-scheme:dark"))
        }
    }

    @Test("period drop-downs show the period the URL asked for, aliases included")
    func periodsReflectURL() async throws {
        try await ServerFixture.withApp { client in
            for (uri, chosen) in [("/cycles?period=week", "week"), ("/cycles?period=weekly", "week"), ("/cycles", "month"),
                                  ("/rotation?symbols=XLK,XLE&benchmark=SPY&period=day", "day"), ("/rotation?symbols=XLK&benchmark=SPY", "week")] {
                let html = Self.html(try await client.execute(uri: uri, method: .get))
                #expect(html.contains("<option selected>\(chosen)</option>"), "\(uri)")
                #expect(html.components(separatedBy: "<option selected>").count - 1 == 1, "\(uri)")
            }
        }
    }

    @Test("the symbol list holds the store's chartable series only, and member price columns are not offered")
    func symbolList() async throws {
        let folder = try ServerFixture.temporaryDirectory()
        // A real excerpt of the small-cap member matrix: its first 30 rows and four tickers.
        let wide = try String(contentsOf: ServerFixture.sharedData.appendingPathComponent("constituents/smallcap_adj_closes_wide.csv"), encoding: .utf8)
        let excerpt = wide.split(separator: "\n").prefix(31).map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",") }
        let matrix = folder.appendingPathComponent("smallcap_adj_closes_wide.csv")
        try (excerpt.joined(separator: "\n") + "\n").write(to: matrix, atomically: true, encoding: .utf8)
        let tickers = excerpt[0].split(separator: ",").dropFirst().map(String.init)
        let store = folder.appendingPathComponent("store.sqlite").path
        _ = try await RotationService(location: .sqlite(path: store)).importFiles(ImportRequest(paths: [
            ServerFixture.sharedData.appendingPathComponent("prices/RUT.csv").path,
            ServerFixture.sharedData.appendingPathComponent("prices/GSPC.csv").path, matrix.path,
        ]))
        try await ServerFixture.withApp(ServerFixture.configuration(store: store)) { client in
            let symbols = ServerFixture.object(try await client.execute(uri: "/api/symbols", method: .get))["symbols"] as? [[String: Any]] ?? []
            #expect(symbols.contains { $0["symbol"] as? String == tickers[0] }, "the matrix was imported")
            let html = Self.html(try await client.execute(uri: "/symbol", method: .get))
            let list = try #require(html.range(of: "<datalist id=\"symbols\">")).upperBound
            let options = html[list...].prefix(while: { $0 != "/" }).components(separatedBy: "<option value=").count - 1
            #expect(options == 2)
            #expect(html.contains("<option value=\"RUT\">") && html.contains("<option value=\"GSPC\">"))
            for ticker in tickers { #expect(!html.contains("<option value=\"\(ticker)\">")) }
            try await client.execute(uri: "/symbol?symbol=\(tickers[0])", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Self.html(response).contains("value=\"\(tickers[0])\""))
            }
        }
    }

    @Test("symbols in tables link to their pages, and a series that ends early is marked stale with its last date")
    func linksAndStale() async throws {
        try await ServerFixture.withApp { client in
            let overview = Self.html(try await client.execute(uri: "/", method: .get))
            // NDX ends 2026-02-06 and DJI 2026-02-23 in ../shared/data, RUT and GSPC 2026-08-21.
            #expect(overview.contains("<td>2026-02-06 <span class=\"stale\""))
            #expect(overview.contains("<td>2026-02-23 <span class=\"stale\""))
            #expect(!overview.contains("<td>2026-08-21 <span class=\"stale\""))
            let rotation = Self.html(try await client.execute(uri: "/rotation?symbols=XLK,XLE&benchmark=SPY", method: .get))
            #expect(rotation.contains("<a href=\"/symbol?symbol=XLK\">XLK</a>"))
        }
    }

    @Test("the overview's relative-strength chart says where it is rebased and what it shows")
    func chartsSayWhatTheyShow() async throws {
        try await ServerFixture.withApp { client in
            let overview = Self.html(try await client.execute(uri: "/", method: .get))
            #expect(overview.contains("<figcaption>The price ratio RUT/GSPC, weekly, rebased to 100 on 2021-"))
            let symbol = Self.html(try await client.execute(uri: "/symbol?symbol=GSPC&years=100", method: .get))
            #expect(symbol.contains("dots mark days that set a new record close"))
            #expect(symbol.contains("years=100\" aria-current=\"page\">Max</a>"))
            // The scales a hover read-out inverts, and each series named for it.
            #expect(symbol.contains("<g data-series=\"GSPC\">") && symbol.contains("<g data-series=\"record close\">"))
            #expect(symbol.contains(" data-x=\"") && symbol.contains(" data-y=\"") && symbol.contains("function rotationHover(root)"))
            // GSPC has 24,777 daily rows since 1927: thinned to the 560 pixel columns of the plot.
            let start = try #require(symbol.range(of: "<figure id=\"price-figure\">")).upperBound
            let end = try #require(symbol[start...].range(of: "</figure>")).lowerBound
            let points = symbol[start..<end].components(separatedBy: " L").count
            #expect(points < 4 * 600, "the price line has \(points) points")
            #expect(symbol.utf8.count < 200_000, "the 100-year symbol page is \(symbol.utf8.count) bytes")
        }
    }

    /// WCAG 2.x relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value: Int = Int(hex.dropFirst(), radix: 16) ?? 0
        let bytes: [Int] = [(value >> 16) & 255, (value >> 8) & 255, value & 255]
        var linear: [Double] = []
        for byte in bytes {
            let channel = Double(byte) / 255
            linear.append(channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4))
        }
        let red: Double = 0.2126 * linear[0], green: Double = 0.7152 * linear[1], blue: Double = 0.0722 * linear[2]
        return red + green + blue
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("every series colour has at least 3:1 contrast (WCAG AA for graphics) on the light and the dark chart background")
    func paletteContrast() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        for color in ChartPalette.colors {
            #expect(Self.contrast(color, "#ffffff") >= 3, "\(color) on white: \(Self.contrast(color, "#ffffff"))")
            #expect(Self.contrast(color, "#1b1f27") >= 3, "\(color) on the dark panel: \(Self.contrast(color, "#1b1f27"))")
        }
    }
}
