import PostgresNIO
import RotationData

/// The PostgreSQL store's schema: named, append-only migrations recorded in
/// `rotation_migrations`. A migration that means the same as an SQLite one carries the same
/// name. Never edit a shipped migration; add a new one at the end of `migrations`.
///
/// Days are `DATE`. Prices and values are `NUMERIC`, holding exactly the decimal the importer
/// wrote (the shortest text that reads back as the imported double); a missing bar field is
/// `NULL`. Symbols sort byte-wise (`COLLATE "C"`), as in SQLite.
enum PostgresSchema {
    /// A named migration: its identifier and its statements, run in one transaction.
    struct Migration: Sendable {
        var identifier: String
        var statements: [String]
    }

    static let migrations: [Migration] = [
        Migration(identifier: "v1 symbols, bars, series values, import log", statements: [
            """
            CREATE TABLE symbol (
                symbol TEXT NOT NULL PRIMARY KEY,
                kind   TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE bar (
                symbol    TEXT NOT NULL REFERENCES symbol (symbol),
                day       DATE NOT NULL,
                open      NUMERIC,
                high      NUMERIC,
                low       NUMERIC,
                close     NUMERIC,
                adj_close NUMERIC,
                volume    NUMERIC,
                PRIMARY KEY (symbol, day)
            )
            """,
            """
            CREATE TABLE series_value (
                symbol TEXT    NOT NULL REFERENCES symbol (symbol),
                day    DATE    NOT NULL,
                value  NUMERIC NOT NULL,
                PRIMARY KEY (symbol, day)
            )
            """,
            """
            CREATE TABLE import_log (
                id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                file         TEXT        NOT NULL,
                content_hash TEXT        NOT NULL,
                symbol       TEXT        NOT NULL,
                imported_at  TIMESTAMPTZ NOT NULL,
                added        INTEGER     NOT NULL,
                updated      INTEGER     NOT NULL,
                unchanged    INTEGER     NOT NULL
            )
            """,
        ]),
        Migration(identifier: "v2 membership snapshots", statements: [
            """
            CREATE TABLE membership_snapshot (
                index_name TEXT NOT NULL,
                day        DATE NOT NULL,
                PRIMARY KEY (index_name, day)
            )
            """,
            """
            CREATE TABLE membership_member (
                index_name   TEXT    NOT NULL,
                day          DATE    NOT NULL,
                ticker       TEXT    NOT NULL,
                name         TEXT,
                sector       TEXT,
                weight       NUMERIC NOT NULL,
                market_value NUMERIC,
                PRIMARY KEY (index_name, day, ticker),
                FOREIGN KEY (index_name, day) REFERENCES membership_snapshot (index_name, day)
            )
            """,
        ]),
        Migration(identifier: "v3 company facts, short interest", statements: [
            """
            CREATE TABLE sec_company (
                cik          BIGINT NOT NULL PRIMARY KEY,
                name         TEXT   NOT NULL,
                source       TEXT   NOT NULL,
                content_hash TEXT   NOT NULL
            )
            """,
            """
            CREATE TABLE sec_ticker (
                ticker TEXT   NOT NULL PRIMARY KEY,
                cik    BIGINT NOT NULL REFERENCES sec_company (cik)
            )
            """,
            """
            CREATE TABLE sec_fact (
                cik           BIGINT  NOT NULL REFERENCES sec_company (cik),
                concept       TEXT    NOT NULL,
                unit          TEXT    NOT NULL,
                value         NUMERIC NOT NULL,
                start_day     DATE,
                end_day       DATE    NOT NULL,
                fiscal_year   INTEGER,
                fiscal_period TEXT,
                form          TEXT    NOT NULL,
                accession     TEXT    NOT NULL,
                filed_day     DATE    NOT NULL
            )
            """,
            "CREATE INDEX sec_fact_by_cik ON sec_fact (cik)",
            """
            CREATE TABLE short_interest (
                symbol               TEXT    NOT NULL,
                settlement_day       DATE    NOT NULL,
                short_shares         NUMERIC NOT NULL,
                average_daily_volume NUMERIC,
                days_to_cover        NUMERIC,
                PRIMARY KEY (symbol, settlement_day)
            )
            """,
        ]),
    ]

    /// Brings the database (and the location's schema, created if missing) to the current
    /// migration, in one transaction under an advisory lock so that two processes opening a new
    /// database take turns. Refuses a database migrated by a newer rotation.
    static func migrate(_ connection: PostgresConnection, location: PostgresLocation, logger: Logger) async throws {
        try await connection.transaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey(location)))", logger: logger)
            if let schema = location.schema {
                // An identifier cannot be a parameter; `PostgresLocation` admits only [A-Za-z0-9_].
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""),
                                           logger: logger)
            }
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS rotation_migrations (
                    identifier TEXT        NOT NULL PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var applied = Set<String>()
            for try await identifier in try await connection.query(
                "SELECT identifier FROM rotation_migrations", logger: logger).decode(String.self) {
                applied.insert(identifier)
            }
            guard applied.isSubset(of: migrations.map(\.identifier)) else {
                throw DataError(.unavailable, "\(location) database \"\(location.database)\" was written by a newer version of rotation")
            }
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO rotation_migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
            }
        }
    }

    /// The advisory lock key for migrating one database schema: FNV-1a of a fixed prefix and the
    /// schema name, so stores in different schemas do not wait for each other.
    static func lockKey(_ location: PostgresLocation) -> Int64 {
        let hex = ContentHash.fnv1a64(Array("rotation migrations \(location.schema ?? "")".utf8))
        return Int64(bitPattern: UInt64(hex, radix: 16) ?? 0)
    }
}
