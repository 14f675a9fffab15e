import GRDB
import RotationCore
import RotationData

/// Writing one import item inside the batch's write transaction: kind check, merge by day
/// against the stored rows, import-log row.
///
/// Each incoming row is compared with the stored row for its day: absent → inserted
/// (`added`); any field different → overwritten (`updated`); all fields equal → not written
/// (`unchanged`). Stored days the file lacks are left alone. Values compare bit for bit,
/// except that two missing values are equal and `-0.0` equals `0.0` (SQLite stores a
/// whole-number `REAL` as an integer, so it cannot keep the sign of zero).
enum StoreImport {
    /// Imports `item` and returns its report; throws `DataError(.badInput)` on a kind conflict
    /// or a missing value in a value series.
    static func importItem(_ item: ImportItem, importedAt: String, db: Database) throws -> ImportReport {
        let symbol = item.payload.symbol
        try claimSymbol(symbol, kind: item.payload.kind, file: item.file, db: db)
        let counts: MergeCounts
        switch item.payload {
        case .bars(let bars):
            counts = try mergeBars(bars, db: db)
        case .series(let series) where series.kind == .price:
            counts = try mergeBars(closeOnlyBars(series), db: db)
        case .series(let series):
            counts = try mergeSeries(series, file: item.file, db: db)
        }
        let range = item.payload.dateRange
        try db.cachedStatement(sql: """
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [item.file, item.contentHash, symbol, importedAt,
                                     counts.added, counts.updated, counts.unchanged])
        return ImportReport(symbol: symbol, file: item.file, added: counts.added, updated: counts.updated,
                            unchanged: counts.unchanged, firstDate: range?.lowerBound, lastDate: range?.upperBound)
    }

    /// Records a new symbol with its kind, or checks that a held symbol has the same kind.
    static func claimSymbol(_ symbol: String, kind: SeriesKind, file: String, db: Database) throws {
        if let held = try StoreQueries.heldKind(of: symbol, db: db) {
            guard held == kind else {
                throw DataError(.badInput, "symbol \"\(symbol)\" is held as \(held.rawValue), not \(kind.rawValue)",
                                at: SourceLocation(file: file))
            }
            return
        }
        try db.cachedStatement(sql: "INSERT INTO symbol (symbol, kind) VALUES (?, ?)")
            .execute(arguments: [symbol, kind.rawValue])
    }

    /// Merges bars into the `bar` table.
    static func mergeBars(_ bars: DailyBars, db: Database) throws -> MergeCounts {
        let stored = try StoreQueries.bars(symbol: bars.symbol, db: db)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO bar (symbol, day, open, high, low, close, adj_close, volume)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (symbol, day) DO UPDATE SET
                open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                adj_close = excluded.adj_close, volume = excluded.volume
            """)
        let columns = BarField.allCases.map { (bars.column($0), stored.column($0)) }
        return try mergeByDay(incoming: bars.days, stored: stored.days, sameRow: { i, j in
            columns.allSatisfy { incoming, held in sameStoredValue(incoming[i], held[j]) }
        }, write: { i in
            upsert.setUncheckedArguments([
                bars.symbol, bars.days[i].daysSinceEpoch,
                nullable(bars.open[i]), nullable(bars.high[i]), nullable(bars.low[i]),
                nullable(bars.close[i]), nullable(bars.adjClose[i]), nullable(bars.volume[i]),
            ])
            try upsert.execute()
        })
    }

    /// Merges a value series into the `series_value` table.
    static func mergeSeries(_ series: Series, file: String, db: Database) throws -> MergeCounts {
        if let index = series.values.firstIndex(where: \.isNaN) {
            throw DataError(.badInput, "series \"\(series.name)\" has no value on \(series.days[index])",
                            at: SourceLocation(file: file))
        }
        let stored = try StoreQueries.series(symbol: series.name, kind: series.kind, db: db)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO series_value (symbol, day, value) VALUES (?, ?, ?)
            ON CONFLICT (symbol, day) DO UPDATE SET value = excluded.value
            """)
        return try mergeByDay(incoming: series.days, stored: stored.days, sameRow: { i, j in
            sameStoredValue(series.values[i], stored.values[j])
        }, write: { i in
            upsert.setUncheckedArguments([series.name, series.days[i].daysSinceEpoch, series.values[i]])
            try upsert.execute()
        })
    }

    /// A price series given as one value per day, kept as bars with only `close` present.
    static func closeOnlyBars(_ series: Series) -> DailyBars {
        let missing = [Double](repeating: .nan, count: series.count)
        return DailyBars(symbol: series.name, days: series.days, open: missing, high: missing, low: missing,
                         close: series.values, adjClose: missing, volume: missing)
    }

    /// Equality as the store sees it: both missing, or the same number (`-0.0 == 0.0`).
    static func sameStoredValue(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        return a.bitPattern == b.bitPattern || (a == 0 && b == 0)
    }

    /// `nil` (SQL `NULL`) for a missing value.
    static func nullable(_ value: Double) -> Double? {
        value.isNaN ? nil : value
    }
}
