import PostgresNIO
import RotationCore
import RotationData

/// Writing membership snapshots and member price matrices inside a batch's transaction, with
/// the SQLite store's rules (see `MembershipStore`): a snapshot replaces the stored list of its
/// (index, date), member by member; a matrix writes `adj_close` only, merged by day per ticker.
///
/// Rows travel by `COPY … FROM STDIN` into a temporary table and are classified and written by
/// one statement each, so a 2,000-member list or a 2,000 × 650 matrix costs a few round trips.
/// Values compare as `NUMERIC` (exactly, `-0` equal to `0`), as bars do.
enum PostgresMembershipImport {
    /// Imports one snapshot and logs it as `INDEX@DATE` (updated counts include removed members).
    static func importSnapshot(_ item: SnapshotImportItem, importedAt: String, connection: PostgresConnection,
                               logger: Logger) async throws -> BatchImportReport {
        let index = item.index
        let day = item.snapshot.date
        try item.validate()
        let tickers = item.snapshot.members.keys.sorted()
        try await connection.query("""
            CREATE TEMPORARY TABLE IF NOT EXISTS incoming_member (
                ticker TEXT NOT NULL PRIMARY KEY, name TEXT, sector TEXT, weight NUMERIC NOT NULL, market_value NUMERIC
            ) ON COMMIT DROP
            """, logger: logger)
        try await connection.query("TRUNCATE incoming_member", logger: logger)
        try await connection.copyFrom(table: "incoming_member", columns: ["ticker", "name", "sector", "weight", "market_value"],
                                      logger: logger) { writer in
            var buffer = ByteBuffer()
            for ticker in tickers {
                let holding = item.snapshot.members[ticker]!
                let fields = [CopyText.text(ticker), CopyText.text(item.names[ticker]), CopyText.text(holding.sector),
                              CopyText.field(holding.weight), CopyText.field(holding.marketValue ?? .nan)]
                buffer.writeString(fields.joined(separator: "\t"))
                buffer.writeInteger(UInt8(ascii: "\n"))
            }
            try await writer.write(buffer)
        }
        try await connection.query("""
            INSERT INTO membership_snapshot (index_name, day) VALUES (\(index), \(day.description)::date)
            ON CONFLICT DO NOTHING
            """, logger: logger)
        var binds = PostgresBindings(capacity: 6)
        binds.append(index)
        binds.append(day.description)
        binds.append(item.file)
        binds.append(item.contentHash)
        binds.append("\(index)@\(day)")
        binds.append(importedAt)
        let rows = try await connection.query(PostgresQuery(unsafeSQL: snapshotSQL, binds: binds), logger: logger)
        for try await (added, updated, unchanged, removed) in rows.decode((Int, Int, Int, Int).self) {
            return BatchImportReport(kind: "membership", symbol: index, file: item.file, added: added, updated: updated,
                                     unchanged: unchanged, removed: removed, firstDate: day, lastDate: day)
        }
        throw DataError(.unavailable, "the snapshot statement returned no counts")
    }

    /// Imports a matrix: each ticker with at least one close is claimed as `price` (a ticker held
    /// as another kind fails the batch) and its closes merged into its bars as `adj_close`; one
    /// log row per ticker, in the matrix's column order.
    static func importMemberPrices(_ item: MemberPricesImportItem, importedAt: String, connection: PostgresConnection,
                                   logger: Logger) async throws -> BatchImportReport {
        let panel = item.panel
        var first: TradingDay?, last: TradingDay?
        var listed: [Int] = []
        for (j, closes) in panel.closes.enumerated() {
            guard let i = closes.firstIndex(where: { !$0.isNaN }), let k = closes.lastIndex(where: { !$0.isNaN }) else { continue }
            listed.append(j)
            first = min(first ?? panel.days[i], panel.days[i])
            last = max(last ?? panel.days[k], panel.days[k])
        }
        var total = (added: 0, updated: 0, unchanged: 0)
        if !listed.isEmpty {
            try await stageMatrix(panel, columns: listed, connection: connection, logger: logger)
            try await claimTickers(file: item.file, connection: connection, logger: logger)
            var binds = PostgresBindings(capacity: 3)
            binds.append(item.file)
            binds.append(item.contentHash)
            binds.append(importedAt)
            let rows = try await connection.query(PostgresQuery(unsafeSQL: matrixSQL, binds: binds), logger: logger)
            for try await (added, updated, unchanged) in rows.decode((Int, Int, Int).self) {
                total = (added, updated, unchanged)
            }
        }
        return BatchImportReport(kind: "member_prices", symbol: nil, file: item.file, added: total.added,
                                 updated: total.updated, unchanged: total.unchanged, tickers: panel.tickers.count,
                                 firstDate: first, lastDate: last)
    }

