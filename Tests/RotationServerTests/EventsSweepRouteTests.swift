import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// `GET /api/events` and `POST /api/sweep`: bad input answers 4xx naming the problem, the
/// server's bounds hold, and no file outside the files folder is read.
struct EventsSweepRouteTests {
    /// (URI, expected status, a part of the message).
    static let eventCases: [(String, Int, String)] = [
        ("/api/events?a=RUT", 400, "dates is required"),
        ("/api/events?dates=fomc-cuts", 400, "a is required"),
        ("/api/events?dates=fomc-cuts&a=RUT&before=-1", 400, "--before must be ≥ 0"),
        ("/api/events?dates=fomc-cuts&a=RUT&after=0", 400, "--after ≥ 1"),
        ("/api/events?dates=fomc-cuts&a=RUT&confidence=1", 400, "strictly between 0 and 1"),
        ("/api/events?dates=fomc-cuts&a=RUT&bootstrap=100001", 400, "at most 100000 draws"),
        ("/api/events?dates=fomc-cuts&a=RUT&placebo=-5", 400, "must be ≥ 0"),
        ("/api/events?dates=fomc-cuts&a=RUT&before=9223372036854775807", 400, "before + after"),
        ("/api/events?dates=fomc-cuts&a=RUT&seed=-1", 400, "seed: expected a whole number ≥ 0"),
        ("/api/events?dates=fomc-cuts&a=RUT&b=GSPC&measure=level", 400, "--measure level takes no B"),
        ("/api/events?dates=2020-13-01&a=RUT", 400, "expected YYYY-MM-DD dates"),
        ("/api/events?dates=2020-03-03&first_cuts&a=RUT", 400, "--first-cuts needs a dates file"),
        ("/api/events?dates=../../etc/passwd&a=RUT", 400, "file arguments must be paths inside"),
        ("/api/events?dates=/etc/passwd&a=RUT", 400, "file arguments must be paths inside"),
        ("/api/events?dates=missing.csv&a=RUT", 404, "missing.csv: no such file"),
        ("/api/events?dates=fomc-cuts&a=RUT&prices=/tmp", 400, "file arguments must be paths inside"),
        ("/api/events?dates=fomc-cuts&a=NOPE", 404, "unknown symbol"),
    ]

    @Test("bad events requests answer the stated 4xx with a JSON message", arguments: eventCases.indices)
    func badEvents(index: Int) async throws {
        let (uri, status, message) = Self.eventCases[index]
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status.code == status, "\(uri)")
                let text = try #require(ServerFixture.errorMessage(response))
                #expect(text.contains(message), "\(uri): \(text)")
                #expect(!text.contains(ServerFixture.sharedData.path))
            }
        }
    }

    @Test("without a files folder, a dates value that is not a list is never read as a file")
    func datesWithoutFiles() async throws {
        let configuration = ServerFixture.configuration(store: try await ServerFixture.storePath(), filesRoot: nil)
        try await ServerFixture.withApp(configuration) { client in
            try await client.execute(uri: "/api/events?dates=prices/RUT.csv&a=RUT", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.contains("this server takes no file arguments") == true)
            }
            // "Package.swift" exists in the test's working directory: it must be taken as a bad date list.
            try await client.execute(uri: "/api/events?dates=Package.swift&a=RUT", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.contains("expected YYYY-MM-DD dates") == true)
            }
        }
    }

    static let spec = #"{"strategy": "rotation", "a": "IWM", "b": "SPY", "from": "2020-01-01", "lookback_weeks": 12}"#

    /// (body, expected status, a part of the message).
    static let sweepCases: [(String, Int, String)] = [
        ("{not json", 400, "request body: not valid JSON"),
        ("[]", 400, "request body"),
        (#"{"params": []}"#, 400, "missing field \"spec\""),
        (#"{"spec": \#(spec), "colour": 1}"#, 400, "unknown field \"colour\""),
        (#"{"spec": \#(spec), "top": "ten"}"#, 400, "field \"top\""),
        (#"{"spec": \#(spec), "top": -1}"#, 400, "--top must be ≥ 0"),
        (#"{"spec": \#(spec), "sort": "luck"}"#, 400, "unknown metric \"luck\""),
        (#"{"spec": \#(spec), "ascending": true, "descending": true}"#, 400, "exclude each other"),
        (#"{"spec": \#(spec), "params": ["colour=1"]}"#, 400, "unknown parameter \"colour\""),
        (#"{"spec": \#(spec), "params": ["lookback_weeks=1..200", "ma_days=1..200"]}"#, 413, "the grid has 40000 parameter sets"),
        (#"{"spec": \#(spec), "params": ["lookback_weeks=1..999999", "ma_days=1..999999", "split_threshold=0..1e300:1e-300"]}"#, 413, "too many"),
        (#"{"spec": {"strategy": "allocation", "weights": {"SPY": 1}}}"#, 400, "a sweep needs a rotation spec"),
        (#"{"spec": {"strategy": "rotation", "a": "../../etc/passwd", "b": "SPY", "lookback_weeks": 4}}"#, 400, "names store symbols, not files"),
        (#"{"spec": \#(spec), "prices": "../.."}"#, 400, "file arguments must be paths inside"),
    ]

    @Test("bad sweep bodies answer the stated 4xx with a JSON message", arguments: sweepCases.indices)
    func badSweeps(index: Int) async throws {
        let (body, status, message) = Self.sweepCases[index]
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/sweep", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status.code == status, "\(body)")
                let text = try #require(ServerFixture.errorMessage(response))
                #expect(text.contains(message), "\(body): \(text)")
            }
        }
    }

    @Test("a backtest spec naming a file instead of a symbol is refused")
    func backtestFileSymbol() async throws {
        let body = #"{"strategy": "allocation", "weights": {"/etc/passwd.csv": 1}}"#
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/backtest", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(ServerFixture.errorMessage(response)?.contains("names store symbols, not files") == true)
            }
        }
    }

    @Test("the grid estimate counts ranges, lists and repeats without building them")
    func estimate() {
        // Hand count: 4..52:4 has 13 values; none,200 has 2; 0..0.1:0.02 has 6 → 13 × 2 × 6 = 156.
        #expect(SweepRoute.estimatedSize(["lookback_weeks=4..52:4", "ma_days=none,200", "split_threshold=0..0.1:0.02"]) == 156)
        #expect(SweepRoute.estimatedSize([]) == 1)
        #expect(SweepRoute.estimatedSize(["lookback_weeks=1..9223372036854775806"]) == Int.max)
    }
}
