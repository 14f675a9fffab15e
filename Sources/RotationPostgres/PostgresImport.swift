import PostgresNIO
import RotationCore
import RotationData

/// One import batch inside one transaction: serialise with other imports, claim symbols,
/// stream every row to the server with `COPY … FROM STDIN`, then merge item by item.
///
/// Each incoming row is compared with the stored row for its day: absent → inserted (`added`);
/// any field different → overwritten (`updated`); all fields equal → not written (`unchanged`).
/// Stored days the file lacks are left alone. Values compare as `NUMERIC`, i.e. exactly: two
/// missing values are equal and `-0` equals `0` (the same rule as the SQLite store). Items merge
/// in order, so two items for one symbol behave as two imports in a row.
enum PostgresImport {
    /// Imports `items` on `connection`, which is inside a transaction, and returns one report per
    /// item. Throws `DataError(.badInput)` on a kind conflict or a missing value in a value series.
    static func run(_ items: [ImportItem], importedAt: String, connection: PostgresConnection,
                    logger: Logger) async throws -> [ImportReport] {
        // Imports into one store take turns (readers are not blocked), as SQLite's single writer does.
        try await connection.query("LOCK TABLE import_log IN SHARE ROW EXCLUSIVE MODE", logger: logger)
        try await claimSymbols(items, connection: connection, logger: logger)
        try await PostgresStaging.stage(items, connection: connection, logger: logger)
        var reports: [ImportReport] = []
        reports.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let counts = try await merge(item, index: index, importedAt: importedAt, connection: connection, logger: logger)
            let range = item.payload.dateRange
            reports.append(ImportReport(symbol: item.payload.symbol, file: item.file, added: counts.added,
                                        updated: counts.updated, unchanged: counts.unchanged,
                                        firstDate: range?.lowerBound, lastDate: range?.upperBound))
        }
        return reports
    }

    /// Imports a batch of series, snapshots and member price matrices on `connection` (inside a
    /// transaction), item by item in order, and returns one report per item. The series items are
    /// claimed and staged together first, as `run` does; merging stays in batch order, so an
    /// item sees everything the items before it wrote.
    static func run(_ items: [BatchImportItem], importedAt: String, connection: PostgresConnection,
                    logger: Logger) async throws -> [BatchImportReport] {
        try await connection.query("LOCK TABLE import_log IN SHARE ROW EXCLUSIVE MODE", logger: logger)
        let series = items.compactMap { item -> ImportItem? in
            if case .series(let series) = item { return series }
            return nil
        }
        if !series.isEmpty {
            try await claimSymbols(series, connection: connection, logger: logger)
            try await PostgresStaging.stage(series, connection: connection, logger: logger)
        }
        var reports: [BatchImportReport] = []
        var staged = 0
        for item in items {
            switch item {
            case .series(let one):
                let counts = try await merge(one, index: staged, importedAt: importedAt, connection: connection, logger: logger)
                staged += 1
                let range = one.payload.dateRange
                reports.append(BatchImportReport(
                    ImportReport(symbol: one.payload.symbol, file: one.file, added: counts.added, updated: counts.updated,
                                 unchanged: counts.unchanged, firstDate: range?.lowerBound, lastDate: range?.upperBound),
                    kind: one.payload.kind))
            case .snapshot(let snapshot):
                reports.append(try await PostgresMembershipImport.importSnapshot(
                    snapshot, importedAt: importedAt, connection: connection, logger: logger))
            case .memberPrices(let matrix):
                reports.append(try await PostgresMembershipImport.importMemberPrices(
                    matrix, importedAt: importedAt, connection: connection, logger: logger))
            }
        }
        return reports
    }

    /// Records each new symbol with the kind of its first item, then checks every item in order
    /// against the kind held: a conflict, or a value series with a missing value, fails the batch.
    static func claimSymbols(_ items: [ImportItem], connection: PostgresConnection, logger: Logger) async throws {
        var symbols: [String] = [], kinds: [String] = [], seen = Set<String>()
        for item in items where seen.insert(item.payload.symbol).inserted {
            symbols.append(item.payload.symbol)
            kinds.append(item.payload.kind.rawValue)
        }
        try await connection.query("""
            INSERT INTO symbol (symbol, kind)
            SELECT symbol, kind FROM unnest(\(symbols)::text[], \(kinds)::text[]) AS claim (symbol, kind)
            ON CONFLICT (symbol) DO NOTHING
            """, logger: logger)
        var held: [String: SeriesKind] = [:]
        let rows = try await connection.query(
            "SELECT symbol, kind FROM symbol WHERE symbol = ANY(\(symbols)::text[])", logger: logger)
        for try await (symbol, kind) in rows.decode((String, String).self) {
            held[symbol] = try PostgresQueries.kind(kind, symbol: symbol)
        }
        for item in items {
            let symbol = item.payload.symbol
            if let kind = held[symbol], kind != item.payload.kind {
                throw DataError(.badInput, "symbol \"\(symbol)\" is held as \(kind.rawValue), not \(item.payload.kind.rawValue)",
                                at: SourceLocation(file: item.file))
            }
            if case .series(let series) = item.payload, series.kind != .price,
               let index = series.values.firstIndex(where: \.isNaN) {
                throw DataError(.badInput, "series \"\(series.name)\" has no value on \(series.days[index])",
                                at: SourceLocation(file: item.file))
            }
        }
    }

    /// How many rows of one item were added, updated and left unchanged.
    struct Counts: Equatable {
        var added: Int
        var updated: Int
        var unchanged: Int
    }

    /// Merges item `index` from the staging table into `bar` or `series_value` and logs it, in one
    /// statement: classify against the stored rows, upsert the new and changed ones, log counts.
    static func merge(_ item: ImportItem, index: Int, importedAt: String, connection: PostgresConnection,
                      logger: Logger) async throws -> Counts {
        let sql = PostgresStaging.isBars(item.payload) ? mergeBarsSQL : mergeValuesSQL
        var binds = PostgresBindings(capacity: 6)
        binds.append(item.payload.symbol)
        binds.append(index)
        binds.append(item.file)
        binds.append(item.contentHash)
        binds.append(importedAt)
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql + countsAndLogSQL, binds: binds), logger: logger)
        for try await (added, updated, unchanged) in rows.decode((Int, Int, Int).self) {
            return Counts(added: added, updated: updated, unchanged: unchanged)
        }
        throw DataError(.unavailable, "the merge statement returned no counts")
    }

    // The merge statements' parameters: $1 symbol, $2 item index, $3 file, $4 content hash,
    // $5 import time (ISO-8601 UTC text).

    /// Classifies and upserts one item's bars.
    static let mergeBarsSQL = """
        WITH incoming AS (
            SELECT i.day, i.open, i.high, i.low, i.close, i.adj_close, i.volume,
                   b.day IS NULL AS is_new,
                   b.day IS NOT NULL
                       AND (i.open, i.high, i.low, i.close, i.adj_close, i.volume)
                           IS NOT DISTINCT FROM (b.open, b.high, b.low, b.close, b.adj_close, b.volume) AS is_same
            FROM incoming_bar AS i
            LEFT JOIN bar AS b ON b.symbol = $1 AND b.day = i.day
            WHERE i.item = $2
        ),
        written AS (
            INSERT INTO bar (symbol, day, open, high, low, close, adj_close, volume)
            SELECT $1, day, open, high, low, close, adj_close, volume FROM incoming WHERE NOT is_same
            ON CONFLICT (symbol, day) DO UPDATE SET
                open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                adj_close = excluded.adj_close, volume = excluded.volume
        ),

        """

    /// Classifies and upserts one item's values.
    static let mergeValuesSQL = """
        WITH incoming AS (
            SELECT i.day, i.value,
                   v.day IS NULL AS is_new,
                   v.day IS NOT NULL AND i.value = v.value AS is_same
            FROM incoming_value AS i
            LEFT JOIN series_value AS v ON v.symbol = $1 AND v.day = i.day
            WHERE i.item = $2
        ),
        written AS (
            INSERT INTO series_value (symbol, day, value)
            SELECT $1, day, value FROM incoming WHERE NOT is_same
            ON CONFLICT (symbol, day) DO UPDATE SET value = excluded.value
        ),

        """

    /// The tail shared by both merge statements: count the classes and write the log row.
    static let countsAndLogSQL = """
        counts AS (
            SELECT count(*) FILTER (WHERE is_new) AS added,
                   count(*) FILTER (WHERE NOT is_new AND NOT is_same) AS updated,
                   count(*) FILTER (WHERE is_same) AS unchanged
            FROM incoming
        ),
        logged AS (
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            SELECT $3, $4, $1, $5::timestamptz, added, updated, unchanged FROM counts
        )
        SELECT added, updated, unchanged FROM counts
        """
}
