import Testing
import RotationCore

struct StreakRunsTests {
    @Test("a tie breaks a streak and forms a leaderless run")
    func tieBreaks() {
        let runs = StreakRuns.runs([.a, .a, .tie, .a, .b, .b, .b])
        #expect(runs.map(\.outcome) == [.a, .tie, .a, .b])
        #expect(runs.map(\.length) == [2, 1, 1, 3])
        #expect(runs.map(\.first) == [0, 2, 3, 4])
    }

    @Test("the longest runs skip ties and prefer the more recent of equal length")
    func longest() {
        let runs = StreakRuns.runs([.a, .a, .tie, .tie, .tie, .b, .b, .a])
        let top = StreakRuns.longest(runs, count: 2)
        #expect(top.map(\.outcome) == [.b, .a])
        #expect(top.map(\.first) == [5, 0])
        #expect(StreakRuns.runs([]).isEmpty)
    }

    @Test("returns equal up to rounding noise are a tie, a cent on an index is not")
    func tieTolerance() {
        #expect(PeriodOutcome(excess: 202.0 / 200 - 1 - (101.0 / 100 - 1)) == .tie)
        #expect(PeriodOutcome(excess: 0.01 / 5000) == .a)
        #expect(PeriodOutcome(excess: -0.01 / 5000) == .b)
    }
}
