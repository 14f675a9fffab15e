import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// Bad input answers 4xx with `{"error": {"message": …}}`, never a 5xx, never internals.
struct APIErrorTests {
    /// (URI, expected status, the message or a part of it).
    static let cases: [(String, Int, String)] = [
        ("/api/perf?symbols=NOPE", 404, "unknown symbol"),
        ("/api/perf?symbols=RUT&window=2q", 400, "2q"),
        ("/api/perf?symbols=RUT&as_of=2025-13-45", 400, "as_of: expected a date YYYY-MM-DD, got \"2025-13-45\""),
        ("/api/perf", 400, "symbols is required"),
        ("/api/perf?symbols=RUT&colour=red", 400, "perf takes no parameter \"colour\""),
        ("/api/metrics?symbols=RUT&rolling=ten", 400, "rolling: expected a whole number, got \"ten\""),
        ("/api/metrics?symbols=RUT,GSPC", 400, "metrics measures one symbol"),
        ("/api/relative?a=RUT&b=GSPC&period=fortnight", 400, "period: expected one of day, week, month, got \"fortnight\""),
        ("/api/relative?a=RUT&b=GSPC&as_of=2025-01-01&as_of=2025-02-01", 400, "as_of: expected one value, got 2"),
        ("/api/highs?symbols=../../etc/passwd", 400, "file arguments must be paths inside"),
        ("/api/valuation?holdings=/etc/passwd", 400, "file arguments must be paths inside"),
        ("/api/valuation?holdings=missing.csv", 404, "missing.csv: no such file or directory"),
        ("/api/valuation", 400, "valuation needs exactly one of holdings (a fundamentals file) and members (FILE or DATE)"),
        ("/api/no-such-command", 404, "no such route"),
        // Found by schemathesis (scripts/server-soak): these trapped in a core precondition or
        // answered 500 before they were checked.
        ("/api/rrg?symbols=XLK&benchmark=SPY&tail=0", 400, "rrg needs window ≥ 2, lag ≥ 1 and tail ≥ 1"),
        ("/api/rrg?symbols=XLK&benchmark=SPY&window=1", 400, "rrg needs window ≥ 2"),
        ("/api/rrg?symbols=XLK&benchmark=SPY&lag=-109780", 400, "rrg needs window ≥ 2"),
        ("/api/metrics?symbols=RUT&periods_per_year=0", 400, "periods_per_year: expected a whole number ≥ 1, got 0"),
        ("/api/valuation?holdings=prices", 400, "prices: cannot read the file"),
        ("/api/breadth?members=&members=constituents/smallcap_members.csv", 400, "a file argument is empty"),
    ]

    @Test("bad requests answer the stated 4xx with a JSON error message", arguments: cases.indices)
    func badRequests(index: Int) async throws {
        let (uri, status, message) = Self.cases[index]
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status.code == status, "\(uri)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let text = try #require(ServerFixture.errorMessage(response))
                #expect(text.contains(message), "\(uri): \(text)")
                #expect(!text.contains(ServerFixture.sharedData.path), "the files folder must not appear: \(text)")
            }
        }
    }

    @Test("a server without a files folder refuses file arguments")
    func filesRefused() async throws {
        let configuration = ServerFixture.configuration(store: try await ServerFixture.storePath(), filesRoot: nil)
        try await ServerFixture.withApp(configuration) { client in
            try await client.execute(uri: "/api/perf?symbols=prices/RUT.csv", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.contains("this server takes no file arguments") == true)
            }
        }
    }

    @Test("a body over the limit answers 413")
    func oversizedBody() async throws {
        try await ServerFixture.withApp { client in
            let body = ByteBuffer(repeating: UInt8(ascii: " "), count: (1 << 20) + 1)
            try await client.execute(uri: "/api/backtest", method: .post, body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(ServerFixture.errorMessage(response) == "the request body is larger than 1048576 bytes")
            }
        }
    }

    @Test("a query over the limit answers 414")
    func longQuery() async throws {
        try await ServerFixture.withApp { client in
            let uri = "/api/perf?symbols=" + String(repeating: "A", count: 5000)
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .uriTooLong)
            }
        }
    }

    @Test("a malformed backtest spec answers 400 naming the field")
    func badSpec() async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/backtest", method: .post, body: ByteBuffer(string: #"{"strategy": "allocation", "colour": 1}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.hasPrefix("request body: ") == true)
            }
            try await client.execute(uri: "/api/backtest", method: .post, body: ByteBuffer(string: "{not json")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("an unknown page symbol answers an HTML 404")
    func pageError() async throws {
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/symbol?symbol=NOPE", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(decoding: ServerFixture.bytes(response), as: UTF8.self).contains("unknown symbol"))
            }
        }
    }
}
