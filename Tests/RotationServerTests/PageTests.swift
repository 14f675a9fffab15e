import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// Every page renders as HTML with its charts, and escapes what it echoes.
struct PageTests {
    /// (URI, text the page must contain, number of SVG charts at least).
    static let cases: [(String, String, Int)] = [
        ("/", "id=\"quotes\"", 1),
        ("/symbol?symbol=RUT&benchmark=GSPC&years=3", "Worst drawdowns", 1),
        ("/rotation?symbols=XLK,XLE&benchmark=SPY", "RS-Ratio", 1),
        ("/cycles?a=RUT&b=GSPC", "Longest underperformance stretches", 1),
        ("/brief", "Rotation brief", 1),
        ("/backtest?strategy=rotation&a=IWM&b=SPY&from=2018-01-01", "Equity curve", 1),
        ("/backtest", "final equity", 1),
        ("/check", "<textarea name=\"article\"", 0),
    ]

    @Test("each page answers HTML with its tables and SVG charts", arguments: cases.indices)
    func pages(index: Int) async throws {
        let (uri, text, charts) = Self.cases[index]
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                let html = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
                #expect(response.status == .ok, "\(uri): \(html.prefix(400))")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(html.contains(text), "\(uri)")
                #expect(html.components(separatedBy: "<svg").count - 1 >= charts, "\(uri)")
                #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""), "no external assets")
            }
        }
    }

    /// Issue 16, case 6: the pairs form sent no `rebalance` (it went to allocation only), so a
    /// page showing "monthly" ran without rebalancing and reported 0 rebalances. The form's
    /// rebalance now reaches every strategy, and a field the strategy does not read is a 400.
    @Test("the backtest page's pairs form rebalances as chosen and refuses a field pairs do not use")
    func backtestFormFields() async throws {
        try await ServerFixture.withApp { client in
            let html = String(decoding: ServerFixture.bytes(try await client.execute(
                uri: "/backtest?strategy=pairs&a=IWM&b=SPY&from=2018-01-01&to=2018-12-31&rebalance=monthly", method: .get)), as: UTF8.self)
            // 2018: twelve month ends, the last (12-31) is the run's last day, so 11 rebalances.
            #expect(html.contains("11 rebalances"), "\(html.prefix(600))")
            try await client.execute(uri: "/backtest?strategy=pairs&weight_a=0.5", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(decoding: ServerFixture.bytes(response), as: UTF8.self)
                    .contains("weight_a: not used by strategy"))
            }
        }
    }

    @Test("the overview's quotes table shows the watchlist it holds, with record status")
    func quotes() async throws {
        try await ServerFixture.withApp { client in
            let html = String(decoding: ServerFixture.bytes(try await client.execute(uri: "/", method: .get)), as: UTF8.self)
            for symbol in ["RUT", "GSPC", "IXIC", "SPY"] { #expect(html.contains("/symbol?symbol=\(symbol)\"")) }
            #expect(html.contains("from record") || html.contains("record close"))
            #expect(html.contains("new EventSource('/events')"))
        }
    }

    @Test("posting the check form answers the verdict table")
    func checkForm() async throws {
        let article = "Small caps led: the Russell 2000 rose 8.6% for the week, as of 2024-11-08."
        let form = "article=" + (article.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "&as_of=2024-11-08"
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                let html = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
                #expect(response.status == .ok, "\(html.prefix(300))")
                #expect(html.contains("<th>Verdict</th>"))
                #expect(html.contains("Russell 2000 rose 8.6%"))
            }
        }
    }

    @Test("echoed parameters are escaped")
    func escaping() async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/rotation?symbols=%3Cscript%3E&benchmark=SPY", method: .get) { response in
                let html = String(decoding: ServerFixture.bytes(response), as: UTF8.self)
                #expect(!html.contains("<script>alert") && !html.contains("<SCRIPT>"))
            }
        }
    }

    @Test("HTML escaping and number formats")
    func formats() {
        #expect(HTML.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(HTML.level(1234567.891) == "1,234,567.89")
        #expect(HTML.percent(-0.01234) == "−1.23%")
        #expect(HTML.percent(0.5, decimals: 1) == "+50.0%")
        #expect(HTML.queryComponent("A B&C") == "A%20B%26C")
        #expect(HTML.percent(0.1834, signed: false) == "18.34%")
        #expect(HTML.percent(-0.1834, signed: false) == "−18.34%")
    }

    @Test("the symbol page shows volatility without a sign")
    func volatilityUnsigned() async throws {
        try await ServerFixture.withApp { client in
            let html = String(decoding: ServerFixture.bytes(try await client.execute(uri: "/symbol?symbol=RUT", method: .get)), as: UTF8.self)
            let cell = try #require(html.range(of: "<td>Annual volatility</td><td class=\"num\">"))
            let value = html[cell.upperBound...].prefix(while: { $0 != "<" })
            #expect(value.first?.isNumber == true, "volatility shown as \(value)")
            #expect(value.hasSuffix("%"))
        }
    }
}
