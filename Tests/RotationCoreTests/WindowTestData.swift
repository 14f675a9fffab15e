import Foundation
import RotationCore

/// Real price files from `../shared/data/prices`, read with a tiny CSV split (the real reader
/// lives in RotationData): header `date,open,high,low,close,adj_close,volume`, empty = missing.
enum RealPrices {
    static let rut = load("RUT")
    static let iwm = load("IWM")

    /// The package root's sibling `shared/data` directory, found from this source file.
    static let dataDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // RotationCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data")

    static func load(_ symbol: String) -> DailyBars {
        let url = dataDirectory.appendingPathComponent("prices/\(symbol).csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("missing test data \(url.path)")
        }
        var days: [TradingDay] = []
        var columns = Array(repeating: [Double](), count: 6)
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 7, let day = TradingDay(String(fields[0])) else {
                preconditionFailure("bad line in \(symbol).csv: \(line)")
            }
            days.append(day)
            for c in 0..<6 { columns[c].append(Double(fields[c + 1]) ?? .nan) }
        }
        return DailyBars(symbol: symbol, days: days, open: columns[0], high: columns[1], low: columns[2],
                         close: columns[3], adjClose: columns[4], volume: columns[5])
    }
}

/// A synthetic US-like calendar: every weekday from `first` to `last` except `holidays`.
func weekdays(from first: String, through last: String, except holidays: [String] = []) -> [TradingDay] {
    let skipped = Set(holidays.map { day($0) })
    let start = day(first), end = day(last)
    return (start.daysSinceEpoch...end.daysSinceEpoch)
        .map { TradingDay(daysSinceEpoch: $0) }
        .filter { !$0.isWeekend && !skipped.contains($0) }
}

/// A day from ISO text in a test (crashes on a typo, which fails the test run loudly).
func day(_ text: String) -> TradingDay {
    guard let day = TradingDay(text) else { preconditionFailure("bad test date \(text)") }
    return day
}
