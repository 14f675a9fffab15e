import Foundation
import RotationCore
import RotationData
import Testing

/// The SEC company-facts reader and the point-in-time rules on the real answers saved in
/// `../shared/provider-samples/sec` (read at test time, never copied into the repository).
struct SECCompanyFactsTests {
    static let samples = TestData.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/provider-samples/sec")

    static func facts(_ name: String) throws -> SECCompanyFacts {
        let url = samples.appendingPathComponent(name)
        return try SECCompanyFacts.parse(try Data(contentsOf: url), file: name)
    }

    static let apple = "companyfacts_CIK0000320193_AAPL_2024-11.excerpt.json"
    static let marvell = "companyfacts_CIK0001835632_MRVL_2026-06-08.json"
    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    @Test("Apple's trailing net income before its FY2024 10-K is FY2023 + 9M FY2024 - 9M FY2023")
    func appleBeforeTenK() throws {
        let apple = try Self.facts(Self.apple)
        #expect(apple.cik == 320193)
        #expect(apple.entityName == "Apple Inc.")
        // Issue #22's figures (from the filings): 96,995 + 79,000 - 74,039 = 101,956 million.
        let ttm = try #require(PointInTime.trailingTwelveMonths(apple.facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-10-31")))
        #expect(ttm.value == 101_956_000_000)
        #expect(ttm.method == .annualPlusYearToDate)
        #expect(ttm.periodEnd == Self.day("2024-06-29"))
        #expect(ttm.annual.value == 96_995_000_000)
        #expect(ttm.yearToDate?.value == 79_000_000_000)
        #expect(ttm.priorYearToDate?.value == 74_039_000_000)
        #expect(ttm.filed == Self.day("2024-08-02"))
    }

    @Test("Apple's trailing net income the day after its FY2024 10-K is that fiscal year alone")
    func appleAfterTenK() throws {
        let apple = try Self.facts(Self.apple)
        // Issue #22: 93,736 million, the 10-K filed 2024-11-01.
        let ttm = try #require(PointInTime.trailingTwelveMonths(apple.facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-11-05")))
        #expect(ttm.value == 93_736_000_000)
        #expect(ttm.method == .annual)
        #expect(ttm.periodEnd == Self.day("2024-09-28"))
        // The day before the 10-K was filed it is not yet seen (no look-ahead).
        let before = try #require(PointInTime.trailingTwelveMonths(apple.facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-10-31")))
        #expect(before.value != 93_736_000_000)
    }

    @Test("Apple's revenue, diluted EPS, equity and cover-page shares as of two days")
    func appleOtherFigures() throws {
        let apple = try Self.facts(Self.apple)
        let october = CompanyFundamentals(facts: apple.facts, asOf: Self.day("2024-10-31"))
        // Hand calculation from the sample: revenue 383,285 + 296,105 - 293,787 = 385,603 million.
        #expect(october.revenue?.value == 385_603_000_000)
        // Diluted EPS 6.13 + 5.11 - 4.67 = 6.57 (USD per share).
        #expect(abs((october.dilutedEarningsPerShare?.value ?? 0) - 6.57) < 1e-9)
        // Equity at 2024-06-29 (10-Q filed 2024-08-02): 66,708 million.
        #expect(october.stockholdersEquity?.value == 66_708_000_000)
        #expect(october.stockholdersEquity?.date == Self.day("2024-06-29"))
        // Cover page of the 10-Q filed 2024-08-02: 15,204,137,000 shares at 2024-07-19.
        #expect(october.sharesOutstanding?.value == 15_204_137_000)
        #expect(october.sharesOutstanding?.date == Self.day("2024-07-19"))

        let november = CompanyFundamentals(facts: apple.facts, asOf: Self.day("2024-11-05"))
        // The sample's README: FY2024 diluted EPS 6.08; latest dei shares 15,115,823,000 at 2024-10-18.
        #expect(november.dilutedEarningsPerShare?.value == 6.08)
        #expect(november.sharesOutstanding?.value == 15_115_823_000)
        #expect(november.sharesOutstanding?.date == Self.day("2024-10-18"))
        #expect(november.revenue?.value == 391_035_000_000)  // FY2024 10-K, from the sample
        #expect(november.stockholdersEquity?.value == 56_950_000_000)
    }