    /// Copies the listed columns' closes (missing days left out) into `incoming_adj`.
    private static func stageMatrix(_ panel: MemberPanel, columns: [Int], connection: PostgresConnection,
                                    logger: Logger) async throws {
        try await connection.query("""
            CREATE TEMPORARY TABLE IF NOT EXISTS incoming_adj (
                position INTEGER NOT NULL, ticker TEXT NOT NULL, day DATE NOT NULL, adj_close NUMERIC NOT NULL,
                PRIMARY KEY (ticker, day)
            ) ON COMMIT DROP
            """, logger: logger)
        try await connection.query("TRUNCATE incoming_adj", logger: logger)
        let days = panel.days.map(\.description)
        try await connection.copyFrom(table: "incoming_adj", columns: ["position", "ticker", "day", "adj_close"],
                                      logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(PostgresStaging.chunkSize + 4096)
            for j in columns {
                let prefix = "\(j)\t\(CopyText.text(panel.tickers[j]))\t"
                for (i, value) in panel.closes[j].enumerated() where !value.isNaN {
                    buffer.writeString(prefix)
                    buffer.writeString(days[i])
                    buffer.writeInteger(UInt8(ascii: "\t"))
                    buffer.writeString(CopyText.field(value))
                    buffer.writeInteger(UInt8(ascii: "\n"))
                    if buffer.readableBytes >= PostgresStaging.chunkSize {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        try await connection.query("ANALYZE incoming_adj", logger: logger)
    }

    /// Claims every staged ticker as `price`; the first (in column order) held as another kind,
    /// or held with closes of its own (`MemberPricesCollision`), fails the batch with the SQLite
    /// store's message.
    private static func claimTickers(file: String, connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO symbol (symbol, kind)
            SELECT ticker, 'price' FROM incoming_adj GROUP BY ticker ORDER BY min(position)
            ON CONFLICT (symbol) DO NOTHING
            """, logger: logger)
        let conflicts = try await connection.query("""
            SELECT s.symbol, s.kind FROM symbol AS s
            JOIN (SELECT ticker, min(position) AS position FROM incoming_adj GROUP BY ticker) AS t ON t.ticker = s.symbol
            WHERE s.kind <> 'price'
               OR EXISTS (SELECT 1 FROM bar AS b WHERE b.symbol = t.ticker AND b.close IS NOT NULL)
            ORDER BY t.position LIMIT 1
            """, logger: logger)
        for try await (symbol, kind) in conflicts.decode((String, String).self) {
            guard kind == "price" else {
                throw DataError(.badInput, "symbol \"\(symbol)\" is held as \(kind), not price", at: SourceLocation(file: file))
            }
            throw MemberPricesCollision.error(file: file, ticker: symbol)
        }
    }

    /// Classifies the staged members against the stored list of ($1 index, $2 day), upserts the
    /// new and changed ones, deletes the ones the list lacks and logs the counts ($3 file, $4 hash,
    /// $5 log symbol, $6 import time).
    static let snapshotSQL = """
        WITH incoming AS (
            SELECT i.ticker, i.name, i.sector, i.weight, i.market_value,
                   m.ticker IS NULL AS is_new,
                   m.ticker IS NOT NULL
                       AND (i.name, i.sector, i.weight, i.market_value)
                           IS NOT DISTINCT FROM (m.name, m.sector, m.weight, m.market_value) AS is_same
            FROM incoming_member AS i
            LEFT JOIN membership_member AS m ON m.index_name = $1 AND m.day = $2::date AND m.ticker = i.ticker
        ),
        written AS (
            INSERT INTO membership_member (index_name, day, ticker, name, sector, weight, market_value)
            SELECT $1, $2::date, ticker, name, sector, weight, market_value FROM incoming WHERE NOT is_same
            ON CONFLICT (index_name, day, ticker) DO UPDATE SET
                name = excluded.name, sector = excluded.sector, weight = excluded.weight,
                market_value = excluded.market_value
        ),
        gone AS (
            DELETE FROM membership_member AS m
            WHERE m.index_name = $1 AND m.day = $2::date
              AND NOT EXISTS (SELECT 1 FROM incoming_member AS i WHERE i.ticker = m.ticker)
            RETURNING 1
        ),
        counts AS (
            SELECT count(*) FILTER (WHERE is_new) AS added,
                   count(*) FILTER (WHERE NOT is_new AND NOT is_same) AS updated,
                   count(*) FILTER (WHERE is_same) AS unchanged,
                   (SELECT count(*) FROM gone) AS removed
            FROM incoming
        ),
        logged AS (
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            SELECT $3, $4, $5, $6::timestamptz, added, updated + removed, unchanged FROM counts
        )
        SELECT added, updated, unchanged, removed FROM counts
        """

    /// Merges the staged closes into `bar.adj_close` by (ticker, day), logs one row per ticker in
    /// column order ($1 file, $2 hash, $3 import time) and returns the summed counts.
    static let matrixSQL = """
        WITH incoming AS (
            SELECT i.position, i.ticker, i.day, i.adj_close,
                   b.day IS NULL AS is_new,
                   b.day IS NOT NULL AND b.adj_close IS NOT DISTINCT FROM i.adj_close AS is_same
            FROM incoming_adj AS i
            LEFT JOIN bar AS b ON b.symbol = i.ticker AND b.day = i.day
        ),
        written AS (
            INSERT INTO bar (symbol, day, adj_close)
            SELECT ticker, day, adj_close FROM incoming WHERE NOT is_same
            ON CONFLICT (symbol, day) DO UPDATE SET adj_close = excluded.adj_close
        ),
        counts AS (
            SELECT position, ticker,
                   count(*) FILTER (WHERE is_new) AS added,
                   count(*) FILTER (WHERE NOT is_new AND NOT is_same) AS updated,
                   count(*) FILTER (WHERE is_same) AS unchanged
            FROM incoming GROUP BY position, ticker
        ),
        logged AS (
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            SELECT $1, $2, ticker, $3::timestamptz, added, updated, unchanged FROM counts ORDER BY position
        )
        SELECT COALESCE(sum(added), 0)::bigint, COALESCE(sum(updated), 0)::bigint, COALESCE(sum(unchanged), 0)::bigint
        FROM counts
        """
}
