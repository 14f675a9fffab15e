import Foundation
import RotationCore

/// Real data for the relative-strength, rotation-map and cycle tests, read with a tiny local
/// CSV split (the real readers live in RotationData) from `../shared/data`.
enum RelativeTestData {
    /// The package root, found from this source file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/RotationCoreTests/Golden/relative")

    /// Rows of a CSV file without its header, split on commas (the shared files have no quoting).
    static func rows(_ relativePath: String) throws -> [[Substring]] {
        let text = try String(contentsOf: dataDirectory.appendingPathComponent(relativePath), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    /// `date → close` of `prices/SYMBOL.csv` (column 4), skipping empty closes.
    static func closes(_ symbol: String) throws -> [TradingDay: Double] {
        var result: [TradingDay: Double] = [:]
        for row in try rows("prices/\(symbol).csv") {
            guard let day = TradingDay(String(row[0])), let close = Double(row[4]) else { continue }
            result[day] = close
        }
        return result
    }

    /// Several symbols on the union of their days, NaN where a symbol has no close.
    static func aligned(_ symbols: [String]) throws -> (days: [TradingDay], closes: [[Double]]) {
        let maps = try symbols.map(closes)
        let days = Set(maps.flatMap(\.keys)).sorted()
        return (days, maps.map { map in days.map { map[$0] ?? .nan } })
    }

    /// A golden JSON file of this suite, decoded.
    static func golden<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let data = try Data(contentsOf: goldenDirectory.appendingPathComponent(name))
        return try JSONDecoder().decode(T.self, from: data)
    }

    /// Day from ISO text in a test literal.
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }
}
