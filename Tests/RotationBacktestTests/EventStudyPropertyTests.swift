import PropertyBased
import Testing
import RotationBacktest
import Foundation
import RotationCore

/// Properties of the event study on random lines and events.
struct EventStudyPropertyTests {
    static func line(_ steps: [Double]) -> EventLine {
        var level = 100.0
        let closes = steps.map { level *= $0; return level }
        return EventLine(days: BacktestTestData.weekdays(from: "2010-01-04", count: steps.count), closes: closes)
    }

    @Test("every kept path is 0 at the event day and the mean, median and band are 0 there")
    func rebasedAtEventDay() async {
        await propertyCheck(input: Gen.double(in: 0.9...1.1).array(of: 30...120), Gen.int(in: 0...119).array(of: 1...8),
                            Gen.int(in: 0...10), Gen.int(in: 1...10)) { steps, picks, k, m in
            let line = Self.line(steps)
            let dates = picks.map { line.days[$0 % line.days.count] }
            let r = eventStudy(line, eventDates: dates, parameters: EventStudyParameters(before: k, after: m, bootstrapDraws: 20, placeboDraws: 0))
            #expect(r.events.allSatisfy { $0.path[k] == 0 && $0.path.count == k + m + 1 })
            #expect(r.events.count + r.excluded.count == dates.count)
            if !r.events.isEmpty {
                let zero = r.path[k]
                #expect(zero.offset == 0 && zero.mean == 0 && zero.median == 0)
                if r.events.count >= 2 { #expect(zero.bandLow == 0 && zero.bandHigh == 0) }
            }
        }
    }

    @Test("with identical paths the band collapses onto the mean; with many draws the band contains the mean")
    func bandContainsMean() async {
        await propertyCheck(input: Gen.double(in: 0.95...1.05).array(of: 60...150), Gen.int(in: 2...6)) { steps, count in
            let line = Self.line(steps)
            let dates = (0..<count).map { line.days[10 + 8 * $0] }
            let r = eventStudy(line, eventDates: dates, parameters: EventStudyParameters(before: 3, after: 4, bootstrapDraws: 2_000, placeboDraws: 0))
            for point in r.path {
                guard let mean = point.mean, let low = point.bandLow, let high = point.bandHigh else { continue }
                #expect(low <= mean + 1e-15 && mean <= high + 1e-15)
            }
            // Identical paths: closes 2^t give every event the same path, exactly.
            let doubling = EventLine(days: line.days, closes: (0..<line.days.count).map { pow(2, Double($0)) })
            let flat = eventStudy(doubling, eventDates: dates, parameters: EventStudyParameters(before: 3, after: 4, bootstrapDraws: 500, placeboDraws: 0))
            #expect(flat.path.allSatisfy { $0.bandLow == $0.mean && $0.bandHigh == $0.mean })
        }
    }

    @Test("the band lies within the range of the paths at every offset")
    func bandWithinPaths() async {
        await propertyCheck(input: Gen.double(in: 0.9...1.1).array(of: 80...100), Gen.int(in: 0...1_000)) { steps, seed in
            let line = Self.line(steps)
            let dates = [line.days[10], line.days[30], line.days[50]]
            let r = eventStudy(line, eventDates: dates, parameters: EventStudyParameters(
                before: 5, after: 5, bootstrapDraws: 100, placeboDraws: 50, seed: UInt64(seed)))
            for (j, point) in r.path.enumerated() {
                let values = r.events.map { $0.path[j] }
                #expect(point.bandLow! >= values.min()! - 1e-15 && point.bandHigh! <= values.max()! + 1e-15)
            }
            #expect(r.placebo!.realPercentile! >= 0 && r.placebo!.realPercentile! <= 100)
        }
    }
}
