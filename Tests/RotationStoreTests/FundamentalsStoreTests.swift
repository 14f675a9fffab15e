import Foundation
import RotationCore
import RotationData
import Testing

/// Company facts and short interest in every store (`FundamentalsStore`): SQLite in memory and
/// on file, and PostgreSQL when `PostgresTestServer.runs`.
struct FundamentalsStoreTests {
    static func store(_ flavor: SnapshotFlavor) throws -> any FundamentalsStore {
        try #require(try flavor.makeStore() as? any FundamentalsStore)
    }

    /// Marvell's whole company-facts answer, read from `../shared/provider-samples/sec` at test time.
    static func marvell() throws -> SECCompanyFacts {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/provider-samples/sec/companyfacts_CIK0001835632_MRVL_2026-06-08.json")
        return try SECCompanyFacts.parse(try Data(contentsOf: url), file: url.lastPathComponent)
    }

    @Test("company facts come back exactly as imported, and a second import reports every fact unchanged", arguments: SnapshotFlavor.allCases)
    func factsRoundTrip(flavor: SnapshotFlavor) async throws {
        let store = try Self.store(flavor)
        let facts = try Self.marvell()
        let item = CompanyFactsImportItem(source: "marvell.json", contentHash: "00000000000000aa", tickers: ["MRVL"], facts: facts)
        let first = try await store.importCompanyFacts([item])
        #expect(first.map(\.added) == [Set(facts.facts).count])
        #expect(first.first?.lastFiled == TradingDay("2026-05-28"))
        let second = try await store.importCompanyFacts([item])
        #expect(second.map(\.unchanged) == [Set(facts.facts).count])
        #expect(second.map(\.added) == [0])
        let stored = try #require(try await store.companyFacts(tickers: ["mrvl", "AAPL"])["mrvl"])
        #expect(stored.cik == 1835632)
        #expect(stored.entityName == "MARVELL TECHNOLOGY, INC")
        #expect(Set(stored.facts) == Set(facts.facts))  // values, dates, null fy/fp, forms, accessions
        #expect(stored.facts.contains { $0.fiscalYear == nil && $0.form == "DEF 14A" })
        #expect(try await store.companyFacts(tickers: ["AAPL"]).isEmpty)
        #expect(try await store.importLog().count == 2)
    }

    @Test("a batch with a bad company writes nothing, not even the good one before it", arguments: SnapshotFlavor.allCases)
    func factsAtomic(flavor: SnapshotFlavor) async throws {
        let store = try Self.store(flavor)
        let good = CompanyFactsImportItem(source: "marvell.json", contentHash: "1", tickers: ["MRVL"], facts: try Self.marvell())
        var broken = SECCompanyFacts(cik: 1, entityName: "X", facts: [])
        broken.facts.append(FilingFact(concept: "us-gaap:NetIncomeLoss", unit: "USD", value: .infinity, start: nil,
                                       end: TradingDay("2024-01-01")!, form: "10-K", accession: "a", filed: TradingDay("2024-02-01")!))
        let bad = CompanyFactsImportItem(source: "x.json", contentHash: "2", tickers: ["X"], facts: broken)
        await #expect(throws: DataError.self) { _ = try await store.importCompanyFacts([good, bad]) }
        #expect(try await store.companyFacts(tickers: ["MRVL"]).isEmpty)
        #expect(try await store.importLog().isEmpty)
    }

    @Test("short interest is found on the latest settlement date on or before the day; re-imports count updates", arguments: SnapshotFlavor.allCases)
    func shortInterest(flavor: SnapshotFlavor) async throws {
        let store = try Self.store(flavor)
        func item(_ date: String, _ shares: Double) -> ShortInterestImportItem {
            let day = TradingDay(date)!
            return ShortInterestImportItem(source: "shrt\(date).csv", contentHash: "3", settlementDate: day, records: [
                ShortInterestRecord(symbol: "AAON", settlementDate: day, shortShares: shares, averageDailyVolume: 140_830, daysToCover: 14.68),
                ShortInterestRecord(symbol: "AACS", settlementDate: day, shortShares: 357, averageDailyVolume: nil, daysToCover: nil),
            ])
        }
        #expect(try await store.importShortInterest(item("2021-07-15", 2_067_337)).added == 2)
        #expect(try await store.importShortInterest(item("2021-07-30", 1_000_000)).added == 2)
        let again = try await store.importShortInterest(item("2021-07-30", 1_000_001))
        #expect((again.added, again.updated, again.unchanged) == (0, 1, 1))
        let mid = try await store.shortInterest(symbols: ["AAON", "AACS", "NONE"], asOf: TradingDay("2021-07-29")!)
        #expect(mid["AAON"] == ShortInterestRecord(symbol: "AAON", settlementDate: TradingDay("2021-07-15")!, shortShares: 2_067_337,
                                                   averageDailyVolume: 140_830, daysToCover: 14.68))
        #expect(mid["AACS"]?.averageDailyVolume == nil)
        #expect(mid["NONE"] == nil)
        #expect(try await store.shortInterest(symbols: ["AAON"], asOf: TradingDay("2021-08-01")!)["AAON"]?.shortShares == 1_000_001)
    }
}