    @Test("Marvell's trailing net income as of 2024-11-05 spans a fiscal year ending in early February")
    func marvellJanuaryYear() throws {
        let marvell = try Self.facts(Self.marvell)
        #expect(marvell.cik == 1835632)
        // Issue #22: -965.9 million = FY2024 (to 2024-02-03) -933.4 + 6M -408.9 - 6M prior -376.4.
        let ttm = try #require(PointInTime.trailingTwelveMonths(marvell.facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-11-05")))
        #expect(abs(ttm.value - (-965_900_000)) < 0.5)
        #expect(ttm.periodEnd == Self.day("2024-08-03"))
        #expect(ttm.priorYearToDate?.end == Self.day("2023-07-29"))
    }

    @Test("Marvell's Q3 10-Q counts from the day it was filed, not from its period end")
    func marvellNoLookAhead() throws {
        let facts = try Self.facts(Self.marvell).facts
        // The 9M figure to 2024-11-02 was filed 2024-12-04 (sample): the day before, 6M still holds.
        let before = try #require(PointInTime.trailingTwelveMonths(facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-12-03")))
        #expect(abs(before.value - (-965_900_000)) < 0.5)
        // From the filing day: -933.4 + (-1,085.2) - (-540.7) = -1,477.9 million (hand calculation).
        let after = try #require(PointInTime.trailingTwelveMonths(facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2024-12-04")))
        #expect(abs(after.value - (-1_477_900_000)) < 0.5)
    }

    @Test("Marvell's latest figures ignore the proxy's facts without fy/fp and reach the first quarter of fiscal 2027")
    func marvellLatest() throws {
        let marvell = try Self.facts(Self.marvell)
        #expect(marvell.facts.contains { $0.fiscalYear == nil && $0.form == "DEF 14A" })
        let latest = CompanyFundamentals(facts: marvell.facts, asOf: Self.day("2026-06-08"))
        // Hand calculation: FY2026 2,670.1 + Q1 FY2027 34.5 - Q1 FY2026 177.9 = 2,526.7 million.
        #expect(abs((latest.netIncome?.value ?? 0) - 2_526_700_000) < 0.5)
        #expect(latest.netIncome?.annual.form == "10-K")
        // The sample's README: latest dei shares 874,800,000 at 2026-05-21.
        #expect(latest.sharesOutstanding?.value == 874_800_000)
        #expect(latest.sharesOutstanding?.date == Self.day("2026-05-21"))
        // Revenue only under RevenueFromContractWithCustomerExcludingAssessedTax.
        #expect(latest.revenue?.annual.concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")
        // Before any annual figure was filed there is no trailing figure.
        #expect(PointInTime.trailingTwelveMonths(marvell.facts, concept: "us-gaap:NetIncomeLoss", asOf: Self.day("2020-01-01")) == nil)
    }

    @Test("the ticker map gives the sample's CIKs and normalises class separators")
    func tickerMap() throws {
        let name = "company_tickers_2025-08.json"
        let map = try SECTickerMap.parse(try Data(contentsOf: Self.samples.appendingPathComponent(name)), file: name)
        // The sample's README: 10,077 tickers; AAON -> 824142, EPAC -> 6955, BRK-B -> 1067983; IWM absent.
        #expect(map.companies.count == 10_077)
        #expect(map.cik(of: "AAON") == 824142)
        #expect(map.cik(of: "EPAC") == 6955)
        #expect(map.cik(of: "BRK.B") == 1067983)
        #expect(map.cik(of: "brk-b") == 1067983)
        #expect(map.cik(of: "IWM") == nil)
    }

    @Test("a bad fact names the file and the JSON path of the field")
    func badFact() {
        let text = #"{"cik":1,"entityName":"X","facts":{"us-gaap":{"NetIncomeLoss":{"units":{"USD":[{"start":"2024-01-01","end":"2024-12-31","val":5,"accn":"a","form":"10-K","filed":"2025-02-30"}]}}}}}"#
        let error = TestData.dataError { _ = try SECCompanyFacts.parse(Data(text.utf8), file: "x.json") }
        #expect(error?.description == #"x.json: field "facts.us-gaap.NetIncomeLoss.units.USD[0].filed": expected a date YYYY-MM-DD, got "2025-02-30""#)
        #expect(error?.code == .badInput)
        let notJSON = TestData.dataError { _ = try SECCompanyFacts.parse(Data("<html>".utf8), file: "y.json") }
        #expect(notJSON?.description == "y.json: not valid JSON (expected an SEC company-facts answer)")
    }
}
