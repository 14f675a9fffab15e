import Foundation
import Testing
import RotationCore

struct CycleTests {
    let d = RelativeTestData.day

    // Levels 100, 90, 95, 80, 100, 110, 105, 120, 70 on nine consecutive days.
    static let days = (0..<9).map { RelativeTestData.day("2025-01-06").adding(days: $0) }
    static let line = CycleLine(dates: days, levels: [100, 90, 95, 80, 100, 110, 105, 120, 70])

    @Test("underperformance runs from a peak to the point the peak is regained")
    func underperformance() {
        // Hand calculation: peaks at 0, 5, 7; troughs 3, 6, 8; recoveries 4, 7, open.
        let found = CycleEpisodes.find(Self.line.levels).filter { $0.direction == .underperformance }
        #expect(found == [
            CycleEpisodeIndices(direction: .underperformance, start: 0, extreme: 3, recovery: 4),
            CycleEpisodeIndices(direction: .underperformance, start: 5, extreme: 6, recovery: 7),
            CycleEpisodeIndices(direction: .underperformance, start: 7, extreme: 8, recovery: nil),
        ])
    }

    @Test("outperformance runs from a trough until the line falls back to it")
    func outperformance() {
        // Hand calculation: troughs at 1 (90) and 3 (80); peaks 2 and 7; the fall to 80 at 3 and to 70 at 8 end them.
        let found = CycleEpisodes.find(Self.line.levels).filter { $0.direction == .outperformance }
        #expect(found == [
            CycleEpisodeIndices(direction: .outperformance, start: 1, extreme: 2, recovery: 3),
            CycleEpisodeIndices(direction: .outperformance, start: 3, extreme: 7, recovery: 8),
        ])
    }

    @Test("episodes are ranked by length and depth within their direction")
    func ranking() {
        let report = cycles(line: Self.line, series: "X", period: .day)
        // Lengths 5 (up), 4 (down), 2 (up, +5.6 %), 2 (down, −4.5 %), 1 (down, open).
        #expect(report.stretches.map(\.lengthPeriods) == [5, 4, 2, 2, 1])
        #expect(report.stretches.map(\.direction) == [.outperformance, .underperformance, .outperformance,
                                                      .underperformance, .underperformance])
        let down = report.stretches.filter { $0.direction == .underperformance }
        #expect(down.map(\.lengthRank) == [1, 2, 3])
        // |depth| 0.2, 0.04545, 0.41667 → depth ranks 2, 3, 1.
        #expect(down.map(\.depthRank) == [2, 3, 1])
        #expect(down.allSatisfy { $0.of == 3 })
        let first = down[0]
        #expect(first.peakDate == Self.days[0] && first.troughDate == Self.days[3] && first.recoveryDate == Self.days[4])
        #expect(first.peakToTroughPeriods == 3 && first.peakToRecoveryPeriods == 4 && abs(first.depth + 0.2) < 1e-12)
        let up = report.stretches[0]
        #expect(up.troughDate == Self.days[3] && up.peakDate == Self.days[7] && up.startDate == Self.days[3])
        #expect(abs(up.depth - 0.5) < 1e-12 && up.peakToTroughPeriods == 4 && up.peakToRecoveryPeriods == 5)
    }

    @Test("the current stretch is the open one, with its rank")
    func current() {
        let report = cycles(line: Self.line, series: "X", period: .day)
        let open = report.current.underperformance
        #expect(open?.isOpen == true && open?.startDate == Self.days[7] && open?.recoveryDate == nil)
        #expect(open?.lengthPeriods == 1 && open?.lengthRank == 3 && open?.depthRank == 1)
        #expect(report.current.outperformance == nil)
    }

    @Test("a cumulated percent return series starts at 1 at the previous month end; a tie ends the stretch")
    func cumulatedFactor() {
        let days = ["2020-01-31", "2020-02-29", "2020-03-31"].map(d)
        let line = CycleLine.cumulated(days: days, returns: [10, -50, 100], scale: 0.01, period: .month)
        #expect(line.dates == ["2019-12-31", "2020-01-31", "2020-02-29", "2020-03-31"].map(d))
        #expect(line.levels == [1, 1.1, 0.55, 1.1])
        let report = cycles(line: line, series: "F", period: .month)
        let down = report.stretches.filter { $0.direction == .underperformance }
        #expect(down.count == 1 && down[0].recoveryDate == d("2020-03-31") && down[0].peakDate == d("2020-01-31"))
        #expect(report.current.underperformance == nil)
    }

    @Test("a line of fewer than two points has no episodes, encoded with explicit nulls")
    func tooShort() throws {
        let report = cycles(line: CycleLine(dates: [], levels: []), series: "X", period: .month)
        #expect(report.stretches.isEmpty && report.points == 0)
        let json = try String(decoding: JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"underperformance\":null") && json.contains("\"first_date\":null"))
    }

    @Test("competition ranks give equal values the same rank")
    func ranks() {
        let line = CycleLine(dates: Array(Self.days.prefix(7)), levels: [10, 9, 10, 9, 10, 8, 7])
        let report = cycles(line: line, series: "X", period: .day)
        let down = report.stretches.filter { $0.direction == .underperformance }.sorted { $0.startDate < $1.startDate }
        // Lengths 2, 2, 2 (open 4→6): all share rank 1.
        #expect(down.map(\.lengthPeriods) == [2, 2, 2])
        #expect(down.map(\.lengthRank) == [1, 1, 1])
    }
}
