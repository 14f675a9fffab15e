import RotationCore
import Testing

/// `filingsValuation` on hand-built members (hand calculation in each comment).
struct FilingsValuationTests {
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    static func annual(_ year: Int, _ value: Double, filed: String) -> FilingFact {
        FilingFact(concept: "us-gaap:NetIncomeLoss", unit: "USD", value: value, start: day("\(year)-01-01"),
                   end: day("\(year)-12-31"), form: "10-K", accession: "k\(year)", filed: day(filed))
    }

    static func shares(_ value: Double, filed: String) -> FilingFact {
        FilingFact(concept: "dei:EntityCommonStockSharesOutstanding", unit: "shares", value: value, start: nil,
                   end: day(filed).adding(days: -10), form: "10-K", accession: "s" + filed, filed: day(filed))
    }

    /// A: earns 80 then 100, 10 shares at 50 (cap 500), 1 share short. B: loses 10 then 20,
    /// 5 shares at 40 (cap 200), 1 share short. C: nothing stored.
    static let members = [
        FilingsMemberInput(ticker: "A", facts: [annual(2022, 80, filed: "2023-02-20"), annual(2023, 100, filed: "2024-02-20"),
                                                shares(10, filed: "2024-02-20")],
                           hasFacts: true, price: 50, priceDate: day("2024-03-01"),
                           shortInterest: ShortInterestFigure(shares: 1, settlementDate: day("2024-02-15"))),
        FilingsMemberInput(ticker: "B", facts: [annual(2022, -10, filed: "2023-02-20"), annual(2023, -20, filed: "2024-02-20"),
                                                shares(5, filed: "2024-02-20")],
                           hasFacts: true, price: 40, priceDate: day("2024-03-01"),
                           shortInterest: ShortInterestFigure(shares: 1, settlementDate: day("2024-02-15"))),
        FilingsMemberInput(ticker: "C", facts: [], hasFacts: false, price: nil, priceDate: nil),
    ]

    @Test("P/E conventions, loss shares, trailing growth, short interest and coverage from filings (hand calculation)")
    func handCalculation() throws {
        let report = filingsValuation(members: Self.members, asOf: Self.day("2024-03-01"))
        let v = report.valuation
        // ΣM = 700, ΣE = 100 − 20 = 80 → 8.75; excluding losses 500/100 = 5; losses as zero 700/100 = 7; median 5.
        #expect(v.pe.aggregate == 8.75)
        #expect(v.pe.excludingLosses == 5)
        #expect(v.pe.lossesAsZero == 7)
        #expect(v.pe.median == 5)
        // One of two members with M and E loses money, 200 of 700 of the cap.
        #expect(v.shareUnprofitableCount == 0.5)
        #expect(v.shareUnprofitableCap == 200.0 / 700)
        #expect(v.peForward == nil)
        // Trailing growth: 80 now against 80 − 10 = 70 a year earlier → 80/70 − 1.
        #expect(abs((report.earningsGrowthTrailing.value ?? 0) - (80.0 / 70 - 1)) < 1e-12)
        #expect(report.earningsGrowthTrailing.members == 2)
        // Short: (1×50 + 1×40) / 700 cap-weighted; median of 1/10 and 1/5 = 0.15.
        #expect(abs((report.shortInterest.capWeighted ?? 0) - 90.0 / 700) < 1e-12)
        #expect(abs((report.shortInterest.median ?? 0) - 0.15) < 1e-12)
        #expect(report.shortInterest.settlementDates == [Self.day("2024-02-15")])
        #expect(report.coverage == FilingsCoverage(members: 3, withFacts: 2, withEarnings: 2, withShares: 2, withPrice: 2,
                                                   withMarketCap: 2, withShortInterest: 2))
        #expect(report.rows.first?.marketCap == 500)
        #expect(report.rows.first?.priceEarnings == 5)
        #expect(v.notes.contains("1 of 3 members have no stored filings (rotation fetch sec)"))
        #expect(v.notes.contains { $0.hasPrefix("forward P/E and forward earnings growth need analysts' estimates") })
    }

    @Test("a valuation the day before the 10-Ks uses the earlier fiscal year (no look-ahead)")
    func noLookAhead() {
        let report = filingsValuation(members: Self.members, asOf: Self.day("2024-02-19"))
        // FY2022 figures, and the cover-page count is not yet filed: no shares, so no market cap.
        #expect(report.rows[0].earningsTrailing == 80)
        #expect(report.rows[0].marketCap == nil)
        #expect(report.valuation.pe.aggregate == nil)
        #expect(report.coverage.withMarketCap == 0)
    }
}
