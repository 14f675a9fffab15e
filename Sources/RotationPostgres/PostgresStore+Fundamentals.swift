import Foundation
import PostgresNIO
import RotationCore
import RotationData

extension PostgresStore: FundamentalsStore {
    /// Replaces each company's facts in one transaction, with the SQLite store's rules.
    public func importCompanyFacts(_ items: [CompanyFactsImportItem]) async throws -> [CompanyFactsImportReport] {
        let importedAt = Date().ISO8601Format()
        return try await perform(.importing) { client in
            try await client.withConnection { connection in
                try await connection.transaction(logger: Self.logger) { connection in
                    try await connection.query("LOCK TABLE import_log IN SHARE ROW EXCLUSIVE MODE", logger: Self.logger)
                    var reports: [CompanyFactsImportReport] = []
                    for item in items {
                        reports.append(try await PostgresFundamentals.importCompany(
                            item, importedAt: importedAt, connection: connection, logger: Self.logger))
                    }
                    return reports
                }
            }
        }
    }

    /// The stored facts behind each ticker, from one snapshot of the database.
    public func companyFacts(tickers: [String]) async throws -> [String: SECCompanyFacts] {
        try await readOnly { connection in
            try await PostgresFundamentals.companyFacts(tickers: tickers, connection: connection, logger: Self.logger)
        }
    }

    /// Writes one settlement date's short interest in one transaction.
    public func importShortInterest(_ item: ShortInterestImportItem) async throws -> ShortInterestImportReport {
        let importedAt = Date().ISO8601Format()
        return try await perform(.importing) { client in
            try await client.withConnection { connection in
                try await connection.transaction(logger: Self.logger) { connection in
                    try await connection.query("LOCK TABLE import_log IN SHARE ROW EXCLUSIVE MODE", logger: Self.logger)
                    return try await PostgresFundamentals.importShortInterest(
                        item, importedAt: importedAt, connection: connection, logger: Self.logger)
                }
            }
        }
    }

    /// Each symbol's short interest on its latest settlement day on or before `asOf`.
    public func shortInterest(symbols: [String], asOf: TradingDay) async throws -> [String: ShortInterestRecord] {
        try await readOnly { connection in
            let rows = try await connection.query("""
                SELECT DISTINCT ON (symbol) symbol, settlement_day, short_shares, average_daily_volume, days_to_cover
                FROM short_interest WHERE symbol = ANY(\(Array(Set(symbols)))::text[]) AND settlement_day <= \(asOf.description)::date
                ORDER BY symbol, settlement_day DESC
                """, logger: Self.logger)
            var found: [String: ShortInterestRecord] = [:]
            for try await (symbol, day, short, volume, cover) in rows.decode(
                (String, StoredDay, StoredNumber, StoredNumber?, StoredNumber?).self) {
                found[symbol] = ShortInterestRecord(symbol: symbol, settlementDate: day.day, shortShares: short.value,
                                                    averageDailyVolume: volume?.value, daysToCover: cover?.value)
            }
            return found
        }
    }
}

/// The fundamentals tables on PostgreSQL (the SQLite store's `FundamentalsImport`, in SQL).
enum PostgresFundamentals {
    static func importCompany(_ item: CompanyFactsImportItem, importedAt: String, connection: PostgresConnection,
                              logger: Logger) async throws -> CompanyFactsImportReport {
        let company = item.facts
        if let bad = company.facts.first(where: { !$0.value.isFinite }) {
            throw DataError(.badInput, "fact \(bad.concept) for \(bad.end) is not a finite number", at: SourceLocation(file: item.source))
        }
        let stored = Set(try await facts(cik: company.cik, connection: connection, logger: logger))
        let incoming = Set(company.facts)
        try await connection.query("""
            INSERT INTO sec_company (cik, name, source, content_hash) VALUES (\(company.cik), \(company.entityName), \(item.source), \(item.contentHash))
            ON CONFLICT (cik) DO UPDATE SET name = excluded.name, source = excluded.source, content_hash = excluded.content_hash
            """, logger: logger)
        try await connection.query("""
            INSERT INTO sec_ticker (ticker, cik) SELECT t, \(company.cik) FROM unnest(\(item.tickers)::text[]) AS t
            ON CONFLICT (ticker) DO UPDATE SET cik = excluded.cik
            """, logger: logger)
        if stored != incoming {
            try await connection.query("DELETE FROM sec_fact WHERE cik = \(company.cik)", logger: logger)
            let f = company.facts
            try await connection.query("""
                INSERT INTO sec_fact (cik, concept, unit, value, start_day, end_day, fiscal_year, fiscal_period, form, accession, filed_day)
                SELECT \(company.cik), c, u, v::numeric, NULLIF(s, '')::date, e::date, NULLIF(y, '')::integer, NULLIF(p, ''), f, a, d::date
                FROM unnest(\(f.map(\.concept))::text[], \(f.map(\.unit))::text[], \(f.map { $0.value.description })::text[],
                            \(f.map { $0.start?.description ?? "" })::text[], \(f.map(\.end.description))::text[],
                            \(f.map { $0.fiscalYear.map(String.init) ?? "" })::text[], \(f.map { $0.fiscalPeriod ?? "" })::text[],
                            \(f.map(\.form))::text[], \(f.map(\.accession))::text[], \(f.map(\.filed.description))::text[])
                     AS t (c, u, v, s, e, y, p, f, a, d)
                """, logger: logger)
        }
        let unchanged = stored.intersection(incoming).count
        let report = CompanyFactsImportReport(
            tickers: item.tickers, cik: company.cik, name: company.entityName, source: item.source,
            added: incoming.count - unchanged, removed: stored.count - unchanged, unchanged: unchanged,
            lastFiled: company.facts.map(\.filed).max())
        try await connection.query("""
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            VALUES (\(item.source), \(item.contentHash), \(item.tickers.first ?? "CIK\(company.cik)"), \(importedAt)::timestamptz,
                    \(report.added), \(report.removed), \(report.unchanged))
            """, logger: logger)
        return report
    }

