import GRDB
import RotationCore
import RotationData

/// Reading membership snapshots and many symbols' bars at once.
enum MembershipQueries {
    /// One stored member row.
    struct StoredMember {
        var name: String?
        var holding: MemberHolding
    }

    /// The stored members of (`index`, `day`), by ticker (empty when none).
    static func storedMembers(index: String, day: TradingDay, db: Database) throws -> [String: StoredMember] {
        let statement = try db.cachedStatement(sql: """
            SELECT ticker, name, sector, weight, market_value FROM membership_member
            WHERE index_name = ? AND day = ?
            """)
        var members: [String: StoredMember] = [:]
        let rows = try Row.fetchCursor(statement, arguments: [index, day.daysSinceEpoch])
        while let row = try rows.next() {
            members[row[0]] = StoredMember(name: row[1], holding: MemberHolding(sector: row[2], weight: row[3],
                                                                                 marketValue: row[4]))
        }
        return members
    }

    /// Every snapshot with its member count and total weight, sorted by index then date (see
    /// `SnapshotSummary.summarize` for the order of the sum).
    static func summaries(_ db: Database) throws -> [SnapshotSummary] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.index_name, s.day, m.weight
            FROM membership_snapshot AS s
            LEFT JOIN membership_member AS m ON m.index_name = s.index_name AND m.day = s.day
            ORDER BY s.index_name, s.day, m.ticker
            """)
        var stored: [(index: String, day: TradingDay, weight: Double?)] = []
        while let row = try rows.next() {
            stored.append((row[0], TradingDay(daysSinceEpoch: row[1]), row[2]))
        }
        return SnapshotSummary.summarize(stored)
    }

    /// All snapshots of the index matching `index` (exactly, else case-insensitively).
    /// Throws `.unknownSymbol` when the store holds none.
    static func history(index: String, db: Database) throws -> MembershipHistory {
        let held = try String.fetchOne(db, sql: """
            SELECT index_name FROM membership_snapshot WHERE index_name = ? COLLATE NOCASE
            ORDER BY index_name = ? DESC, index_name LIMIT 1
            """, arguments: [index, index])
        guard let held else {
            throw DataError(.unknownSymbol,
                            "no membership snapshots of \"\(index.uppercased())\" in the store (rotation symbols lists them)")
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.day, m.ticker, m.sector, m.weight, m.market_value
            FROM membership_snapshot AS s
            LEFT JOIN membership_member AS m ON m.index_name = s.index_name AND m.day = s.day
            WHERE s.index_name = ? ORDER BY s.day
            """, arguments: [held])
        var snapshots: [MembershipSnapshot] = []
        while let row = try rows.next() {
            let day = TradingDay(daysSinceEpoch: row[0])
            if snapshots.last?.date != day { snapshots.append(MembershipSnapshot(date: day, members: [:])) }
            guard let ticker: String = row[1] else { continue }
            snapshots[snapshots.count - 1].members[ticker] = MemberHolding(sector: row[2], weight: row[3], marketValue: row[4])
        }
        return MembershipHistory(snapshots)
    }

    /// The bars of each symbol in `symbols` held as prices, in the order given.
    static func bars(symbols: [String], db: Database) throws -> [DailyBars] {
        var result: [DailyBars] = []
        for symbol in symbols where try StoreQueries.heldKind(of: symbol, db: db) == .price {
            result.append(try StoreQueries.bars(symbol: symbol, db: db))
        }
        return result
    }
}
