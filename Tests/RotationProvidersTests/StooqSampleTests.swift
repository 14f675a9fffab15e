import Foundation
import ProviderTestSupport
import RotationCore
import RotationData
import RotationProviders
import Testing

/// Stooq against its real answers in `../shared/provider-samples/stooq` (served as recorded:
/// status 200, `text/csv`; the captures kept no headers, so the content type is the format's).
/// Row counts and dates come from the samples' README and `*.source.txt`, recounted by hand in
/// the comments; download times are the capture's commit times given there.
struct StooqSampleTests {
    static func fetch(_ sample: String, symbol: String, downloadedAt: String) async throws -> [FetchedSymbol] {
        let reply = try ProviderSamples.answer("stooq/\(sample)", contentType: "text/csv")
        return try await ProviderTestKit.withServer({ _, _, _ in reply }) { server in
            try await ProviderTestKit.fetch(.stooq, [symbol], from: server, downloadedAt: ProviderTestKit.instant(downloadedAt))
        }
    }

    @Test("^spx: the 26 monthly rows before 1885-02-17 and the running session's bar are left out, and said")
    func spxMonthlyAndPartial() async throws {
        // README: 98 rows 1789-05-01..2025-10-07. Monthly rows (dated the 1st, a month apart): 20 in
        // 1789-05..1790-12 and 6 in 1884-09..1885-02 = 26. The last row 2025-10-07 is the running
        // session: captured 2025-10-07T15:31:16-03:00 = 14:31 in New York, before the 16:00 close.
        // 98 − 26 − 1 = 71 daily bars, 1885-02-17..2025-10-06.
        let fetched = try await Self.fetch("spx_d.excerpt.csv", symbol: "^spx", downloadedAt: "2025-10-07T15:31:16-03:00")
        let bars = try #require(ProviderTestKit.bars(fetched))
        #expect(bars.symbol == "SPX")
        #expect(bars.count == 71)
        #expect(bars.days.first == ProviderTestKit.day("1885-02-17"))
        #expect(bars.days.last == ProviderTestKit.day("2025-10-06"))
        // Values as written in the sample: the first daily row and a fractional volume.
        #expect(bars.close.first == 4.37)
        let august = try #require(bars.days.firstIndex(of: ProviderTestKit.day("2022-08-01")))
        #expect(bars.volume[august] == 2290404134.7576)
        #expect(fetched[0].notes == [
            "SPX: left out 26 monthly rows 1789-05-01..1885-02-01 that Stooq publishes before its daily history; daily bars start 1885-02-17",
            "SPX: left out the bar of 2025-10-07, a session still running when Stooq answered (2025-10-07T18:31:16Z); fetch again after the close (--refresh)",
        ])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var sample: String, symbol: String, downloadedAt: String
        var count: Int, first: String, last: String, lastClose: Double, notes: Int
        var testDescription: String { "\(sample) at \(downloadedAt)" }
    }

    static let cases: [Case] = [
        // ^spx downloaded 2025-10-07T21:00:00Z, 17:00 in New York, after the close (+30 min
        // margin): the 2025-10-07 bar is final and kept, 98 − 26 monthly = 72 bars; one note.
        Case(sample: "spx_d.excerpt.csv", symbol: "^spx", downloadedAt: "2025-10-07T21:00:00Z",
             count: 72, first: "1885-02-17", last: "2025-10-07", lastClose: 6714.06, notes: 1),
        // ^ndx (CRLF) from 1938: README 50 bars; the last row (2026-05-01) is a running-session
        // bar, captured 2026-05-01T21:20:28+04:00 = 13:20 in New York. 50 − 1 = 49; no monthly
        // rows (1938-01-03 is followed by 1938-01-04).
        Case(sample: "ndx_d.excerpt.csv", symbol: "^ndx", downloadedAt: "2026-05-01T21:20:28+04:00",
             count: 49, first: "1938-01-03", last: "2026-04-30", lastClose: 27452.12, notes: 1),
        // spy.us for a d1/d2 range (CRLF, 6 significant digits): README 60 bars, 2015-01-02..2026-04-17,
        // captured 2026-04-20 (a Monday, after the last bar's day): nothing left out.
        Case(sample: "spy_us_d.excerpt.csv", symbol: "spy.us", downloadedAt: "2026-04-20T23:43:16+08:00",
             count: 60, first: "2015-01-02", last: "2026-04-17", lastClose: 710.14, notes: 0),
    ]

    @Test("each recorded Stooq answer gives its daily bars", arguments: cases)
    func sample(_ c: Case) async throws {
        let fetched = try await Self.fetch(c.sample, symbol: c.symbol, downloadedAt: c.downloadedAt)
        let bars = try #require(ProviderTestKit.bars(fetched))
        #expect(bars.count == c.count)
        #expect(bars.days.first == ProviderTestKit.day(c.first))
        #expect(bars.days.last == ProviderTestKit.day(c.last))
        #expect(bars.close.last == c.lastClose)
        #expect(fetched[0].notes.count == c.notes)
    }
}
