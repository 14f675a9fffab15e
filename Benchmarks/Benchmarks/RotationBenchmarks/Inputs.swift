import Foundation
import RotationCore

/// Benchmark inputs: real files from ../shared/data, or panels generated with a fixed seed.
enum Inputs {
    /// `../shared/data` beside the project root (this file is Benchmarks/Benchmarks/RotationBenchmarks/…).
    static let sharedData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    /// Every CSV file in ../shared/data/prices, sorted.
    static func priceFiles() -> [String] {
        let folder = sharedData.appendingPathComponent("prices")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// A panel of `series` geometric random walks over `days` weekdays ending 2025-12-12, with a
    /// fixed seed (SplitMix64), daily log-returns uniform in ±2%. About 2% of series start late
    /// (NaN before their listing day) so that windows meet missing values.
    static func panel(series: Int, days: Int, seed: UInt64 = 20251212) -> (days: [TradingDay], columns: [[Double]]) {
        var axis: [TradingDay] = []
        var day = TradingDay(year: 2025, month: 12, day: 12)!
        while axis.count < days {
            if !day.isWeekend { axis.append(day) }
            day = day.adding(days: -1)
        }
        axis.reverse()
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        var columns: [[Double]] = []
        columns.reserveCapacity(series)
        for _ in 0..<series {
            var column = [Double](repeating: .nan, count: days)
            let start = next() < 0.02 ? Int(next() * Double(days)) : 0
            var level = 100.0
            for index in start..<days {
                level *= exp((next() - 0.5) * 0.04)
                column[index] = level
            }
            columns.append(column)
        }
        return (axis, columns)
    }
}
