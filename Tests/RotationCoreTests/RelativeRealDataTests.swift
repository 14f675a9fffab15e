import Foundation
import Testing
import RotationCore

/// RUT against GSPC on the shared real data; expected values from
/// Golden/relative/generate.py (standard-library Python, see its README).
struct RelativeRealDataTests {
    struct GoldenPeriod: Decodable {
        let start_date: String, end_date: String
        let return_a: Double, return_b: Double, excess: Double
        let leader: String?
    }
    struct GoldenStreak: Decodable {
        let leader: String?, length: Int, start_date: String, end_date: String
    }
    struct GoldenWeekly: Decodable {
        let as_of: String, periods: [GoldenPeriod], current_streak: GoldenStreak
    }

    static let data = Result { try RelativeTestData.aligned(["RUT", "GSPC"]) }
    let d = RelativeTestData.day

    func weekly(asOf: String, from: String = "2025-10-01") throws -> RelativeStrengthReport {
        let (days, closes) = try Self.data.get()
        return relativeStrength(days: days, closesA: closes[0], closesB: closes[1], nameA: "RUT", nameB: "GSPC",
                                period: .week, asOf: d(asOf), from: d(from))
    }

    func check(_ report: RelativeStrengthReport, against golden: GoldenWeekly) {
        #expect(report.periods.count == golden.periods.count)
        for (p, g) in zip(report.periods, golden.periods) {
            #expect(p.startDate.description == g.start_date && p.endDate.description == g.end_date)
            #expect(abs(p.returnA - g.return_a) < 1e-12 && abs(p.returnB - g.return_b) < 1e-12)
            #expect(abs(p.excess - g.excess) < 1e-12 && p.leader == g.leader)
        }
        let s = report.currentStreak
        #expect(s?.leader == golden.current_streak.leader && s?.length == golden.current_streak.length)
        #expect(s?.startDate.description == golden.current_streak.start_date)
        #expect(s?.endDate.description == golden.current_streak.end_date)
    }

    @Test("RUT beat GSPC four straight calendar weeks up to 2025-12-12, Thanksgiving week included")
    func fourWeeks() throws {
        let golden = try RelativeTestData.golden("expected_rut_gspc_weekly.json", as: [String: GoldenWeekly].self)
        let report = try weekly(asOf: "2025-12-12")
        check(report, against: golden["as_of_2025_12_12"]!)
        #expect(report.currentStreak?.leader == "RUT" && report.currentStreak?.length == 4)
        #expect(report.currentStreak?.startDate == d("2025-11-17"))
        #expect(report.periods.last?.partial == false)
    }

    @Test("the RUT streak ended in the week to 2025-12-19")
    func streakEnded() throws {
        let golden = try RelativeTestData.golden("expected_rut_gspc_weekly.json", as: [String: GoldenWeekly].self)
        let report = try weekly(asOf: "2025-12-19")
        check(report, against: golden["as_of_2025_12_19"]!)
        #expect(report.currentStreak?.leader == "GSPC" && report.currentStreak?.length == 1)
        #expect(report.longestStreaks.first?.length == 4 && report.longestStreaks.first?.endDate == d("2025-12-12"))
    }

    @Test("as of Wednesday 2025-12-10 the week is partial and the streak counts three complete weeks")
    func partialRealWeek() throws {
        let report = try weekly(asOf: "2025-12-10")
        #expect(report.periods.last?.endDate == d("2025-12-10") && report.periods.last?.partial == true)
        #expect(report.currentStreak?.leader == "RUT" && report.currentStreak?.length == 3)
        #expect(report.currentStreak?.endDate == d("2025-12-05"))
    }
}
