import GRDB
import RotationCore
import RotationData

/// Reading the store: summaries, one symbol's rows, the import log.
enum StoreQueries {
    /// Every symbol with its kind, first and last day and row count, sorted by symbol.
    static func symbols(_ db: Database) throws -> [SymbolSummary] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.symbol, s.kind, r.first_day, r.last_day, COALESCE(r.row_count, 0), COALESCE(r.closes, 0)
            FROM symbol AS s
            LEFT JOIN (
                SELECT symbol, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS row_count, COUNT(close) AS closes
                FROM bar GROUP BY symbol
                UNION ALL
                SELECT symbol, MIN(day), MAX(day), COUNT(*), COUNT(*)
                FROM series_value GROUP BY symbol
            ) AS r ON r.symbol = s.symbol
            ORDER BY s.symbol
            """)
        var summaries: [SymbolSummary] = []
        while let row = try rows.next() {
            let symbol: String = row[0]
            let first: Int? = row[2]
            let last: Int? = row[3]
            let held = try kind(row[1], symbol: symbol)
            let rowCount: Int = row[4]
            let closes: Int = row[5]
            summaries.append(SymbolSummary(
                symbol: symbol, kind: held,
                firstDate: first.map(TradingDay.init(daysSinceEpoch:)),
                lastDate: last.map(TradingDay.init(daysSinceEpoch:)), rows: rowCount,
                memberPrices: held == .price && rowCount > 0 && closes == 0))
        }
        return summaries
    }

    /// The held symbol matching `symbol`: exactly as written if held, else its upper-cased
    /// form, else any case-insensitive (ASCII) match. Throws `.unknownSymbol` when none.
    static func load(symbol: String, db: Database) throws -> LoadedSeries {
        let row = try Row.fetchOne(db, sql: """
            SELECT symbol, kind FROM symbol
            WHERE symbol = ? COLLATE NOCASE
            ORDER BY symbol = ? DESC, symbol = ? DESC, symbol
            LIMIT 1
            """, arguments: [symbol, symbol, symbol.uppercased()])
        guard let row else {
            throw DataError(.unknownSymbol,
                            "unknown symbol \"\(symbol.uppercased())\" (rotation symbols lists what the store holds)")
        }
        let held: String = row[0]
        let heldKind = try kind(row[1], symbol: held)
        if heldKind == .price {
            return .bars(try bars(symbol: held, db: db))
        }
        return .series(try series(symbol: held, kind: heldKind, db: db))
    }

    /// The kind a symbol is held as, or `nil` when the store does not hold it (exact match).
    static func heldKind(of symbol: String, db: Database) throws -> SeriesKind? {
        let text = try String.fetchOne(db.cachedStatement(sql: "SELECT kind FROM symbol WHERE symbol = ?"),
                                       arguments: [symbol])
        return try text.map { try kind($0, symbol: symbol) }
    }

    /// The stored bars of `symbol` in day order (empty when none); `NULL` comes back as NaN.
    static func bars(symbol: String, db: Database) throws -> DailyBars {
        let statement = try db.cachedStatement(sql: """
            SELECT day, open, high, low, close, adj_close, volume FROM bar WHERE symbol = ? ORDER BY day
            """)
        var days: [TradingDay] = []
        var columns = [[Double]](repeating: [], count: 6)
        let rows = try Row.fetchCursor(statement, arguments: [symbol])
        while let row = try rows.next() {
            days.append(TradingDay(daysSinceEpoch: row[0]))
            for c in 0..<6 {
                columns[c].append((row[c + 1] as Double?) ?? .nan)
            }
        }
        return DailyBars(symbol: symbol, days: days, open: columns[0], high: columns[1], low: columns[2],
                         close: columns[3], adjClose: columns[4], volume: columns[5])
    }

    /// The stored values of `symbol` in day order (empty when none).
    static func series(symbol: String, kind: SeriesKind, db: Database) throws -> Series {
        let statement = try db.cachedStatement(sql: "SELECT day, value FROM series_value WHERE symbol = ? ORDER BY day")
        var days: [TradingDay] = []
        var values: [Double] = []
        let rows = try Row.fetchCursor(statement, arguments: [symbol])
        while let row = try rows.next() {
            days.append(TradingDay(daysSinceEpoch: row[0]))
            values.append(row[1])
        }
        return Series(name: symbol, kind: kind, days: days, values: values)
    }

    /// The import log, newest first (the last item of the last batch first).
    static func importLog(_ db: Database) throws -> [ImportLogEntry] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT file, content_hash, symbol, imported_at, added, updated, unchanged
            FROM import_log ORDER BY id DESC
            """)
        var entries: [ImportLogEntry] = []
        while let row = try rows.next() {
            entries.append(ImportLogEntry(file: row[0], contentHash: row[1], symbol: row[2], importedAt: row[3],
                                          added: row[4], updated: row[5], unchanged: row[6]))
        }
        return entries
    }

    /// A stored kind text as `SeriesKind`; a text this build does not know means a damaged store.
    static func kind(_ text: String, symbol: String) throws -> SeriesKind {
        guard let kind = SeriesKind(rawValue: text) else {
            throw DataError(.unavailable, "symbol \"\(symbol)\" has unknown kind \"\(text)\" in the database")
        }
        return kind
    }
}
