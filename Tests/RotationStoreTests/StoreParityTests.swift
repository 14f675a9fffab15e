import Foundation
import RotationApp
import RotationCore
import RotationData
import RotationPostgres
import RotationSQLite
import Testing

/// The same files imported into SQLite and PostgreSQL give the same answers: every document
/// the use cases produce is byte-for-byte the same JSON on both stores.
// Five minutes: the suite runs two stores' imports and reads in the debug build; on this 2-core
// machine with other suites running it took 115–175 s (a bound against a hang, not a speed check).
@Suite(.enabled(if: PostgresTestServer.runs), .timeLimit(.minutes(5)))
struct StoreParityTests {
    static let sharedData = PriceFileForTests.pricesDirectory.deletingLastPathComponent()

    /// Member price columns of the first `count` tickers of the shared small-cap matrix, as
    /// close-and-adjusted-close bars (days without a close left out).
    static func memberItems(count: Int) throws -> [ImportItem] {
        let file = sharedData.appendingPathComponent("constituents/smallcap_adj_closes_wide.csv").path
        let panel = try WideMatrixCSV.parse(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        return panel.tickers.prefix(count).enumerated().map { column, ticker in
            let rows = panel.closes[column].indices.filter { !panel.closes[column][$0].isNaN }
            let closes = rows.map { panel.closes[column][$0] }
            let missing = [Double](repeating: .nan, count: rows.count)
            let bars = DailyBars(symbol: ticker.uppercased(), days: rows.map { panel.days[$0] }, open: missing,
                                 high: missing, low: missing, close: closes, adjClose: closes, volume: missing)
            return ImportItem(file: file, contentHash: "members", payload: .bars(bars))
        }
    }

    /// A service over `store` holding all shared prices and rates, the IWM holdings snapshots and
    /// 150 members' prices.
    static func loadedService(_ store: any Store, location: StoreLocation, members: [ImportItem]) async throws -> RotationService {
        let service = RotationService(source: SeriesSource(store: store, location: location))
        let holdings = try FileManager.default.contentsOfDirectory(atPath: sharedData.appendingPathComponent("constituents").path)
            .filter { $0.hasPrefix("IWM_holdings_") && $0.hasSuffix(".csv") }.sorted()
            .map { sharedData.appendingPathComponent("constituents/\($0)").path }
        _ = try await service.importFiles(ImportRequest(paths: [sharedData.appendingPathComponent("prices").path,
                                                                sharedData.appendingPathComponent("rates").path] + holdings))
        _ = try await store.importBatch(members)
        return service
    }

    /// Every document compared, by name.
    static func documents(_ service: RotationService) async throws -> [String: Data] {
        let members = MembersInput(members: [sharedData.appendingPathComponent("constituents/smallcap_members.csv").path])
        // Two specs from Tests/RotationBacktestTests/Golden/expected_runs.json; pairs reads DFF as its cash rate.
        let allocation = try BacktestRequest.decodeSpec(Data("""
            {"strategy": "allocation", "from": "2015-01-01", "to": "2025-12-31", "weights": {"SPY": 0.85, "IWM": 0.15},
             "rebalance": "monthly", "commission_bps": 1, "slippage_bps": 2}
            """.utf8), file: "allocation.json")
        let pairs = try BacktestRequest.decodeSpec(Data("""
            {"strategy": "pairs", "from": "2025-07-31", "to": "2026-01-09", "long": "IWM", "short": "QQQ",
             "rebalance": "weekly", "borrow_bps": 25, "cash_rate": "DFF"}
            """.utf8), file: "pairs.json")
        return [
            "perf": try JSONOutput.encode(await service.perf(PerfRequest(symbols: ["IWM", "SPY", "QQQ", "RUT", "GSPC"]))),
            "perf total return": try JSONOutput.encode(await service.perf(
                PerfRequest(symbols: ["IWM", "SPY"], basis: .total))),
            "metrics": try JSONOutput.encode(await service.metrics(
                MetricsRequest(symbol: "IWM", benchmark: "SPY", riskFreeAnnual: 0.04, rolling: 63))),
            "metrics monthly": try JSONOutput.encode(await service.metrics(
                MetricsRequest(symbol: "RUT", benchmark: "GSPC", period: .monthly))),
            "breadth": try JSONOutput.encode(await service.breadth(members, asOf: nil, from: nil, to: nil)),
            "breadth series": try JSONOutput.encode(await service.breadth(
                members, asOf: nil, from: TradingDay("2025-06-02"), to: TradingDay("2025-07-31"))),
            // The stored IWM snapshots (imported from the holdings files) as the member lists.
            "breadth stored snapshots": try JSONOutput.encode(await service.breadth(
                MembersInput(members: ["IWM"]), asOf: nil, from: TradingDay("2025-06-02"), to: TradingDay("2025-12-31"))),
            "backtest allocation": try JSONOutput.encode(await service.backtest(BacktestRequest(spec: allocation))),
            "backtest pairs": try JSONOutput.encode(await service.backtest(BacktestRequest(spec: pairs))),
        ]
    }

    @Test("perf, metrics, breadth (from files and from stored snapshots) and a backtest give byte-identical JSON on SQLite and PostgreSQL")
    func identicalDocuments() async throws {
        let members = try Self.memberItems(count: 150)
        let sqlite = try await Self.loadedService(try SQLiteStore(), location: .sqlite(path: ":memory:"), members: members)
        let store = try PostgresTestServer.makeStore()
        let postgres = try await Self.loadedService(store, location: .postgres(url: "postgres://test"), members: members)
        let expected = try await Self.documents(sqlite)
        let actual = try await Self.documents(postgres)
        #expect(expected.keys.sorted() == actual.keys.sorted())
        for name in expected.keys.sorted() {
            // Non-trivial documents: each holds real numbers (more than a skeleton of keys).
            #expect((expected[name]?.count ?? 0) > 200, "\(name)")
            #expect(expected[name] == actual[name], "\(name) differs between SQLite and PostgreSQL")
        }
        #expect(try await sqlite.symbols() == postgres.symbols())
        await store.shutdown()
    }
}
