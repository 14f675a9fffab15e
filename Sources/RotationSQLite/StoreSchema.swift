import GRDB
import RotationData

/// The store's schema: named, append-only GRDB migrations, recorded by GRDB in
/// `grdb_migrations`. Never edit a shipped migration; add a new one below it.
///
/// Days are `INTEGER` days since 1970-01-01 (`TradingDay.daysSinceEpoch`). Prices and values
/// are `REAL` (IEEE double, so they round-trip bit for bit); a missing bar field is `NULL`.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 symbols, bars, series values, import log") { db in
            try db.execute(sql: """
                CREATE TABLE symbol (
                    symbol TEXT NOT NULL PRIMARY KEY,
                    kind   TEXT NOT NULL
                );
                CREATE TABLE bar (
                    symbol    TEXT    NOT NULL REFERENCES symbol(symbol),
                    day       INTEGER NOT NULL,
                    open      REAL,
                    high      REAL,
                    low       REAL,
                    close     REAL,
                    adj_close REAL,
                    volume    REAL,
                    PRIMARY KEY (symbol, day)
                ) WITHOUT ROWID;
                CREATE TABLE series_value (
                    symbol TEXT    NOT NULL REFERENCES symbol(symbol),
                    day    INTEGER NOT NULL,
                    value  REAL    NOT NULL,
                    PRIMARY KEY (symbol, day)
                ) WITHOUT ROWID;
                CREATE TABLE import_log (
                    id           INTEGER PRIMARY KEY AUTOINCREMENT,
                    file         TEXT    NOT NULL,
                    content_hash TEXT    NOT NULL,
                    symbol       TEXT    NOT NULL,
                    imported_at  TEXT    NOT NULL,
                    added        INTEGER NOT NULL,
                    updated      INTEGER NOT NULL,
                    unchanged    INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2 membership snapshots") { db in
            try db.execute(sql: """
                CREATE TABLE membership_snapshot (
                    index_name TEXT    NOT NULL,
                    day        INTEGER NOT NULL,
                    PRIMARY KEY (index_name, day)
                ) WITHOUT ROWID;
                CREATE TABLE membership_member (
                    index_name   TEXT    NOT NULL,
                    day          INTEGER NOT NULL,
                    ticker       TEXT    NOT NULL,
                    name         TEXT,
                    sector       TEXT,
                    weight       REAL    NOT NULL,
                    market_value REAL,
                    PRIMARY KEY (index_name, day, ticker),
                    FOREIGN KEY (index_name, day) REFERENCES membership_snapshot (index_name, day)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3 company facts, short interest") { db in
            try db.execute(sql: FundamentalsSchema.sqlite)
        }
        return migrator
    }

    /// Migrates a writable database, or checks that a read-only one is current. Refuses a
    /// database written by a newer schema than this build knows.
    static func prepare(_ writer: any DatabaseWriter, readOnly: Bool, database: String) throws {
        let migrator = migrator
        let (superseded, complete) = try writer.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded {
            throw DataError(.unavailable, "database \"\(database)\" was written by a newer version of rotation")
        }
        if readOnly {
            guard complete else {
                throw DataError(.unavailable, "database \"\(database)\" is read-only and not an up-to-date rotation store")
            }
        } else if !complete {
            do {
                try migrator.migrate(writer)
            } catch {
                // Two processes opening a new file at once: the loser's migration finds the
                // tables made. The database is fine if the other process completed it.
                guard try writer.read({ db in try migrator.hasCompletedMigrations(db) }) else { throw error }
            }
        }
    }
}
