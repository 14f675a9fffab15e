import Foundation
import RotationApp
import RotationCore
import RotationText
import Testing

/// The checker through the use case (as `rotation check` runs it: dateline as-of, data bounded by
/// it) on texts written in the structures of real articles (Structures/README.md). Every claim of
/// each text is listed: a spurious or a missing claim fails, and so does a wrong verdict.
/// Expected values: computed from ../shared/data/prices with Python's csv module (README there).
struct StructureCheckTests {
    struct Expected: CustomStringConvertible {
        var phrase: String
        var kind: ClaimKind
        var subject: String
        var stated: Double
        var verdict: Verdict
        var description: String { "\(phrase) \(kind) \(subject) \(stated) \(verdict)" }
    }

    func check(_ name: String) async throws -> CheckResult {
        let text = try String(contentsOf: CheckTestStore.folder.appendingPathComponent("Structures/\(name).txt"), encoding: .utf8)
        return try await CheckTestStore.service().check(CheckRequest(text: text))
    }

    func expect(_ result: CheckResult, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.claims.count == expected.count, "claims: \(result.claims.map { "\($0.phrase) \($0.kind) \($0.subject) \($0.verdict)" })",
                sourceLocation: sourceLocation)
        for (claim, want) in zip(result.claims, expected) {
            #expect(claim.phrase.contains(want.phrase) && claim.kind == want.kind && claim.subject == want.subject
                        && abs(claim.stated - want.stated) < 1e-9 && claim.verdict == want.verdict,
                    "got \(claim.phrase) \(claim.kind) \(claim.subject) \(claim.stated) \(claim.verdict) (\(claim.explanation)), want \(want)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("a wire block: labels give the window; each line is a points change, a return and (on the day) a close")
    func wireBlock() async throws {
        let result = try await check("wire-block-2024-03-08")
        #expect(result.asOf == TradingDay("2024-03-08"))
        // Day: GSPC 5,157.36 → 5,123.69 (−33.67, −0.653%); DJI 38,791.35 → 38,722.69 (−68.66, −0.177%);
        // IXIC 16,273.38 → 16,085.11 (−188.27, −1.157%); RUT 2,084.74 → 2,082.71 (−2.03, −0.097%).
        // Week from 2024-03-01: GSPC −13.39 (−0.261%), DJI −364.69 (−0.933%), IXIC −189.83 (−1.166%),
        // RUT +6.32 (+0.304%). Year from 2023-12-29: GSPC +353.86 (+7.419%), DJI +1,033.15 (+2.741%),
        // IXIC +1,073.76 (+7.153%), RUT +55.64 (+2.745%).
        var expected: [Expected] = []
        for (symbol, points, percent, level) in [("GSPC", -33.67, -0.007, 5123.69), ("DJI", -68.66, -0.002, 38722.69),
                                                 ("IXIC", -188.27, -0.012, 16085.11), ("RUT", -2.03, -0.001, 2082.71)] {
            expected += [Expected(phrase: "points", kind: .points, subject: symbol, stated: points, verdict: .confirmed),
                         Expected(phrase: "%", kind: .return, subject: symbol, stated: percent, verdict: .confirmed),
                         Expected(phrase: "to", kind: .level, subject: symbol, stated: level, verdict: .confirmed)]
        }
        for (symbol, points, percent) in [("GSPC", -13.39, -0.003), ("DJI", -364.69, -0.009), ("IXIC", -189.83, -0.012), ("RUT", 6.32, 0.003),
                                          ("GSPC", 353.86, 0.074), ("DJI", 1033.15, 0.027), ("IXIC", 1073.76, 0.072), ("RUT", 55.64, 0.027)] {
            expected += [Expected(phrase: "points", kind: .points, subject: symbol, stated: points, verdict: .confirmed),
                         Expected(phrase: "%", kind: .return, subject: symbol, stated: percent, verdict: .confirmed)]
        }
        expect(result, expected)
        #expect(result.claims[12].window == "week to 2024-03-08" && result.claims[20].window == "ytd to 2024-03-08")
    }

    @Test("a quotes table: close, change and percent per row of a stored index; rows of other series are skipped")
    func quotesSidebar() async throws {
        let result = try await check("quotes-sidebar-2021-11-05")
        #expect(result.asOf == TradingDay("2021-11-05"))
        // 2021-11-04 → 11-05 closes: GSPC 4,680.06 → 4,697.53; DJI 36,124.23 → 36,327.95; IXIC 15,940.31 → 15,971.59;
        // RUT 2,402.43 → 2,437.08 (+1.442%). Week from 10-29: RUT 2,297.19 → +6.090%; DJI 35,819.56 → +1.419%.
        expect(result, [
            Expected(phrase: "1.4%", kind: .return, subject: "RUT", stated: 0.014, verdict: .confirmed),
            Expected(phrase: "4,697.53", kind: .level, subject: "GSPC", stated: 4697.53, verdict: .confirmed),
            Expected(phrase: "+17.47", kind: .points, subject: "GSPC", stated: 17.47, verdict: .confirmed),
            Expected(phrase: "+0.37", kind: .return, subject: "GSPC", stated: 0.0037, verdict: .confirmed),
            Expected(phrase: "36,327.95", kind: .level, subject: "DJI", stated: 36327.95, verdict: .confirmed),
            Expected(phrase: "+203.72", kind: .points, subject: "DJI", stated: 203.72, verdict: .confirmed),
            Expected(phrase: "+0.56", kind: .return, subject: "DJI", stated: 0.0056, verdict: .confirmed),
            Expected(phrase: "15,971.59", kind: .level, subject: "IXIC", stated: 15971.59, verdict: .confirmed),
            Expected(phrase: "+31.28", kind: .points, subject: "IXIC", stated: 31.28, verdict: .confirmed),
            Expected(phrase: "+0.20", kind: .return, subject: "IXIC", stated: 0.002, verdict: .confirmed),
            Expected(phrase: "2,437.08", kind: .level, subject: "RUT", stated: 2437.08, verdict: .confirmed),
            Expected(phrase: "+34.65", kind: .points, subject: "RUT", stated: 34.65, verdict: .confirmed),
            Expected(phrase: "+1.44", kind: .return, subject: "RUT", stated: 0.0144, verdict: .confirmed),
            Expected(phrase: "6.1%", kind: .return, subject: "RUT", stated: 0.061, verdict: .confirmed),
            Expected(phrase: "2.5%", kind: .return, subject: "DJI", stated: 0.025, verdict: .contradicted),
        ])
    }

    @Test("a long-form story: streaks, a carried subject, the record, forecasts, a single stock and a rate are read as what they are")
    func longForm() async throws {
        let result = try await check("long-form-2024-07-16")
        #expect(result.asOf == TradingDay("2024-07-16"))
        // RUT 2,187.02 → 2,263.67 (+3.505%); daily gains 07-10…07-16 (five), 07-09 −0.451%; RUT beat GSPC
        // each day 07-10…07-16 (1.098 > 1.021, 3.572 > −0.876, 1.093 > 0.552, 1.804 > 0.283, 3.505 > 0.639);
        // July from 06-28 (2,047.69): +10.547%; record close 2,442.74 (2021-11-08): −7.331%; GSPC +0.639% to
        // the record 5,667.20; IXIC +0.199%; DJI 40,211.72 → 40,954.48 (+1.847%, not −1.2%); year from
        // 2023-12-29: RUT +11.672%, IXIC +23.302%.
        expect(result, [
            Expected(phrase: "3.5%", kind: .return, subject: "RUT", stated: 0.035, verdict: .confirmed),
            Expected(phrase: "fifth", kind: .streak, subject: "RUT", stated: 5, verdict: .confirmed),
            Expected(phrase: "five", kind: .streak, subject: "RUT vs GSPC", stated: 5, verdict: .confirmed),
            Expected(phrase: "10.5%", kind: .return, subject: "RUT", stated: 0.105, verdict: .confirmed),
            Expected(phrase: "7.3%", kind: .fromRecord, subject: "RUT", stated: -0.073, verdict: .confirmed),
            Expected(phrase: "0.6%", kind: .return, subject: "GSPC", stated: 0.006, verdict: .confirmed),
            Expected(phrase: "5,667.20", kind: .recordClose, subject: "GSPC", stated: 5667.20, verdict: .confirmed),
            Expected(phrase: "0.2%", kind: .return, subject: "IXIC", stated: 0.002, verdict: .confirmed),
            Expected(phrase: "1.2%", kind: .return, subject: "DJI", stated: -0.012, verdict: .contradicted),
            Expected(phrase: "3.8%", kind: .return, subject: "S&P SmallCap 600".lowercased().replacingOccurrences(of: "&", with: "&"), stated: 0.038,
                     verdict: .unverifiable),
            Expected(phrase: "11.7%", kind: .return, subject: "RUT", stated: 0.117, verdict: .confirmed),
            Expected(phrase: "23.3%", kind: .relative, subject: "RUT vs IXIC", stated: 0.233, verdict: .confirmed),
        ])
    }
}

/// A series that ends before the article's day (issue 16, case 3): DJI ends 2026-02-23 in
/// ../shared/data while GSPC goes on to 2026-08-21, so an August article's Dow figure is never
/// checked against a February close.
struct StaleSeriesCheckTests {
    @Test("a claim about a series whose data end before the article's day is unverifiable and says so")
    func staleSeries() async throws {
        let text = "NEW YORK, Aug 21, 2026 (Desk) - The Dow closed at 50,000 on Friday, and the S&P 500 rose 0.4%."
        let result = try await CheckTestStore.service().check(CheckRequest(text: text))
        let dow = try #require(result.claims.first { $0.subject == "DJI" })
        #expect(dow.verdict == .unverifiable)
        #expect(dow.explanation.contains("DJI data end 2026-02-23"), "\(dow.explanation)")
        // GSPC 2026-08-20 → 08-21 (../shared/data/prices/GSPC.csv) is checked as usual.
        let spx = try #require(result.claims.first { $0.subject == "GSPC" })
        #expect(spx.verdict != .unverifiable, "\(spx.explanation)")
    }
}

/// The brief asked for a day after one sleeve's data end (issue 16, case 3): NDX ends 2026-02-06
/// in ../shared/data, so a brief of RUT, GSPC and NDX as of 2026-08-21 ends every window on
/// 2026-02-06 and says why, rather than comparing windows that end months apart.
struct BriefEndDayTests {
    @Test("a brief asked for a day after a sleeve's data end says which sleeve and ends every window there")
    func briefAfterSleeveEnd() async throws {
        let universe = try Universe.parse("small=RUT,large=GSPC,tech=NDX")
        let brief = try await CheckTestStore.service().brief(BriefRequest(asOf: TradingDay("2026-08-21"), universe: universe))
        #expect(brief.asOf == TradingDay("2026-02-06"))
        #expect(brief.notes.contains { $0.contains("not 2026-08-21") && $0.contains("NDX data end on 2026-02-06") }, "\(brief.notes)")
    }
}
