import Foundation
import Hummingbird
import HummingbirdTesting
import RotationApp
import Testing
@testable import RotationServer

/// Every read-only command route answers 200 with its CLI document's top-level keys.
struct APIRouteTests {
    /// (URI, keys the document must have — from CONTRACT.md and the CLI's --json documents).
    static let cases: [(String, [String])] = [
        ("/api/symbols", ["symbols"]),
        ("/api/perf?symbols=RUT", ["as_of", "basis", "rows"]),
        ("/api/highs?symbols=RUT", ["as_of", "basis", "rows"]),
        ("/api/metrics?symbols=RUT&benchmark=GSPC", ["symbol", "benchmark", "sharpe", "beta", "max_drawdown", "drawdowns"]),
        ("/api/relative?a=RUT&b=GSPC", ["a", "b", "periods", "line", "recent"]),
        ("/api/rrg?symbols=RUT,IXIC&benchmark=GSPC", ["benchmark", "points", "formula", "parameters"]),
        ("/api/cycles?a=RUT&b=GSPC", ["series", "stretches", "current"]),
        ("/api/cycles?a=factors/ff3_monthly.csv%23smb", ["series", "stretches", "current"]),
        ("/api/breadth?members=constituents/smallcap_members.csv&prices=constituents/smallcap_adj_closes_wide.csv", ["covered", "members", "series", "basis"]),
        ("/api/contribution?members=constituents/smallcap_members.csv&prices=constituents/smallcap_adj_closes_wide.csv", ["rows", "index_return", "basis"]),
        ("/api/brief", ["as_of", "sections", "universe", "notes"]),
    ]

    @Test("each read-only command answers 200 with its document's keys", arguments: cases.indices)
    func readRoutes(index: Int) async throws {
        let (uri, keys) = Self.cases[index]
        try await ServerFixture.withApp { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri): \(String(decoding: ServerFixture.bytes(response), as: UTF8.self))")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let object = ServerFixture.object(response)
                for key in keys { #expect(object[key] != nil, "\(uri) lacks \(key)") }
            }
        }
    }

    @Test("every read-only command has a GET route")
    func everyCommandRouted() async throws {
        let store = try await ServerFixture.storePath()
        let state = try ServerState(configuration: ServerFixture.configuration(store: store))
        let router = try buildRouter(state, version: "test")
        let paths = Set(router.routes.filter { $0.method == .get }.map { $0.path.description })
        for command in ReadCommand.allCases { #expect(paths.contains("/api/\(command.rawValue)")) }
    }

    @Test("valuation reads a fundamentals file from the files folder")
    func valuation() async throws {
        let folder = try ServerFixture.temporaryDirectory()
        // Two members: ΣM/ΣE = (100 + 300) / (10 + 20) = 13.33… (hand calculation).
        try Data("ticker,market_cap,earnings_ttm\nAAA,100,10\nBBB,300,20\n".utf8).write(to: folder.appendingPathComponent("f.csv"))
        let configuration = ServerFixture.configuration(store: try await ServerFixture.storePath(), filesRoot: folder.path)
        try await ServerFixture.withApp(configuration) { client in
            try await client.execute(uri: "/api/valuation?holdings=f.csv", method: .get) { response in
                #expect(response.status == .ok, "\(String(decoding: ServerFixture.bytes(response), as: UTF8.self))")
                let pe = ServerFixture.object(response)["pe"] as? [String: Any]
                let aggregate = try #require(pe?["aggregate"] as? Double)
                #expect(abs(aggregate - 400.0 / 30.0) < 1e-12)
            }
        }
    }

    @Test("POST /api/backtest runs the spec in the body")
    func backtest() async throws {
        let spec = #"{"strategy": "rotation", "a": "IWM", "b": "SPY", "lookback_weeks": 12, "from": "2018-01-01", "to": "2020-12-31"}"#
        try await ServerFixture.withApp { client in
            try await client.execute(uri: "/api/backtest?drawdowns=3", method: .post, body: ByteBuffer(string: spec)) { response in
                #expect(response.status == .ok)
                let object = ServerFixture.object(response)
                #expect(object["strategy"] as? String == "rotation")
                #expect(((object["metrics"] as? [String: Any])?["drawdowns"] as? [Any])?.count ?? 0 <= 3)
            }
        }
    }
}
