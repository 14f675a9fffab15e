/// Tables of the fundamentals store (migration "v3 company facts, short interest"): companies
/// by CIK with the source of their facts, tickers pointing at CIKs, every kept fact with its
/// period and filing, and FINRA short interest by (symbol, settlement day). Days are `INTEGER`
/// days since 1970-01-01; an instant has a `NULL` start.
enum FundamentalsSchema {
    static let sqlite = """
        CREATE TABLE sec_company (
            cik          INTEGER NOT NULL PRIMARY KEY,
            name         TEXT    NOT NULL,
            source       TEXT    NOT NULL,
            content_hash TEXT    NOT NULL
        );
        CREATE TABLE sec_ticker (
            ticker TEXT    NOT NULL PRIMARY KEY,
            cik    INTEGER NOT NULL REFERENCES sec_company (cik)
        ) WITHOUT ROWID;
        CREATE TABLE sec_fact (
            cik           INTEGER NOT NULL REFERENCES sec_company (cik),
            concept       TEXT    NOT NULL,
            unit          TEXT    NOT NULL,
            value         REAL    NOT NULL,
            start_day     INTEGER,
            end_day       INTEGER NOT NULL,
            fiscal_year   INTEGER,
            fiscal_period TEXT,
            form          TEXT    NOT NULL,
            accession     TEXT    NOT NULL,
            filed_day     INTEGER NOT NULL
        );
        CREATE INDEX sec_fact_by_cik ON sec_fact (cik);
        CREATE TABLE short_interest (
            symbol               TEXT    NOT NULL,
            settlement_day       INTEGER NOT NULL,
            short_shares         REAL    NOT NULL,
            average_daily_volume REAL,
            days_to_cover        REAL,
            PRIMARY KEY (symbol, settlement_day)
        ) WITHOUT ROWID;
        """
}
