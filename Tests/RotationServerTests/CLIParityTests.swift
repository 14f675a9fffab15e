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
    ]

    @Test("every compared API body is byte-identical to the CLI's --json output", arguments: cases.indices)
    func sameBytesAsCLI(index: Int) async throws {
        let (uri, arguments) = Self.cases[index]
        let store = try await ServerFixture.storePath()
        let cli = try ServerFixture.runCLI(arguments + ["--db", store, "--json"])
        #expect(cli.status == 0, "CLI \(arguments) exited \(cli.status)")
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri): \(String(decoding: ServerFixture.bytes(response), as: UTF8.self))")
                #expect(ServerFixture.bytes(response) == cli.stdout, "\(uri) differs from rotation \(arguments.joined(separator: " ")) --json")
            }
        }
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
