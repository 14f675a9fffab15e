import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotationServer

/// The API answers exactly the bytes `rotation COMMAND --json` prints, on the same store.
struct CLIParityTests {
    /// (API path and query, CLI arguments before `--db … --json`).
    static let cases: [(String, [String])] = [
        ("/api/symbols", ["symbols"]),
        ("/api/perf?symbols=RUT,GSPC&window=1m&window=ytd&as_of=2025-06-30", ["perf", "RUT", "GSPC", "--window", "1m", "--window", "ytd", "--as-of", "2025-06-30"]),
        ("/api/perf?symbols=IWM&total_return=true", ["perf", "IWM", "--total-return"]),
        ("/api/highs?symbols=RUT,IXIC", ["highs", "RUT", "IXIC"]),
        ("/api/metrics?symbols=IWM&benchmark=SPY&from=2020-01-01&rolling=63&period=weekly",
         ["metrics", "IWM", "--benchmark", "SPY", "--from", "2020-01-01", "--rolling", "63", "--period", "weekly"]),
        ("/api/relative?a=RUT&b=GSPC&period=month&recent=24&divergences", ["relative", "RUT", "GSPC", "--period", "month", "--recent", "24", "--divergences"]),
        ("/api/rrg?symbols=XLK,XLE,XLF&benchmark=SPY&tail=5", ["rrg", "XLK", "XLE", "XLF", "--benchmark", "SPY", "--tail", "5"]),
        ("/api/cycles?a=RUT&b=GSPC&minimum_depth=0.05", ["cycles", "RUT", "GSPC", "--minimum-depth", "0.05"]),
        ("/api/brief?as_of=2025-12-31", ["brief", "--as-of", "2025-12-31"]),
        ("/api/breadth?members=constituents/smallcap_members.csv&prices=constituents/smallcap_adj_closes_wide.csv",
         ["breadth", "--members", "constituents/smallcap_members.csv", "--prices", "constituents/smallcap_adj_closes_wide.csv"]),
        ("/api/events?dates=fomc-cuts&a=RUT&b=GSPC&bootstrap=200&placebo=200",
         ["events", "--dates", "fomc-cuts", "RUT", "GSPC", "--bootstrap", "200", "--placebo", "200"]),
        ("/api/events?dates=fomc-cuts&first_cuts&a=IWM&b=SPY&measure=log_relative&before=10&after=40&seed=7&confidence=0.9&total_return",
         ["events", "--dates", "fomc-cuts", "--first-cuts", "IWM", "SPY", "--measure", "log_relative", "--before", "10", "--after", "40",
          "--seed", "7", "--confidence", "0.9", "--total-return"]),
        ("/api/events?dates=2020-03-03,%202019-07-31&a=RUT&bootstrap=50&placebo=0",
         ["events", "--dates", "2020-03-03, 2019-07-31", "RUT", "--bootstrap", "50", "--placebo", "0"]),
    ]

    @Test("every compared API body is byte-identical to the CLI's --json output", arguments: cases.indices)
    func sameBytesAsCLI(index: Int) async throws {
        let (uri, arguments) = Self.cases[index]
        try await ServerFixture.expectAPIMatchesCLI(uri, arguments)
    }

    @Test("POST /api/check answers the same bytes as rotation check ARTICLE --json")
    func checkSameBytes() async throws {
        let store = try await ServerFixture.storePath()
        let article = ServerFixture.packageRoot.appendingPathComponent("Tests/RotationAppTests/Articles/election-week-2024.txt")
        let cli = try ServerFixture.runCLI(["check", article.path, "--db", store, "--json"])
        #expect(cli.status == 0)
        let text = try String(contentsOf: article, encoding: .utf8)
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/check", method: .post, body: ByteBuffer(string: text)) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.bytes(response) == cli.stdout)
                #expect((ServerFixture.object(response)["claims"] as? [Any])?.isEmpty == false)
            }
        }
    }

    @Test("GET /api/events with a dates file of the files folder answers the same bytes as the CLI run in that folder")
    func eventsDatesFile() async throws {
        let store = try await ServerFixture.storePath()
        let folder = try ServerFixture.temporaryDirectory()
        // Three dates of the bundled FOMC file, with its first_cut column.
        try Data("date,first_cut\n2019-07-31,true\n2019-09-18,false\n2020-03-03,false\n".utf8)
            .write(to: folder.appendingPathComponent("cuts.csv"))
        let cli = try ServerFixture.runCLI(["events", "--dates", "cuts.csv", "RUT", "GSPC", "--bootstrap", "100", "--placebo", "100",
                                            "--db", store, "--json"], in: folder)
        #expect(cli.status == 0)
        let configuration = ServerFixture.configuration(store: store, filesRoot: folder.path)
        try await ServerFixture.withApp(configuration) { client in
            try await client.execute(uri: "/api/events?dates=cuts.csv&a=RUT&b=GSPC&bootstrap=100&placebo=100", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.bytes(response) == cli.stdout)
                #expect(ServerFixture.object(response)["dates_source"] as? String == "cuts.csv")
            }
        }
    }

    @Test("POST /api/sweep answers the same bytes as rotation sweep --spec FILE --param … --json")
    func sweepSameBytes() async throws {
        let store = try await ServerFixture.storePath()
        let spec = #"{"strategy": "rotation", "a": "IWM", "b": "SPY", "from": "2010-01-01", "to": "2024-12-31", "lookback_weeks": 12, "commission_bps": 1.5}"#
        let file = try ServerFixture.temporaryDirectory().appendingPathComponent("spec.json")
        try Data(spec.utf8).write(to: file)
        let cli = try ServerFixture.runCLI(["sweep", "--spec", file.path, "--param", "lookback_weeks=4..52:4", "--param", "ma_days=none,200",
                                            "--sort", "total_return", "--top", "5", "--db", store, "--json"])
        #expect(cli.status == 0)
        let body = #"{"spec": \#(spec), "params": ["lookback_weeks=4..52:4", "ma_days=none,200"], "sort": "total_return", "top": 5}"#
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/sweep", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok, "\(String(decoding: ServerFixture.bytes(response), as: UTF8.self))")
                #expect(ServerFixture.bytes(response) == cli.stdout)
                #expect(ServerFixture.object(response)["grid_size"] as? Int == 26)
            }
        }
    }

    @Test("POST /api/backtest answers the same bytes as rotation backtest --spec FILE --json")
    func backtestSameBytes() async throws {
        let store = try await ServerFixture.storePath()
        let spec = #"{"strategy": "allocation", "from": "2015-01-01", "to": "2024-12-31", "weights": {"SPY": 0.85, "IWM": 0.15}, "rebalance": "monthly", "commission_bps": 1}"#
        let file = try ServerFixture.temporaryDirectory().appendingPathComponent("spec.json")
        try Data(spec.utf8).write(to: file)
        let cli = try ServerFixture.runCLI(["backtest", "--spec", file.path, "--db", store, "--json"])
        #expect(cli.status == 0)
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/backtest", method: .post, body: ByteBuffer(string: spec)) { response in
                #expect(response.status == .ok)
                #expect(ServerFixture.bytes(response) == cli.stdout)
            }
        }
    }
}
