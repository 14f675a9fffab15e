import Testing
import Foundation
import RotationBacktest
import RotationCore

/// Hand-computed event studies on tiny series.
struct EventStudyTests {
    /// 2024-01-02 … 2024-01-15, ten weekdays (01-08 is index 4).
    static let days = BacktestTestData.weekdays(from: "2024-01-02", count: 10)
    static let closes: [Double] = [100, 102, 101, 105, 104, 110, 108, 112, 111, 115]

    static func day(_ text: String) -> TradingDay { TradingDay(text)! }

    static func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    func study(_ dates: [String], before: Int = 2, after: Int = 2, bootstrap: Int = 0, placebo: Int = 0) -> EventStudyReport {
        eventStudy(EventLine(days: Self.days, closes: Self.closes), eventDates: dates.map(Self.day),
                   parameters: EventStudyParameters(before: before, after: after, bootstrapDraws: bootstrap, placeboDraws: placebo, seed: 7))
    }

    @Test("a weekend event falls on the next trading day and its path is P(t0+o)/P(t0) − 1")
    func weekendEventPath() {
        let r = study(["2024-01-06"])
        #expect(r.events.count == 1)
        let e = r.events[0]
        #expect(e.eventDay == Self.day("2024-01-08"))
        // By hand: closes 101, 105, [104], 110, 108 around index 4.
        let expected = [101.0 / 104 - 1, 105.0 / 104 - 1, 0, 110.0 / 104 - 1, 108.0 / 104 - 1]
        #expect(zip(e.path, expected).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(Self.close(e.returnAtEnd, 1.0 / 26))
    }

    @Test("mean and median over events; excluded events are listed with their reason")
    func meanMedianAndExclusions() {
        let r = study(["2024-01-20", "2024-01-10", "2024-01-03", "2024-01-12", "2024-01-07", "2024-01-06"])
        #expect(r.events.map(\.eventDay) == [Self.day("2024-01-08"), Self.day("2024-01-10")])
        // By hand: +2 is 108/104 − 1 = 1/26 and 111/108 − 1 = 1/36; −2 is 101/104 − 1 and 104/108 − 1.
        let end = r.path.last!
        #expect(end.offset == 2)
        #expect(Self.close(end.mean, (1.0 / 26 + 1.0 / 36) / 2))
        #expect(Self.close(end.median, (1.0 / 26 + 1.0 / 36) / 2))
        let before: Double = (101.0 / 104 - 1) + (104.0 / 108 - 1)
        #expect(Self.close(r.path[0].mean, before / 2))
        #expect(r.path[2].mean == 0 && r.path[2].offset == 0)
        #expect(r.excluded.map(\.reason) == [.tooLittleHistoryBefore, .sameEventDay, .tooLittleDataAfter, .noTradingDay])
        #expect(r.excluded.map(\.date) == ["2024-01-03", "2024-01-07", "2024-01-12", "2024-01-20"].map(Self.day))
        #expect(r.excluded[3].eventDay == nil)
    }

    @Test("the median of three events is the middle one")
    func medianOfThree() {
        let r = study(["2024-01-05", "2024-01-08", "2024-01-09"], before: 1, after: 1)
        // +1 by hand: 104/105 − 1 ≈ −0.0095, 110/104 − 1 ≈ +0.058, 108/110 − 1 ≈ −0.018; the middle is 104/105 − 1.
        #expect(Self.close(r.path.last!.median, 104.0 / 105 - 1))
        let sum: Double = (104.0 / 105 - 1) + (110.0 / 104 - 1) + (108.0 / 110 - 1)
        #expect(Self.close(r.path.last!.mean, sum / 3))
    }

