import PostgresNIO
import RotationCore
import RotationData

/// Reading the store: summaries, one symbol's rows, the import log.
enum PostgresQueries {
    /// Every symbol with its kind, first and last day and row count, sorted byte-wise by symbol.
    static func symbols(connection: PostgresConnection, logger: Logger) async throws -> [SymbolSummary] {
        let rows = try await connection.query("""
            SELECT s.symbol, s.kind, r.first_day, r.last_day, COALESCE(r.row_count, 0), COALESCE(r.closes, 0)
            FROM symbol AS s
            LEFT JOIN (
                SELECT symbol, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS row_count, COUNT(close) AS closes
                FROM bar GROUP BY symbol
                UNION ALL
                SELECT symbol, MIN(day), MAX(day), COUNT(*), COUNT(*)
                FROM series_value GROUP BY symbol
            ) AS r ON r.symbol = s.symbol
            ORDER BY s.symbol COLLATE "C"
            """, logger: logger)
        var summaries: [SymbolSummary] = []
        for try await (symbol, kind, first, last, count, closes) in rows.decode((String, String, StoredDay?, StoredDay?, Int, Int).self) {
            let held = try self.kind(kind, symbol: symbol)
            summaries.append(SymbolSummary(symbol: symbol, kind: held, firstDate: first?.day, lastDate: last?.day, rows: count,
                                           memberPrices: held == .price && count > 0 && closes == 0))
        }
        return summaries
    }

    /// The held symbol matching `symbol`: exactly as written if held, else its upper-cased form,
    /// else any case-insensitive match. Throws `.unknownSymbol` when none.
    static func load(symbol: String, connection: PostgresConnection, logger: Logger) async throws -> LoadedSeries {
        let rows = try await connection.query("""
            SELECT symbol, kind FROM symbol
            WHERE lower(symbol) = lower(\(symbol))
            ORDER BY symbol = \(symbol) DESC, symbol = \(symbol.uppercased()) DESC, symbol COLLATE "C"
            LIMIT 1
            """, logger: logger)
        var match: (symbol: String, kind: String)?
        for try await row in rows.decode((String, String).self) { match = row }
        guard let match else {
            throw DataError(.unknownSymbol,
                            "unknown symbol \"\(symbol.uppercased())\" (rotation symbols lists what the store holds)")
        }
        let kind = try self.kind(match.kind, symbol: match.symbol)
        if kind == .price {
            return .bars(try await bars(symbol: match.symbol, connection: connection, logger: logger))
        }
        return .series(try await series(symbol: match.symbol, kind: kind, connection: connection, logger: logger))
    }

    /// The stored bars of `symbol` in day order; `NULL` comes back as NaN.
    static func bars(symbol: String, connection: PostgresConnection, logger: Logger) async throws -> DailyBars {
        let rows = try await connection.query("""
            SELECT day, open, high, low, close, adj_close, volume FROM bar WHERE symbol = \(symbol) ORDER BY day
            """, logger: logger)
        var days: [TradingDay] = []
        var open: [Double] = [], high: [Double] = [], low: [Double] = []
        var close: [Double] = [], adjClose: [Double] = [], volume: [Double] = []
        typealias Row = (StoredDay, StoredNumber?, StoredNumber?, StoredNumber?, StoredNumber?, StoredNumber?, StoredNumber?)
        for try await row in rows.decode(Row.self) {
            days.append(row.0.day)
            open.append(row.1?.value ?? .nan)
            high.append(row.2?.value ?? .nan)
            low.append(row.3?.value ?? .nan)
            close.append(row.4?.value ?? .nan)
            adjClose.append(row.5?.value ?? .nan)
            volume.append(row.6?.value ?? .nan)
        }
        return DailyBars(symbol: symbol, days: days, open: open, high: high, low: low, close: close,
                         adjClose: adjClose, volume: volume)
    }

    /// The stored values of `symbol` in day order.
    static func series(symbol: String, kind: SeriesKind, connection: PostgresConnection,
                       logger: Logger) async throws -> Series {
        let rows = try await connection.query(
            "SELECT day, value FROM series_value WHERE symbol = \(symbol) ORDER BY day", logger: logger)
        var days: [TradingDay] = []
        var values: [Double] = []
        for try await (day, value) in rows.decode((StoredDay, StoredNumber).self) {
            days.append(day.day)
            values.append(value.value)
        }
        return Series(name: symbol, kind: kind, days: days, values: values)
    }

    /// The import log, newest first; times as ISO-8601 UTC text to the second.
    static func importLog(connection: PostgresConnection, logger: Logger) async throws -> [ImportLogEntry] {
        let rows = try await connection.query("""
            SELECT file, content_hash, symbol,
                   to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   added, updated, unchanged
            FROM import_log ORDER BY id DESC
            """, logger: logger)
        var entries: [ImportLogEntry] = []
        for try await row in rows.decode((String, String, String, String, Int32, Int32, Int32).self) {
            entries.append(ImportLogEntry(file: row.0, contentHash: row.1, symbol: row.2, importedAt: row.3,
                                          added: Int(row.4), updated: Int(row.5), unchanged: Int(row.6)))
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
