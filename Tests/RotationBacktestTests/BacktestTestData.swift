import Foundation
import RotationBacktest
import RotationCore

/// Fixtures for the backtest tests: real data read with a tiny local CSV split (the real readers
/// live in RotationData) from `../shared/data`, the golden file, and small hand-made markets.
enum BacktestTestData {
    /// The package root, found from this source file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let goldenFile = packageRoot.appendingPathComponent("Tests/RotationBacktestTests/Golden/expected_runs.json")

    /// Rows of a CSV file without its header, split on commas (the shared files have no quoting).
    static func rows(_ relativePath: String) throws -> [[Substring]] {
        let text = try String(contentsOf: dataDirectory.appendingPathComponent(relativePath), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    /// `date → adj_close` of `prices/SYMBOL.csv` (column 5), skipping empty fields.
    static func adjustedCloses(_ symbol: String) throws -> [TradingDay: Double] {
        var result: [TradingDay: Double] = [:]
        for row in try rows("prices/\(symbol).csv") {
            guard let day = TradingDay(String(row[0])), let close = Double(row[5]) else { continue }
            result[day] = close
        }
        return result
    }

    /// A FRED rate file (`date,value`, percent) as a series.
    static func rate(_ name: String) throws -> Series {
        var days: [TradingDay] = [], values: [Double] = []
        for row in try rows("rates/\(name).csv") {
            guard let day = TradingDay(String(row[0])), let value = Double(row[1]) else { continue }
            days.append(day)
            values.append(value)
        }
        return Series(name: name, kind: .rate, days: days, values: values)
    }

    /// Several symbols on the union of their days (NaN where one has no close), plus DFF.
    static func realData(_ symbols: [String]) throws -> BacktestData {
        let maps = try symbols.map(adjustedCloses)
        let days = Set(maps.flatMap(\.keys)).sorted()
        var closes: [String: [Double]] = [:]
        for (s, map) in zip(symbols, maps) { closes[s] = days.map { map[$0] ?? .nan } }
        return BacktestData(days: days, closes: closes, rates: ["DFF": try rate("DFF")])
    }

    /// Day from ISO text in a test literal.
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    /// A market of hand-made closes on consecutive listed days.
    static func market(_ days: [String], _ closes: [String: [Double]], rates: [Series] = []) -> BacktestData {
        BacktestData(days: days.map(day), closes: closes,
                     rates: Dictionary(uniqueKeysWithValues: rates.map { ($0.name, $0) }))
    }

    /// A spec decoded from JSON text, as the CLI would.
    static func spec(_ json: String) throws -> BacktestSpec {
        try JSONDecoder().decode(BacktestSpec.self, from: Data(json.utf8))
    }

    /// `n` weekdays starting at `first` (no holidays).
    static func weekdays(from first: String, count n: Int) -> [TradingDay] {
        var days: [TradingDay] = []
        var d = day(first)
        while days.count < n {
            if !d.isWeekend { days.append(d) }
            d = d.adding(days: 1)
        }
        return days
    }
}
