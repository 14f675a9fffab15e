import PostgresNIO
import RotationCore
import RotationData

/// Reading membership snapshots and many symbols' bars at once (the SQLite store's
/// `MembershipQueries`, in PostgreSQL).
enum PostgresMembershipQueries {
    /// Every snapshot with its member count and total weight, sorted by index then date (see
    /// `SnapshotSummary.summarize` for the order of the sum).
    static func summaries(connection: PostgresConnection, logger: Logger) async throws -> [SnapshotSummary] {
        let rows = try await connection.query("""
            SELECT s.index_name, s.day, m.weight
            FROM membership_snapshot AS s
            LEFT JOIN membership_member AS m ON m.index_name = s.index_name AND m.day = s.day
            ORDER BY s.index_name COLLATE "C", s.day, m.ticker COLLATE "C"
            """, logger: logger)
        var stored: [(index: String, day: TradingDay, weight: Double?)] = []
        for try await (index, day, weight) in rows.decode((String, StoredDay, StoredNumber?).self) {
            stored.append((index, day.day, weight?.value))
        }
        return SnapshotSummary.summarize(stored)
    }

    /// All snapshots of the index matching `index` (exactly, else case-insensitively), ascending
    /// by date. Throws `.unknownSymbol` when the store holds none.
    static func history(index: String, connection: PostgresConnection, logger: Logger) async throws -> MembershipHistory {
        let names = try await connection.query("""
            SELECT index_name FROM membership_snapshot WHERE lower(index_name) = lower(\(index))
            ORDER BY index_name = \(index) DESC, index_name COLLATE "C" LIMIT 1
            """, logger: logger)
        var held: String?
        for try await name in names.decode(String.self) { held = name }
        guard let held else {
            throw DataError(.unknownSymbol,
                            "no membership snapshots of \"\(index.uppercased())\" in the store (rotation symbols lists them)")
        }
        let rows = try await connection.query("""
            SELECT s.day, m.ticker, m.sector, m.weight, m.market_value
            FROM membership_snapshot AS s
            LEFT JOIN membership_member AS m ON m.index_name = s.index_name AND m.day = s.day
            WHERE s.index_name = \(held) ORDER BY s.day
            """, logger: logger)
        var snapshots: [MembershipSnapshot] = []
        typealias Row = (StoredDay, String?, String?, StoredNumber?, StoredNumber?)
        for try await (day, ticker, sector, weight, marketValue) in rows.decode(Row.self) {
            if snapshots.last?.date != day.day { snapshots.append(MembershipSnapshot(date: day.day, members: [:])) }
            guard let ticker, let weight else { continue }
            snapshots[snapshots.count - 1].members[ticker] = MemberHolding(sector: sector, weight: weight.value,
                                                                           marketValue: marketValue?.value)
        }
        return MembershipHistory(snapshots)
    }

    /// The bars of each symbol in `symbols` held as prices, in the order given (one query for
    /// all of them: a breadth run asks for some 2,000 members).
    static func bars(symbols: [String], connection: PostgresConnection, logger: Logger) async throws -> [DailyBars] {
        let rows = try await connection.query("""
            SELECT b.symbol, b.day, b.open, b.high, b.low, b.close, b.adj_close, b.volume
            FROM bar AS b JOIN symbol AS s ON s.symbol = b.symbol
            WHERE s.kind = 'price' AND b.symbol = ANY(\(symbols)::text[])
            ORDER BY b.symbol, b.day
            """, logger: logger)
        var held: [String: DailyBars] = [:]
        var columns = Columns()
        var currentSymbol: String?
        typealias Row = (String, StoredDay, StoredNumber?, StoredNumber?, StoredNumber?, StoredNumber?, StoredNumber?,
                         StoredNumber?)
        for try await row in rows.decode(Row.self) {
            if currentSymbol != row.0 {
                if let currentSymbol { held[currentSymbol] = columns.bars(symbol: currentSymbol) }
                currentSymbol = row.0
                columns = Columns()
            }
            columns.days.append(row.1.day)
            columns.values[0].append(row.2?.value ?? .nan)
            columns.values[1].append(row.3?.value ?? .nan)
            columns.values[2].append(row.4?.value ?? .nan)
            columns.values[3].append(row.5?.value ?? .nan)
            columns.values[4].append(row.6?.value ?? .nan)
            columns.values[5].append(row.7?.value ?? .nan)
        }
        if let currentSymbol { held[currentSymbol] = columns.bars(symbol: currentSymbol) }
        // Symbols held as prices but without rows still come back, empty (as SQLite gives them).
        let empty = try await connection.query(
            "SELECT symbol FROM symbol WHERE kind = 'price' AND symbol = ANY(\(symbols)::text[])", logger: logger)
        for try await symbol in empty.decode(String.self) where held[symbol] == nil {
            held[symbol] = Columns().bars(symbol: symbol)
        }
        return symbols.compactMap { held[$0] }
    }

    /// One symbol's rows as they arrive: days and the six bar columns.
    private struct Columns {
        var days: [TradingDay] = []
        var values: [[Double]] = Array(repeating: [], count: 6)

        func bars(symbol: String) -> DailyBars {
            DailyBars(symbol: symbol, days: days, open: values[0], high: values[1], low: values[2], close: values[3],
                      adjClose: values[4], volume: values[5])
        }
    }
}
