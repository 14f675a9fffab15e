import Foundation
import Testing

/// `rotation sweep` through the built binary on IWM/SPY.
@Suite(.serialized)
struct SweepCLITests {
    static let prices = CLIRunner.sharedData.appendingPathComponent("prices").path

    static func spec(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("spec.json").path
        try #"{"strategy": "rotation", "from": "2015-01-02", "to": "2025-12-31", "a": "IWM", "b": "SPY", "lookback_weeks": 12, "commission_bps": 1}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a 3 × 2 × 2 grid gives 12 CSV rows in grid order and the best rows sorted by Sharpe")
    func smallGrid() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let csv = dir.appendingPathComponent("rows.csv").path
        let outcome = try CLIRunner.run(["sweep", "--spec", try Self.spec(in: dir), "--prices", Self.prices,
                                         "--param", "lookback_weeks=4..12:4", "--param", "ma_days=none,100",
                                         "--param", "split_threshold=0,0.01", "--top", "5", "--csv", csv, "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty) // stderr is a pipe, not a terminal: no progress bar
        let doc = try CLIRunner.json(outcome)
        #expect(doc["grid_size"] as? Int == 12 && doc["metric"] as? String == "sharpe" && doc["order"] as? String == "descending")
        let rows = try #require(doc["rows"] as? [[String: Any]])
        #expect(rows.count == 5)
        let sharpes = rows.compactMap { $0["sharpe"] as? Double }
        #expect(sharpes.count == 5 && sharpes == sharpes.sorted(by: >))
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 13)
        #expect(lines[0] == "index,lookback_weeks,ma_days,ma_fallback,split_threshold,rebalance,final_equity,total_return,sharpe,rebalances,turnover,costs")
        #expect(lines[1].hasPrefix("0,4,,cash,0.0,weekly,") && lines[12].hasPrefix("11,12,100,cash,0.01,weekly,"))
        #expect(!FileManager.default.fileExists(atPath: csv + ".partial"))
        // The best row's Sharpe is the largest in the CSV.
        let csvSharpes = lines.dropFirst().compactMap { Double($0.split(separator: ",", omittingEmptySubsequences: false)[8]) }
        #expect(csvSharpes.max() == sharpes.first)
    }

    @Test("--sort total_return --ascending puts the smallest total return first")
    func ascending() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(["sweep", "--spec", try Self.spec(in: dir), "--prices", Self.prices,
                                         "--param", "lookback_weeks=2..20:6", "--sort", "total_return", "--ascending", "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(try CLIRunner.json(outcome)["rows"] as? [[String: Any]])
        let returns = rows.compactMap { $0["total_return"] as? Double }
        #expect(returns.count == 4 && returns == returns.sorted())
    }

    @Test("unknown parameter names and metrics exit 64 naming the valid ones")
    func usageErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let spec = try Self.spec(in: dir)
        let name = try CLIRunner.run(["sweep", "--spec", spec, "--prices", Self.prices, "--param", "weeks=1..3"])
        #expect(name.status == 64)
        #expect(name.stderr == "rotation: error: --param: unknown parameter \"weeks\"; valid names: lookback_weeks, ma_days, ma_fallback, split_threshold, rebalance\n")
        let metric = try CLIRunner.run(["sweep", "--spec", spec, "--prices", Self.prices, "--sort", "alpha"])
        #expect(metric.status == 64)
        #expect(metric.stderr == "rotation: error: --sort: unknown metric \"alpha\"; valid metrics: sharpe, total_return, final_equity, turnover, costs, rebalances\n")
    }
}