    @Test("the excess path sums daily excess returns and the log relative differences ln(A/B)")
    func excessAndLogRelative() {
        let days = BacktestTestData.weekdays(from: "2025-03-03", count: 3)
        let a: [Double] = [100, 110, 99], b: [Double] = [100, 100, 110]
        let parameters = EventStudyParameters(before: 1, after: 1, bootstrapDraws: 0, placeboDraws: 0)
        let excess = eventStudy(EventLine(days: days, closesA: a, closesB: b, measure: .excess), eventDates: [days[1]], parameters: parameters)
        // By hand: excess returns 0.1 − 0 = 0.1 and −0.1 − 0.1 = −0.2; cumulated 0, 0.1, −0.1; rebased at index 1.
        #expect(zip(excess.events[0].path, [-0.1, 0, -0.2]).allSatisfy { abs($0 - $1) < 1e-15 })
        let log = eventStudy(EventLine(days: days, closesA: a, closesB: b, measure: .logRelative), eventDates: [days[1]], parameters: parameters)
        let expected = [-Foundation.log(1.1), 0, Foundation.log(0.9) - Foundation.log(1.1)]
        #expect(zip(log.events[0].path, expected).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    @Test("days where a close is missing or not positive are dropped before returns are taken")
    func commonDays() {
        let days = BacktestTestData.weekdays(from: "2025-03-03", count: 4)
        let line = EventLine(days: days, closesA: [100, .nan, 110, 121], closesB: [50, 51, 50, 50], measure: .excess)
        #expect(line.days == [days[0], days[2], days[3]])
        // By hand: returns run 100 → 110 (+0.1) against 50 → 50 (0), then 110 → 121 (+0.1) against 0.
        #expect(zip(line.values, [0, 0.1, 0.2]).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    @Test("no kept events gives null statistics, not NaN")
    func noEvents() {
        let r = study(["2030-01-01"], bootstrap: 100, placebo: 100)
        #expect(r.events.isEmpty && r.path.allSatisfy { $0.mean == nil && $0.median == nil && $0.bandLow == nil })
        #expect(r.placebo?.realPercentile == nil && r.placebo?.mean == nil)
    }

    @Test("placebo days keep the full window and stay before + after trading days from every real event")
    func placeboEligibility() {
        // By hand: 10 days, k = m = 1, event at index 4: indices 1…8 with |i − 4| ≥ 2 are 1, 2, 6, 7, 8.
        let r = study(["2024-01-08"], before: 1, after: 1, placebo: 10)
        #expect(r.placebo?.eligibleDays == 5)
        #expect(r.placebo?.eventsPerDraw == 1)
    }

    @Test("on a line doubling every day every placebo mean equals the real mean: percentile 50, a zero-width band")
    func placeboOnConstantGrowth() throws {
        // Closes 2^t: every path value at +10 is exactly 2^10 − 1 = 1023, for real and placebo days alike.
        let days = BacktestTestData.weekdays(from: "2020-01-01", count: 300)
        let closes = (0..<300).map { pow(2, Double($0)) }
        let r = eventStudy(EventLine(days: days, closes: closes), eventDates: [days[50], days[150]],
                           parameters: EventStudyParameters(before: 5, after: 10, bootstrapDraws: 50, placeboDraws: 200, seed: 3))
        let p = try #require(r.placebo)
        #expect(p.realMean == 1023 && p.mean == 1023 && p.bandLow == 1023 && p.bandHigh == 1023)
        // Mid-rank: 0 draws below, 200 equal → 100 × (0 + ½ × 200) / 200 = 50.
        #expect(p.realPercentile == 50)
        // By hand: indices 5…289, minus those within 15 of 50 (36…64) and of 150 (136…164): 285 − 29 − 29.
        #expect(p.eligibleDays == 227)
    }

    @Test("the same seed gives the same band; another seed another band")
    func seeded() {
        var noise = SplitMix64(seed: 5)
        var level = 100.0
        let closes = (0..<400).map { _ in level *= 0.98 + 0.04 * Double(noise.nextIndex(below: 1_000)) / 1_000; return level }
        let days = BacktestTestData.weekdays(from: "2015-01-01", count: 400)
        let dates = stride(from: 20, to: 380, by: 30).map { days[$0] }
        func run(_ seed: UInt64) -> EventStudyReport {
            eventStudy(EventLine(days: days, closes: closes), eventDates: dates,
                       parameters: EventStudyParameters(before: 5, after: 10, bootstrapDraws: 300, placeboDraws: 300, seed: seed))
        }
        let a = run(8), b = run(8), c = run(9)
        #expect(a == b)
        #expect(a.path.map(\.bandLow) != c.path.map(\.bandLow))
        #expect(a.placebo?.mean != c.placebo?.mean)
        #expect(a.path.map(\.mean) == c.path.map(\.mean))
    }
}
