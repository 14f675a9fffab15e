import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// Kenneth French's Data Library against the zips in `../shared/provider-samples/french`, served
/// whole as recorded (HTTP 200, `application/x-zip-compressed`; the captures kept no headers).
/// Counts from the samples' README; first and last periods and the last values recounted from
/// the zips' first blocks (Python's `zipfile`), values in percent as published.
struct FrenchSampleTests {
    /// One fetched dataset holding `series` in order, each `count` rows from `first` to `last`,
    /// whose last values are `lastValues`.
    static func expectFactors(_ fetched: [FetchedSymbol], series names: [String], count: Int, first: String, last: String,
                              lastValues expected: [Double]) {
        guard fetched.count == 1, case .series(let payloads) = fetched[0].payload else { Issue.record("no series"); return }
        #expect(payloads.map(\.symbol) == names)
        var lastValues: [Double] = []
        for payload in payloads {
            guard case .series(let series) = payload else { Issue.record("not a series"); continue }
            #expect(series.count == count, "\(series.name)")
            #expect(series.days.first == ProviderTestKit.day(first))
            #expect(series.days.last == ProviderTestKit.day(last))
            lastValues.append(series.values.last ?? .nan)
        }
        #expect(lastValues == expected)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var sample: String, dataset: String, series: [String], count: Int, first: String, last: String, lastValues: [Double]
        var testDescription: String { sample }
    }

    static let cases: [Case] = [
        // 2016-02 monthly, upper-case `.CSV` entry, annual block after the monthly one: 1075 months 1926-07..2016-01.
        Case(sample: "2016-02/F-F_Research_Data_Factors_CSV.zip", dataset: "ff3_monthly",
             series: ["FF3_MONTHLY#mkt_rf", "FF3_MONTHLY#smb", "FF3_MONTHLY#hml", "FF3_MONTHLY#rf"], count: 1075,
             first: "1926-07-31", last: "2016-01-31", lastValues: [-5.77, -3.66, 3.13, 0.01]),
        // 2016-02 weekly, 8-digit week-end dates: 4674 weeks.
        Case(sample: "2016-02/F-F_Research_Data_Factors_weekly_CSV.zip", dataset: "ff3_weekly",
             series: ["FF3_WEEKLY#mkt_rf", "FF3_WEEKLY#smb", "FF3_WEEKLY#hml", "FF3_WEEKLY#rf"], count: 4674,
             first: "1926-07-02", last: "2016-01-29", lastValues: [1.71, -0.63, 3.75, 0.002]),
        // 202510 vintage, lower-case `.csv` entry, 2-decimal values: 26110 days to 2025-10-31.
        Case(sample: "2025-11/F-F_Research_Data_Factors_daily_CSV.zip", dataset: "ff3_daily",
             series: ["FF3_DAILY#mkt_rf", "FF3_DAILY#smb", "FF3_DAILY#hml", "FF3_DAILY#rf"], count: 26110,
             first: "1926-07-01", last: "2025-10-31", lastValues: [0.40, 0.10, -0.24, 0.02]),
        // 13-line preamble, `,Mom` block: 26009 days.
        Case(sample: "2025-11/F-F_Momentum_Factor_daily_CSV.zip", dataset: "mom_daily",
             series: ["MOM_DAILY#mom"], count: 26009, first: "1926-11-03", last: "2025-10-31", lastValues: [-0.51]),
        // 6 factors, 2-decimal values: 15690 days.
        Case(sample: "2025-11/F-F_Research_Data_5_Factors_2x3_daily_CSV.zip", dataset: "ff5_daily",
             series: ["FF5_DAILY#mkt_rf", "FF5_DAILY#smb", "FF5_DAILY#hml", "FF5_DAILY#rmw", "FF5_DAILY#cma", "FF5_DAILY#rf"],
             count: 15690, first: "1963-07-01", last: "2025-10-31", lastValues: [0.40, -0.07, -0.24, -1.31, 0.18, 0.02]),
    ]

    @Test("every recorded zip gives its factors over the first block only", arguments: cases)
    func sample(_ c: Case) async throws {
        let reply = try ProviderSamples.answer("french/\(c.sample)", contentType: "application/x-zip-compressed")
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in reply }) { server in
            try await ProviderTestKit.fetch(.french, [c.dataset], from: server)
        }
        Self.expectFactors(fetched, series: c.series, count: c.count, first: c.first, last: c.last, lastValues: c.lastValues)
    }

    @Test("an HTML page instead of the zip is a refusal (69), not a corrupt archive")
    func htmlInsteadOfZip() async throws {
        let error = await ProviderTestKit.dataError {
            try await ProviderTestKit.withServer({ _, _, _ in
                .answer(200, headers: [("Content-Type", "text/html")], body: Array("<html><title>Moved</title></html>".utf8))
            }) { server in
                _ = try await ProviderTestKit.fetch(.french, ["ff3_daily"], from: server)
            }
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.hasPrefix("Kenneth French's Data Library answered an HTML page (\"Moved\") instead of data") == true)
    }

    struct Excerpt: Sendable, CustomTestStringConvertible {
        var sample: String, entry: String, dataset: String, series: [String], count: Int, first: String, last: String
        var lastValues: [Double]
        var testDescription: String { sample }
    }

    static let excerpts: [Excerpt] = [
        // 202510 vintage, head and tail of the daily file (CRLF): README 4 series × 20 days.
        Excerpt(sample: "2025-11/F-F_Research_Data_Factors_daily.excerpt.csv", entry: "F-F_Research_Data_Factors_daily.csv",
                dataset: "ff3_daily", series: ["FF3_DAILY#mkt_rf", "FF3_DAILY#smb", "FF3_DAILY#hml", "FF3_DAILY#rf"], count: 20,
                first: "1926-07-01", last: "2025-10-31", lastValues: [0.40, 0.10, -0.24, 0.02]),
        // 201610 momentum: CRLF, header `,Mom   ` with trailing spaces, a "-99.99 or -999" note: README #mom × 16.
        Excerpt(sample: "older/F-F_Momentum_Factor_daily.201610.excerpt.CSV", entry: "F-F_Momentum_Factor_daily.CSV",
                dataset: "mom_daily", series: ["MOM_DAILY#mom"], count: 16, first: "1926-11-03", last: "2016-10-31",
                lastValues: [0.83]),
        // 202412 vintage, 3-decimal RF (`0.017`): README 4 series × 17.
        Excerpt(sample: "older/F-F_Research_Data_Factors_daily.202412.excerpt.CSV", entry: "F-F_Research_Data_Factors_daily.CSV",
                dataset: "ff3_daily", series: ["FF3_DAILY#mkt_rf", "FF3_DAILY#smb", "FF3_DAILY#hml", "FF3_DAILY#rf"], count: 17,
                first: "1926-07-01", last: "2024-12-31", lastValues: [-0.46, 0.00, 0.71, 0.017]),
    ]

    @Test("the recorded CSVs, zipped unchanged at test time as the Library ships them, read the same way", arguments: excerpts)
    func excerpt(_ c: Excerpt) async throws {
        let body = try ProviderFixtures.zip(try ProviderSamples.bytes("french/\(c.sample)"), entry: c.entry)
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in .ok(body) }) { server in
            try await ProviderTestKit.fetch(.french, [c.dataset], from: server)
        }
        Self.expectFactors(fetched, series: c.series, count: c.count, first: c.first, last: c.last, lastValues: c.lastValues)
    }
}
