import Benchmark
import Foundation
import RotationBacktest
import RotationCore
import RotationData

/// Benchmarks of the analytics the issues set speed targets for.
func analyticsBenchmarks() {
    // Issue 3: the full metric set for every series of a 3,000 × 6,500 daily panel against one
    // benchmark (the first column), one thread and both cores.
    let panel = Inputs.panel(series: 3000, days: 6500, seed: 7)
    let returns: [[Double]] = panel.columns.map { column in
        (1..<column.count).map { column[$0] / column[$0 - 1] - 1 }.map { $0.isNaN ? 0 : $0 }
    }
    let benchmarkReturns = returns[0]
    @Sendable func metricsRange(_ range: Range<Int>) {
        var scratch = [Double](repeating: 0, count: benchmarkReturns.count)
        benchmarkReturns.withUnsafeBufferPointer { b in
            scratch.withUnsafeMutableBufferPointer { s in
                for i in range {
                    returns[i].withUnsafeBufferPointer { r in
                        blackHole(ReturnMetrics.compute(returns: r, benchmark: b, riskFreePerPeriod: 0, periodsPerYear: 252,
                                                        convention: .empyrical, scratch: s))
                    }
                }
            }
        }
    }
    Benchmark("metrics/daily/3000x6500/1-thread") { _ in metricsRange(0..<returns.count) }
    Benchmark("metrics/daily/3000x6500/2-threads") { _ in
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            metricsRange(part == 0 ? 0..<1500 : 1500..<3000)
        }
    }

    // Issue 4: rotation map for 500 symbols against one benchmark over 20 years of daily data
    // resampled to weeks.
    let rrgPanel = Inputs.panel(series: 501, days: 5040, seed: 11)
    let rrgInputs = (1..<501).map { RotationMapInput(symbol: "S\($0)", closes: rrgPanel.columns[$0]) }
    Benchmark("rrg/weekly/500x20y") { _ in
        blackHole(rotationMap(days: rrgPanel.days, benchmark: rrgPanel.columns[0], benchmarkName: "B", symbols: rrgInputs))
    }

    // Issue 4: cycles on 100 years of daily factor data (French's daily market excess return).
    Benchmark("cycles/daily/ff3-mkt_rf-100y") { benchmark in
        let series = try FactorCSV.parse([UInt8](try Data(contentsOf: Inputs.sharedData.appendingPathComponent("factors/ff3_daily.csv"))),
                                         file: "ff3_daily.csv", stem: "FF3_DAILY").first { $0.name.hasSuffix("#mkt_rf") }!
        benchmark.startMeasurement()
        let line = CycleLine.cumulated(days: series.days, returns: series.values, scale: 0.01, period: .day)
        blackHole(cycles(line: line, series: series.name, period: .day))
    }

    // Issue 5: breadth, every indicator on every day, 1,996 members × 647 days (real matrix).
    Benchmark("breadth/daily/1996x647") { benchmark in
        let folder = Inputs.sharedData.appendingPathComponent("constituents")
        let matrix = try WideMatrixCSV.parse(bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent("smallcap_adj_closes_wide.csv"))),
                                             file: "smallcap_adj_closes_wide.csv")
        var snapshots: [MembershipSnapshot] = []
        for name in ["IWM_holdings_2025-05-13.csv", "IWM_holdings_2025-11-05.csv", "IWM_holdings_2026-05-05.csv"] {
            snapshots += try MembersFile.parse(bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))), file: name)
        }
        let history = MembershipHistory(snapshots)
        benchmark.startMeasurement()
        blackHole(breadthHistory(panel: matrix, membership: history))
    }
    Benchmark("read/wide-matrix/1996x647") { _ in
        let file = Inputs.sharedData.appendingPathComponent("constituents/smallcap_adj_closes_wide.csv")
        blackHole(try WideMatrixCSV.parse(bytes: [UInt8](try Data(contentsOf: file)), file: "wide.csv"))
    }

    // Issue 6: a sweep of 10,000 rotation parameter sets over IWM/SPY, 2001–2026 daily.
    Benchmark("sweep/rotation/10000x25y", configuration: .init(maxIterations: 5)) { benchmark in
        let prices = Inputs.sharedData.appendingPathComponent("prices")
        var bars: [DailyBars] = []
        for symbol in ["IWM", "SPY"] {
            if case .bars(let b) = try InputFiles.load(path: prices.appendingPathComponent("\(symbol).csv").path)[0].payload { bars.append(b) }
        }
        let data = BacktestData(bars: bars, basis: .total)
        let spec = try JSONDecoder().decode(BacktestSpec.self, from: Data(#"""
            {"strategy": "rotation", "from": "2001-01-02", "to": "2026-07-31", "a": "IWM", "b": "SPY",
             "lookback_weeks": 12, "commission_bps": 1, "slippage_bps": 2}
            """#.utf8))
        let grid = RotationParameters.grid(lookbackWeeks: Array(1...100), maDays: [nil] + Array(stride(from: 20, through: 250, by: 10)),
                                           maFallbacks: [.cash, .other], splitThresholds: [0, 0.02])
        precondition(grid.count == 10_000)
        benchmark.startMeasurement()
        blackHole(try await sweepRotation(spec, parameterSets: grid, on: data, keepBest: 20))
    }
}
