import RotationCore

/// Rows read from a file before they become bars or series: one day, the line it came from
/// and one value per column (`.nan` when missing), stored column by column.
struct DatedTable {
    var days: [TradingDay] = []
    var lines: [Int] = []
    var columns: [[Double]]

    init(columnCount: Int, capacity: Int) {
        columns = Array(repeating: [], count: columnCount)
        days.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        for k in 0..<columnCount { columns[k].reserveCapacity(capacity) }
    }

    var count: Int { days.count }

    /// The rows in ascending date order, one per day.
    ///
    /// Rows may come in any order. Rows on the same day with the same values (NaN matching
    /// NaN) collapse to the first; rows on the same day with different values are an error
    /// at the later line, naming the earlier one.
    func sortedUnique(file: String, dateField: String) throws(DataError) -> DatedTable {
        if zip(days, days.dropFirst()).allSatisfy({ $0 < $1 }) { return self }
        let order = days.indices.sorted { a, b in
            days[a] != days[b] ? days[a] < days[b] : lines[a] < lines[b]
        }
        var kept: [Int] = []
        kept.reserveCapacity(order.count)
        for index in order {
            if let last = kept.last, days[last] == days[index] {
                guard sameValues(last, index) else {
                    throw DataError(.badInput,
                                    "duplicate date \(days[index]) with different values (first on line \(lines[last]))",
                                    at: SourceLocation(file: file, line: lines[index], field: dateField))
                }
                continue
            }
            kept.append(index)
        }
        var result = DatedTable(columnCount: columns.count, capacity: kept.count)
        for index in kept {
            result.days.append(days[index])
            result.lines.append(lines[index])
        }
        for k in columns.indices {
            result.columns[k] = kept.map { columns[k][$0] }
        }
        return result
    }

    /// True when two rows hold the same value in every column (missing equals missing).
    private func sameValues(_ a: Int, _ b: Int) -> Bool {
        columns.allSatisfy { column in
            column[a] == column[b] || (column[a].isNaN && column[b].isNaN)
        }
    }

    /// Column `k` as a series, leaving out the days where it is missing.
    func series(column k: Int, name: String, kind: SeriesKind) -> Series {
        var seriesDays: [TradingDay] = []
        var values: [Double] = []
        seriesDays.reserveCapacity(count)
        values.reserveCapacity(count)
        for i in 0..<count where !columns[k][i].isNaN {
            seriesDays.append(days[i])
            values.append(columns[k][i])
        }
        return Series(name: name, kind: kind, days: seriesDays, values: values)
    }
}
