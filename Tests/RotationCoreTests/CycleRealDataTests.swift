import Foundation
import Testing
import RotationCore

/// Cycles on the shared real data; expected episodes from Golden/relative/generate.py
/// (standard-library Python, drawdowns as runs below the running maximum; see its README).
struct CycleRealDataTests {
    struct GoldenEpisode: Decodable {
        let peak_date: String, trough_date: String, recovery_date: String?
        let peak_to_trough_periods: Int, peak_to_recovery_periods: Int?, length_periods: Int
        let depth: Double
    }
    struct GoldenCycles: Decodable {
        let points: Int
        let underperformance: [GoldenEpisode]
        let outperformance: [GoldenEpisode]
    }
    let d = RelativeTestData.day

    func check(_ report: CycleReport, _ golden: GoldenCycles) {
        #expect(report.points == golden.points)
        for (direction, expected) in [(CycleDirection.underperformance, golden.underperformance),
                                      (.outperformance, golden.outperformance)] {
            let found = report.stretches.filter { $0.direction == direction }.sorted { $0.startDate < $1.startDate }
            #expect(found.count == expected.count, "\(direction)")
            for (e, g) in zip(found, expected) {
                #expect(e.peakDate.description == g.peak_date && e.troughDate.description == g.trough_date)
                #expect(e.recoveryDate?.description == g.recovery_date)
                #expect(e.peakToTroughPeriods == g.peak_to_trough_periods)
                #expect(e.peakToRecoveryPeriods == g.peak_to_recovery_periods && e.lengthPeriods == g.length_periods)
                #expect(abs(e.depth - g.depth) < 1e-12)
            }
        }
    }

    @Test("RUT/GSPC's longest monthly underperformance since 1987 peaked in 2013-09 and was open at 2025-12")
    func rutAgainstGspc() throws {
        let (days, closes) = try RelativeTestData.aligned(["RUT", "GSPC"])
        let line = CycleLine.relative(days: days, closesA: closes[0], closesB: closes[1], period: .month,
                                      asOf: d("2025-12-31"))
        let report = cycles(line: line, series: "RUT/GSPC", period: .month)
        check(report, try RelativeTestData.golden("expected_rut_gspc_monthly_cycles.json", as: GoldenCycles.self))
        let open = try #require(report.current.underperformance)
        #expect(open.peakDate == d("2013-09-30") && open.isOpen && open.lengthRank == 1)
        let longestDown = report.stretches.first { $0.direction == .underperformance }
        #expect(longestDown == open)
    }

    @Test("SMB's monthly stretches since 1926 match the independent reference")
    func smb() throws {
        let rows = try RelativeTestData.rows("factors/ff3_monthly.csv")
        var days: [TradingDay] = [], returns: [Double] = []
        for row in rows {
            let month = String(row[0])
            let year = Int(month.prefix(4))!, number = Int(month.suffix(2))!
            days.append(TradingDay(year: year, month: number, day: TradingDay.daysInMonth(year: year, month: number))!)
            returns.append(Double(row[2])!)
        }
        let line = CycleLine.cumulated(days: days, returns: returns, scale: 0.01, period: .month)
        #expect(line.dates.first == d("1926-06-30"))
        let report = cycles(line: line, series: "ff3_monthly.csv#smb", period: .month)
        check(report, try RelativeTestData.golden("expected_smb_monthly_cycles.json", as: GoldenCycles.self))
        // The stretch from the 1983-07 peak is still open in 2025-10 and is the longest since 1926.
        let open = try #require(report.current.underperformance)
        #expect(open.peakDate == d("1983-07-31") && open.lengthRank == 1)
    }
}
