import Foundation
import RotationCore
import RotationData

/// A minimal, test-only reader for the clean shared price files
/// (`date,open,high,low,close,adj_close,volume`, empty field = missing). The product's CSV
/// reader lives in RotationData; this one only splits on commas so the store tests do not
/// depend on it.
enum PriceFileForTests {
    /// `../shared/data/prices` relative to the package root.
    static let pricesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // RotationStoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data/prices")

    /// Every `*.csv` in the shared prices directory, sorted by name.
    static func allFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: pricesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The import item for one shared price file, named by its upper-cased stem.
    static func item(_ url: URL) throws -> ImportItem {
        let data = try Data(contentsOf: url)
        let symbol = url.deletingPathExtension().lastPathComponent.uppercased()
        let bars = try parse(String(decoding: data, as: UTF8.self), symbol: symbol)
        return ImportItem(file: "prices/\(url.lastPathComponent)", contentHash: ContentHash.fnv1a64(data),
                          payload: .bars(bars))
    }

    /// The import item for `prices/NAME.csv`.
    static func item(named name: String) throws -> ImportItem {
        try item(pricesDirectory.appendingPathComponent("\(name).csv"))
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String, symbol: String) throws -> DailyBars {
        var days: [TradingDay] = []
        var columns = [[Double]](repeating: [], count: 6)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == "date,open,high,low,close,adj_close,volume" else {
            throw ParseFailure(description: "\(symbol): unexpected header")
        }
        for (offset, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 7, let day = TradingDay(String(fields[0])) else {
                throw ParseFailure(description: "\(symbol): line \(offset + 2) malformed")
            }
            days.append(day)
            for c in 0..<6 {
                let field = fields[c + 1]
                if field.isEmpty {
                    columns[c].append(.nan)
                } else if let value = Double(field) {
                    columns[c].append(value)
                } else {
                    throw ParseFailure(description: "\(symbol): line \(offset + 2) field \(c + 1) not a number")
                }
            }
        }
        return DailyBars(symbol: symbol, days: days, open: columns[0], high: columns[1], low: columns[2],
                         close: columns[3], adjClose: columns[4], volume: columns[5])
    }
}
