import Foundation
import GRDB
import RotationCore
import RotationData

extension SQLiteStore: FundamentalsStore {
    /// Replaces each company's facts in one write transaction (see `FundamentalsStore`).
    public func importCompanyFacts(_ items: [CompanyFactsImportItem]) async throws -> [CompanyFactsImportReport] {
        let importedAt = Date().ISO8601Format()
        do {
            return try await writer.write { db in
                try items.map { try FundamentalsImport.importCompany($0, importedAt: importedAt, db: db) }
            }
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }

    /// The stored facts behind each ticker, read in one transaction.
    public func companyFacts(tickers: [String]) async throws -> [String: SECCompanyFacts] {
        do {
            return try await writer.read { db in try FundamentalsImport.companyFacts(tickers: tickers, db: db) }
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }

    /// Writes one settlement date's short interest in one transaction.
    public func importShortInterest(_ item: ShortInterestImportItem) async throws -> ShortInterestImportReport {
        let importedAt = Date().ISO8601Format()
        do {
            return try await writer.write { db in try FundamentalsImport.importShortInterest(item, importedAt: importedAt, db: db) }
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }

    /// Each symbol's short interest on its latest settlement day on or before `asOf`.
    public func shortInterest(symbols: [String], asOf: TradingDay) async throws -> [String: ShortInterestRecord] {
        do {
            return try await writer.read { db in
                let statement = try db.cachedStatement(sql: """
                    SELECT settlement_day, short_shares, average_daily_volume, days_to_cover FROM short_interest
                    WHERE symbol = ? AND settlement_day <= ? ORDER BY settlement_day DESC LIMIT 1
                    """)
                var found: [String: ShortInterestRecord] = [:]
                for symbol in Set(symbols) {
                    guard let row = try Row.fetchOne(statement, arguments: [symbol, asOf.daysSinceEpoch]) else { continue }
                    found[symbol] = ShortInterestRecord(
                        symbol: symbol, settlementDate: TradingDay(daysSinceEpoch: row[0]), shortShares: row[1],
                        averageDailyVolume: row[2], daysToCover: row[3])
                }
                return found
            }
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }
}

/// Writing and reading the fundamentals tables inside a transaction.
enum FundamentalsImport {
    static func importCompany(_ item: CompanyFactsImportItem, importedAt: String, db: Database) throws -> CompanyFactsImportReport {
        let company = item.facts
        if let bad = company.facts.first(where: { !$0.value.isFinite }) {
            throw DataError(.badInput, "fact \(bad.concept) for \(bad.end) is not a finite number", at: SourceLocation(file: item.source))
        }
        let stored = Set(try facts(cik: company.cik, db: db))
        let incoming = Set(company.facts)
        try db.execute(sql: """
            INSERT INTO sec_company (cik, name, source, content_hash) VALUES (?, ?, ?, ?)
            ON CONFLICT (cik) DO UPDATE SET name = excluded.name, source = excluded.source, content_hash = excluded.content_hash
            """, arguments: [company.cik, company.entityName, item.source, item.contentHash])
        for ticker in item.tickers {
            try db.execute(sql: "INSERT INTO sec_ticker (ticker, cik) VALUES (?, ?) ON CONFLICT (ticker) DO UPDATE SET cik = excluded.cik",
                           arguments: [ticker, company.cik])
        }
        if stored != incoming {
            try db.execute(sql: "DELETE FROM sec_fact WHERE cik = ?", arguments: [company.cik])
            let insert = try db.cachedStatement(sql: """
                INSERT INTO sec_fact (cik, concept, unit, value, start_day, end_day, fiscal_year, fiscal_period, form, accession, filed_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for fact in company.facts {
                insert.setUncheckedArguments([
                    company.cik, fact.concept, fact.unit, fact.value, fact.start?.daysSinceEpoch, fact.end.daysSinceEpoch,
                    fact.fiscalYear, fact.fiscalPeriod, fact.form, fact.accession, fact.filed.daysSinceEpoch,
                ])
                try insert.execute()
            }
        }
        let unchanged = stored.intersection(incoming).count
        let report = CompanyFactsImportReport(
            tickers: item.tickers, cik: company.cik, name: company.entityName, source: item.source,
            added: incoming.count - unchanged, removed: stored.count - unchanged, unchanged: unchanged,
            lastFiled: company.facts.map(\.filed).max())
        try db.execute(sql: """
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.source, item.contentHash, item.tickers.first ?? "CIK\(company.cik)", importedAt,
                             report.added, report.removed, report.unchanged])
        return report
    }

    static func facts(cik: Int, db: Database) throws -> [FilingFact] {
        try Row.fetchAll(db, sql: """
            SELECT concept, unit, value, start_day, end_day, fiscal_year, fiscal_period, form, accession, filed_day
            FROM sec_fact WHERE cik = ?
            """, arguments: [cik]).map { row in
            FilingFact(concept: row[0], unit: row[1], value: row[2], start: (row[3] as Int?).map(TradingDay.init(daysSinceEpoch:)),
                       end: TradingDay(daysSinceEpoch: row[4]), fiscalYear: row[5], fiscalPeriod: row[6], form: row[7],
                       accession: row[8], filed: TradingDay(daysSinceEpoch: row[9]))
        }
    }

    static func companyFacts(tickers: [String], db: Database) throws -> [String: SECCompanyFacts] {
        var byCIK: [Int: SECCompanyFacts] = [:]
        var found: [String: SECCompanyFacts] = [:]
        for ticker in tickers {
            guard let row = try Row.fetchOne(db, sql: """
                SELECT c.cik, c.name FROM sec_ticker t JOIN sec_company c ON c.cik = t.cik WHERE t.ticker = ?
                """, arguments: [SECTickerMap.normalised(ticker)]) else { continue }
            let cik: Int = row[0]
            if byCIK[cik] == nil { byCIK[cik] = SECCompanyFacts(cik: cik, entityName: row[1], facts: try facts(cik: cik, db: db)) }
            found[ticker] = byCIK[cik]
        }
        return found
    }

    static func importShortInterest(_ item: ShortInterestImportItem, importedAt: String, db: Database) throws -> ShortInterestImportReport {
        let read = try db.cachedStatement(sql: """
            SELECT short_shares, average_daily_volume, days_to_cover FROM short_interest WHERE symbol = ? AND settlement_day = ?
            """)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO short_interest (symbol, settlement_day, short_shares, average_daily_volume, days_to_cover)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (symbol, settlement_day) DO UPDATE SET short_shares = excluded.short_shares,
                average_daily_volume = excluded.average_daily_volume, days_to_cover = excluded.days_to_cover
            """)
        var added = 0, updated = 0, unchanged = 0
        let day = item.settlementDate.daysSinceEpoch
        for record in item.records {
            if let row = try Row.fetchOne(read, arguments: [record.symbol, day]) {
                let same = (row[0] as Double) == record.shortShares && (row[1] as Double?) == record.averageDailyVolume
                    && (row[2] as Double?) == record.daysToCover
                if same { unchanged += 1; continue }
                updated += 1
            } else {
                added += 1
            }
            try upsert.execute(arguments: [record.symbol, day, record.shortShares, record.averageDailyVolume, record.daysToCover])
        }
        try db.execute(sql: """
            INSERT INTO import_log (file, content_hash, symbol, imported_at, added, updated, unchanged)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.source, item.contentHash, "short-interest:\(item.settlementDate)", importedAt, added, updated, unchanged])
        return ShortInterestImportReport(source: item.source, settlementDate: item.settlementDate, added: added,
                                         updated: updated, unchanged: unchanged)
    }
}