    static func facts(cik: Int, connection: PostgresConnection, logger: Logger) async throws -> [FilingFact] {
        let rows = try await connection.query("""
            SELECT concept, unit, value, start_day, end_day, fiscal_year, fiscal_period, form, accession, filed_day
            FROM sec_fact WHERE cik = \(cik)
            """, logger: logger)
        var facts: [FilingFact] = []
        for try await (concept, unit, value, start, end, year, period, form, accession, filed) in rows.decode(
            (String, String, StoredNumber, StoredDay?, StoredDay, Int?, String?, String, String, StoredDay).self) {
            facts.append(FilingFact(concept: concept, unit: unit, value: value.value, start: start?.day, end: end.day,
                                    fiscalYear: year, fiscalPeriod: period, form: form, accession: accession, filed: filed.day))
        }
        return facts
    }

    static func companyFacts(tickers: [String], connection: PostgresConnection, logger: Logger) async throws -> [String: SECCompanyFacts] {
        let normal = tickers.map(SECTickerMap.normalised)
        let rows = try await connection.query("""
            SELECT t.ticker, c.cik, c.name FROM sec_ticker t JOIN sec_company c ON c.cik = t.cik WHERE t.ticker = ANY(\(normal)::text[])
            """, logger: logger)
        var companies: [String: (cik: Int, name: String)] = [:]
        for try await (ticker, cik, name) in rows.decode((String, Int, String).self) { companies[ticker] = (cik, name) }
        var byCIK: [Int: SECCompanyFacts] = [:]
        var found: [String: SECCompanyFacts] = [:]
        for (ticker, key) in zip(tickers, normal) {
            guard let company = companies[key] else { continue }
            if byCIK[company.cik] == nil {
                byCIK[company.cik] = SECCompanyFacts(cik: company.cik, entityName: company.name,
                                                     facts: try await facts(cik: company.cik, connection: connection, logger: logger))
            }
            found[ticker] = byCIK[company.cik]
        }
        return found
    }

    static func importShortInterest(_ item: ShortInterestImportItem, importedAt: String, connection: PostgresConnection,
                                    logger: Logger) async throws -> ShortInterestImportReport {
        let r = item.records
        func optional(_ value: Double?) -> String { value.map(\.description) ?? "" }
        let rows = try await connection.query("""
            WITH incoming AS (
                SELECT i.symbol, i.short::numeric AS short, NULLIF(i.volume, '')::numeric AS volume, NULLIF(i.cover, '')::numeric AS cover,
                       s.symbol IS NULL AS is_new,
                       s.symbol IS NOT NULL AND s.short_shares = i.short::numeric
                           AND s.average_daily_volume IS NOT DISTINCT FROM NULLIF(i.volume, '')::numeric
                           AND s.days_to_cover IS NOT DISTINCT FROM NULLIF(i.cover, '')::numeric AS is_same
                FROM unnest(\(r.map(\.symbol))::text[], \(r.map { $0.shortShares.description })::text[],
                            \(r.map { optional($0.averageDailyVolume) })::text[], \(r.map { optional($0.daysToCover) })::text[])
                     AS i (symbol, short, volume, cover)
                LEFT JOIN short_interest s ON s.symbol = i.symbol AND s.settlement_day = \(item.settlementDate.description)::date
            ),
            written AS (
                INSERT INTO short_interest (symbol, settlement_day, short_shares, average_daily_volume, days_to_cover)
                SELECT symbol, \(item.settlementDate.description)::date, short, volume, cover FROM incoming WHERE NOT is_same
                ON CONFLICT (symbol, settlement_day) DO UPDATE SET short_shares = excluded.short_shares,
                    average_daily_volume = excluded.average_daily_volume, days_to_cover = excluded.days_to_cover
            ),
            counts AS (
                SELECT count(*) FILTER (WHERE is_new) AS added, count(*) FILTER (WHERE NOT is_new AND NOT is_same) AS updated,
                       count(*) FILTER (WHERE is_same) AS unchanged
                FROM incoming
            ),
            logged AS (
                INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
                SELECT \(item.source), \(item.contentHash), \("short-interest:\(item.settlementDate)"), \(importedAt)::timestamptz,
                       added, updated, unchanged FROM counts
            )
            SELECT added, updated, unchanged FROM counts
            """, logger: logger)
        for try await (added, updated, unchanged) in rows.decode((Int, Int, Int).self) {
            return ShortInterestImportReport(source: item.source, settlementDate: item.settlementDate, added: added,
                                             updated: updated, unchanged: unchanged)
        }
        throw DataError(.unavailable, "the short-interest statement returned no counts")
    }
}
