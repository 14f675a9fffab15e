import GRDB
import GRDBSQLite
import RotationCore
import RotationData

/// Writing membership snapshots and member price matrices inside a batch's write transaction.
///
/// A snapshot replaces the stored list of its (index, date): members are compared ticker by
/// ticker (name, sector, weight, market value; numbers bit for bit as in `StoreImport`) and
/// only differing rows are written; stored members the new list lacks are deleted and counted
/// as `removed`. A matrix writes `adj_close` only, merged by day per ticker.
enum MembershipImport {
    /// Imports one snapshot and logs it as `INDEX@DATE`.
    static func importSnapshot(_ item: SnapshotImportItem, importedAt: String, db: Database) throws -> BatchImportReport {
        let index = item.index
        let day = item.snapshot.date
        try item.validate()
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO membership_snapshot (index_name, day) VALUES (?, ?)")
            .execute(arguments: [index, day.daysSinceEpoch])
        let stored = try MembershipQueries.storedMembers(index: index, day: day, db: db)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO membership_member (index_name, day, ticker, name, sector, weight, market_value)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (index_name, day, ticker) DO UPDATE SET
                name = excluded.name, sector = excluded.sector, weight = excluded.weight,
                market_value = excluded.market_value
            """)
        var added = 0, updated = 0, unchanged = 0
        for ticker in item.snapshot.members.keys.sorted() {
            let holding = item.snapshot.members[ticker]!
            let name = item.names[ticker]
            if let held = stored[ticker] {
                if held.name == name && same(held.holding, holding) {
                    unchanged += 1
                    continue
                }
                updated += 1
            } else {
                added += 1
            }
            try upsert.execute(arguments: [index, day.daysSinceEpoch, ticker, name, holding.sector,
                                           holding.weight, holding.marketValue])
        }
        let gone = stored.keys.filter { item.snapshot.members[$0] == nil }.sorted()
        let delete = try db.cachedStatement(sql: "DELETE FROM membership_member WHERE index_name = ? AND day = ? AND ticker = ?")
        for ticker in gone {
            try delete.execute(arguments: [index, day.daysSinceEpoch, ticker])
        }
        try log(file: item.file, hash: item.contentHash, symbol: "\(index)@\(day)", importedAt: importedAt,
                added: added, updated: updated + gone.count, unchanged: unchanged, db: db)
        return BatchImportReport(kind: "membership", symbol: index, file: item.file, added: added, updated: updated,
                                 unchanged: unchanged, removed: gone.count, firstDate: day, lastDate: day)
    }

    /// Imports a matrix: for each ticker with at least one close, its closes merged into its
    /// bars as `adj_close` (a new symbol is claimed as `price`); one log row per ticker. A
    /// ticker whose stored bars have a `close` of their own (a series imported from a price
    /// file, such as an index named like the column) is refused (`MemberPricesCollision`).
    static func importMemberPrices(_ item: MemberPricesImportItem, importedAt: String, db: Database) throws -> BatchImportReport {
        let panel = item.panel
        let select = try db.cachedStatement(sql: "SELECT day, adj_close FROM bar WHERE symbol = ? ORDER BY day")
        let ownCloses = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM bar WHERE symbol = ? AND close IS NOT NULL)")
        var total = MergeCounts()
        var first: TradingDay?, last: TradingDay?
        var days: [TradingDay] = [], values: [Double] = []
        var storedDays: [TradingDay] = [], storedValues: [Double] = []
        for (j, ticker) in panel.tickers.enumerated() {
            days.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            for (i, value) in panel.closes[j].enumerated() where !value.isNaN {
                days.append(panel.days[i])
                values.append(value)
            }
            guard let firstDay = days.first, let lastDay = days.last else { continue }
            first = min(first ?? firstDay, firstDay)
            last = max(last ?? lastDay, lastDay)
            try StoreImport.claimSymbol(ticker, kind: .price, file: item.file, db: db)
            if try Bool.fetchOne(ownCloses, arguments: [ticker]) == true {
                throw MemberPricesCollision.error(file: item.file, ticker: ticker)
            }
            storedDays.removeAll(keepingCapacity: true)
            storedValues.removeAll(keepingCapacity: true)
            let rows = try Row.fetchCursor(select, arguments: [ticker])
            while let row = try rows.next() {
                storedDays.append(TradingDay(daysSinceEpoch: row[0]))
                storedValues.append((row[1] as Double?) ?? .nan)
            }
            var writes: [Int] = []
            let counts = mergeByDay(incoming: days, stored: storedDays, sameRow: { i, k in
                StoreImport.sameStoredValue(values[i], storedValues[k])
            }, write: { i in writes.append(i) })
            try writeAdjustedCloses(ticker: ticker, rows: writes, days: days, values: values, db: db)
            total.added += counts.added
            total.updated += counts.updated
            total.unchanged += counts.unchanged
            try log(file: item.file, hash: item.contentHash, symbol: ticker, importedAt: importedAt,
                    added: counts.added, updated: counts.updated, unchanged: counts.unchanged, db: db)
        }
        return BatchImportReport(kind: "member_prices", symbol: nil, file: item.file, added: total.added,
                                 updated: total.updated, unchanged: total.unchanged, tickers: panel.tickers.count,
                                 firstDate: first, lastDate: last)
    }

    /// Rows per multi-row upsert. One statement per row spent half the import in statement
    /// overhead and GRDB's argument boxing; 256 rows bind 513 parameters, far below SQLite's limit.
    static let rowsPerStatement = 256

    /// Upserts `adj_close` for `rows` (indices into `days`/`values`) of `ticker`, in chunks:
    /// the ticker is bound once through GRDB, the day and value pairs straight through the
    /// SQLite C API (plain integers and doubles), then GRDB executes the statement.
    static func writeAdjustedCloses(ticker: String, rows: [Int], days: [TradingDay], values: [Double], db: Database) throws {
        var start = 0
        while start < rows.count {
            let count = min(rowsPerStatement, rows.count - start)
            let pairs = Array(repeating: "(?, ?)", count: count).joined(separator: ", ")
            let statement = try db.cachedStatement(sql: """
                INSERT INTO bar (symbol, day, adj_close) SELECT ?1, column1, column2 FROM (VALUES \(pairs)) WHERE true
                ON CONFLICT (symbol, day) DO UPDATE SET adj_close = excluded.adj_close
                """)
            statement.setUncheckedArguments([ticker])
            let handle = statement.sqliteStatement
            var parameter: Int32 = 2
            for i in rows[start..<(start + count)] {
                guard sqlite3_bind_int64(handle, parameter, Int64(days[i].daysSinceEpoch)) == SQLITE_OK,
                      sqlite3_bind_double(handle, parameter + 1, values[i]) == SQLITE_OK else {
                    throw DatabaseError(resultCode: .SQLITE_RANGE, message: "cannot bind a member price")
                }
                parameter += 2
            }
            try statement.execute()
            start += count
        }
    }

    /// Field-by-field equality as the store sees it (see `StoreImport.sameStoredValue`).
    static func same(_ a: MemberHolding, _ b: MemberHolding) -> Bool {
        a.sector == b.sector && StoreImport.sameStoredValue(a.weight, b.weight)
            && StoreImport.sameStoredValue(a.marketValue ?? .nan, b.marketValue ?? .nan)
    }

    private static func log(file: String, hash: String, symbol: String, importedAt: String,
                            added: Int, updated: Int, unchanged: Int, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [file, hash, symbol, importedAt, added, updated, unchanged])
    }
}
