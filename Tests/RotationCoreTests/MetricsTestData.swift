import Foundation
import RotationCore

/// Test-only access to `../shared/data/prices` and the metrics golden files.
enum MetricsTestData {
    /// The package root: this file lives in `Tests/RotationCoreTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/RotationCoreTests/Golden/metrics")

    /// `date` and one column of `../shared/data/prices/SYMBOL.csv`, rows with that column empty
    /// dropped, within `from...to` (ISO strings compare like dates).
    static func closes(_ symbol: String, column: String, from: String, to: String) throws -> (days: [TradingDay], values: [Double]) {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/prices/\(symbol).csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let columnIndex = header.firstIndex(of: column) else { throw CocoaError(.fileReadCorruptFile) }
        var days: [TradingDay] = [], values: [Double] = []
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let date = String(fields[0])
            guard date >= from, date <= to, !fields[columnIndex].isEmpty,
                  let day = TradingDay(date), let value = Double(fields[columnIndex]) else { continue }
            days.append(day)
            values.append(value)
        }
        return (days, values)
    }

    /// The parsed `expected.json`.
    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: goldenDirectory.appendingPathComponent("expected.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A JSON number or `nil` for JSON null / absent.
    static func number(_ object: Any?) -> Double? {
        (object as? NSNumber)?.doubleValue
    }

    /// Agreement to 1e-9 relative, with an absolute floor of 1e-15 for values that are zero in
    /// exact arithmetic but carry rounding dust in the reference (e.g. a beta of −7e−18);
    /// `nil` must meet `nil`.
    static func agrees(_ actual: Double?, _ expected: Double?) -> Bool {
        switch (actual, expected) {
        case (nil, nil): return true
        case let (a?, e?): return abs(a - e) <= 1e-9 * abs(e) + 1e-15
        default: return false
        }
    }

    /// Consecutive weekdays from 2024-01-01, for return-series fixtures that need dates.
    static func weekdays(_ count: Int) -> [TradingDay] {
        var day = TradingDay(year: 2024, month: 1, day: 1)!
        var out: [TradingDay] = []
        while out.count < count {
            if !day.isWeekend { out.append(day) }
            day = day.adding(days: 1)
        }
        return out
    }
}
