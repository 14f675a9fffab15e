import RotationCore
import Testing

/// The point-in-time rules on small hand-built fact lists (the real filings are tested in
/// `RotationDataTests/SECCompanyFactsTests`).
struct PointInTimeTests {
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }
    static let concept = "us-gaap:NetIncomeLoss"

    static func fact(_ start: String?, _ end: String, _ value: Double, filed: String, form: String = "10-Q",
                     accession: String = "a") -> FilingFact {
        FilingFact(concept: concept, unit: "USD", value: value, start: start.map(day), end: day(end),
                   form: form, accession: accession + filed, filed: day(filed))
    }

    /// A calendar-year company: FY2023 = 100, H1 2023 = 40, H1 2024 = 70.
    static let calendarYear = [
        fact("2023-01-01", "2023-06-30", 40, filed: "2023-08-01"),
        fact("2023-01-01", "2023-12-31", 100, filed: "2024-02-20", form: "10-K"),
        fact("2024-01-01", "2024-06-30", 70, filed: "2024-08-01"),
        fact("2023-01-01", "2023-06-30", 40, filed: "2024-08-01"),
    ]

    @Test("TTM is last year plus this year-to-date minus last year's same year-to-date (hand calculation: 100 + 70 - 40)")
    func sumRule() throws {
        let ttm = try #require(PointInTime.trailingTwelveMonths(Self.calendarYear, concept: Self.concept, asOf: Self.day("2024-08-01")))
        #expect(ttm.value == 130)
        #expect(ttm.method == .annualPlusYearToDate)
        // The day before the 10-Q: the annual figure alone.
        let before = try #require(PointInTime.trailingTwelveMonths(Self.calendarYear, concept: Self.concept, asOf: Self.day("2024-07-31")))
        #expect(before.value == 100)
        #expect(before.method == .annual)
    }

    @Test("a restated period uses the latest filing on or before the day")
    func restatement() throws {
        var facts = Self.calendarYear
        facts.append(Self.fact("2023-01-01", "2023-12-31", 90, filed: "2024-09-15", form: "10-K/A"))
        let early = try #require(PointInTime.trailingTwelveMonths(facts, concept: Self.concept, asOf: Self.day("2024-09-14")))
        #expect(early.value == 130)
        let late = try #require(PointInTime.trailingTwelveMonths(facts, concept: Self.concept, asOf: Self.day("2024-09-15")))
        #expect(late.value == 120)  // 90 + 70 - 40
    }

    @Test("figures repeated in an 8-K or a proxy are not used")
    func nonPeriodicForms() {
        let facts = [Self.fact("2023-01-01", "2023-12-31", 100, filed: "2024-01-20", form: "8-K"),
                     Self.fact("2023-01-01", "2023-12-31", 100, filed: "2024-01-21", form: "DEF 14A")]
        #expect(PointInTime.trailingTwelveMonths(facts, concept: Self.concept, asOf: Self.day("2024-12-31")) == nil)
    }

    @Test("a year-to-date figure without its prior-year comparative leaves the annual figure, marked")
    func missingComparative() throws {
        let facts = [Self.fact("2023-01-01", "2023-12-31", 100, filed: "2024-02-20", form: "10-K"),
                     Self.fact("2024-01-01", "2024-06-30", 70, filed: "2024-08-01")]
        let ttm = try #require(PointInTime.trailingTwelveMonths(facts, concept: Self.concept, asOf: Self.day("2024-12-31")))
        #expect(ttm.value == 100)
        #expect(ttm.method == .annualWithoutComparative)
    }

    @Test("cover-page counts of several share classes in one filing are summed; the latest filing wins")
    func sharesOutstanding() throws {
        func cover(_ end: String, _ value: Double, filed: String, accession: String) -> FilingFact {
            FilingFact(concept: "dei:EntityCommonStockSharesOutstanding", unit: "shares", value: value, start: nil,
                       end: Self.day(end), form: "10-Q", accession: accession, filed: Self.day(filed))
        }
        let facts = [cover("2024-04-20", 10, filed: "2024-05-01", accession: "q1"),
                     cover("2024-04-20", 5, filed: "2024-05-01", accession: "q1"),
                     cover("2024-07-20", 12, filed: "2024-08-01", accession: "q2")]
        let may = try #require(PointInTime.sharesOutstanding(facts, asOf: Self.day("2024-07-31")))
        #expect(may.value == 15)
        #expect(may.classes == 2)
        #expect(PointInTime.sharesOutstanding(facts, asOf: Self.day("2024-08-01"))?.value == 12)
        #expect(PointInTime.sharesOutstanding(facts, asOf: Self.day("2024-04-30")) == nil)
    }
}
