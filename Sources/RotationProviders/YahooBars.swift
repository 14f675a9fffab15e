import RotationCore
import RotationData

/// A Yahoo chart result as CSV text for `PriceCSV`: header `Date,Open,High,Low,Close,Adj Close,Volume`
/// on line 1, then bar `k` on line `k + 2`, so a reader error maps back to its bar.
struct YahooBars {
    /// The CSV bytes.
    var csv: [UInt8]
    /// The exchange-local day of each written bar, in order.
    var days: [TradingDay]
    /// The index in the answer's arrays of each written bar.
    var indices: [Int]

    /// Checks that every array is as long as `timestamp`; when the answer's last bars share a
    /// day (Yahoo appends the running session's bar to a daily chart), only the last is kept.
    init(_ result: YahooChart.Result, origin: String) throws {
        let times = result.timestamp ?? []
        guard let quote = result.indicators.quote.first else {
            throw DataError(.badInput, "Yahoo chart has no quote", at: SourceLocation(file: origin, field: "indicators.quote"))
        }
        let columns: [(String, [Double?]?)] = [("open", quote.open), ("high", quote.high), ("low", quote.low),
                                               ("close", quote.close), ("adjclose", result.indicators.adjclose?.first?.adjclose),
                                               ("volume", quote.volume)]
        for (name, values) in columns {
            if let values, values.count != times.count {
                throw DataError(.badInput, "has \(values.count) values for \(times.count) timestamps",
                                at: SourceLocation(file: origin, field: name))
            }
        }
        var text = "Date,Open,High,Low,Close,Adj Close,Volume\n"
        days = []
        indices = []
        let local = result.meta.localDays(times)
        for k in times.indices {
            let day = local[k]
            if k + 1 < local.count, local[k + 1] == day, local[(k + 1)...].allSatisfy({ $0 == day }) { continue }
            text += String(describing: day)
            for (_, values) in columns {
                text += ","
                if let value = values?[k] ?? nil { text += YahooBars.format(value) }
            }
            text += "\n"
            days.append(day)
            indices.append(k)
        }
        csv = Array(text.utf8)
    }

    /// A number as the shortest text that reads back to the same `Double`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A `PriceCSV` error on line `k + 2` renamed to the bar it came from.
    func relocate(_ error: DataError, origin: String) -> DataError {
        guard let line = error.location?.line, line >= 2, line - 2 < indices.count else {
            return DataError(error.code, error.message, at: SourceLocation(file: origin))
        }
        let names = ["Open": "open", "High": "high", "Low": "low", "Close": "close", "Adj Close": "adjclose", "Volume": "volume"]
        let index = indices[line - 2]
        let field = error.location?.field.map { "\(names[$0] ?? $0)[\(index)]" } ?? "bar \(index)"
        return DataError(error.code, "\(error.message) (\(days[line - 2]))", at: SourceLocation(file: origin, field: field))
    }
}
