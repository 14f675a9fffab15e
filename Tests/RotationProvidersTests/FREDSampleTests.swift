import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// FRED against the fredgraph CSVs in `../shared/provider-samples/fred` (HTTP 200, `text/csv`;
/// the captures kept no headers). Counts from the samples' README, recounted: data rows minus
/// holiday rows (empty in the current layout, `.` in the old one).
struct FREDSampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sample: String, values: Int, first: String, last: String, lastValue: Double
        var testDescription: String { sample }
    }

    static let cases: [Case] = [
        // observation_date layout, 65 rows of which 3 empty → 62.
        Case(sample: "DGS10_observation_date_2026-03.excerpt.csv", values: 62, first: "2010-01-04", last: "2026-03-18", lastValue: 4.26),
        // same layout, 40 rows of which 1 empty → 39.
        Case(sample: "DGS10_observation_date_2025-11.excerpt.csv", values: 39, first: "2020-11-27", last: "2025-11-26", lastValue: 4.00),
        // old DATE layout, 35 rows of which 2 are "." → 33.
        Case(sample: "DGS10_DATE_dot_2021-01.excerpt.csv", values: 33, first: "1962-01-02", last: "2021-01-04", lastValue: 0.93),
    ]

    @Test("each fredgraph layout is a rate series without the holidays", arguments: cases)
    func sample(_ c: Case) async throws {
        let reply = try ProviderSamples.answer("fred/\(c.sample)", contentType: "text/csv")
        let fetched = try await ProviderTestKit.withServer({ _, _, _ in reply }) { server in
            try await ProviderTestKit.fetch(.fred, ["DGS10"], from: server)
        }
        guard case .series(let series) = ProviderTestKit.only(fetched) else { Issue.record("no series"); return }
        #expect(series.kind == .rate)
        #expect(series.name == "DGS10")
        #expect(series.count == c.values)
        #expect(series.days.first == ProviderTestKit.day(c.first))
        #expect(series.days.last == ProviderTestKit.day(c.last))
        #expect(series.values.last == c.lastValue)
    }

    @Test("an HTML page, an empty body or another text from FRED is a refusal (69), not a CSV error")
    func refusals() async throws {
        let answers: [(String, String)] = [
            ("<!DOCTYPE html><html><head><title>Series Not Found</title></head></html>",
             "FRED answered an HTML page instead of data; check the series id on fred.stlouisfed.org (DGS10, DFF)"),
            ("", "FRED answered an empty body instead of data; try again later"),
            ("Error: too many requests\n", "FRED answered \"Error: too many requests\" instead of data; expected the CSV header "
                + "observation_date,SERIES; check the series id on fred.stlouisfed.org"),
        ]
        for (body, message) in answers {
            let error = await ProviderTestKit.dataError {
                try await ProviderTestKit.withServer({ _, _, _ in .ok(Array(body.utf8)) }) { server in
                    _ = try await ProviderTestKit.fetch(.fred, ["DGS10"], from: server)
                }
            }
            #expect(error?.code == .unavailable)
            #expect(error?.message == message)
            #expect(error?.location?.line == nil)
        }
    }
}
