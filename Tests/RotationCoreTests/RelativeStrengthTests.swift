import Testing
import Foundation
import PropertyBased
import RotationCore

/// Hand-built fixture: five calendar weeks 2025-11-10 … 2025-12-10 with Thanksgiving (11-27)
/// missing and the data ending on Wednesday 12-10. Midweek closes repeat the previous Friday's,
/// except Tuesday 12-09 when A rises and B falls.
struct RelativeStrengthTests {
    static let dayTexts = [
        "2025-11-10", "2025-11-11", "2025-11-12", "2025-11-13", "2025-11-14",
        "2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21",
        "2025-11-24", "2025-11-25", "2025-11-26", "2025-11-28",
        "2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04", "2025-12-05",
        "2025-12-08", "2025-12-09", "2025-12-10",
    ]
    static let days = dayTexts.map(RelativeTestData.day)
    // Friday closes: A 200 → 206 → 210.12 → 212.2212; B 100 → 101 → 102 → 103.02.
    static let a: [Double] = [200, 200, 200, 200, 200, 200, 200, 200, 200, 206, 206, 206, 206, 210.12,
                              210.12, 210.12, 210.12, 210.12, 212.2212, 212.2212, 214, 214]
    static let b: [Double] = [100, 100, 100, 100, 100, 100, 100, 100, 100, 101, 101, 101, 101, 102,
                              102, 102, 102, 102, 103.02, 103.02, 102, 103.02]
    let d = RelativeTestData.day

    func report(asOf: TradingDay? = nil, from: TradingDay? = nil, divergences: Bool = false) -> RelativeStrengthReport {
        relativeStrength(days: Self.days, closesA: Self.a, closesB: Self.b, nameA: "RUT", nameB: "GSPC",
                         period: .week, asOf: asOf, from: from, includeDivergences: divergences)
    }

    @Test("weekly returns run from the previous week's last close, holiday week included")
    func weeklyReturns() {
        let r = report()
        #expect(r.periods.map(\.endDate) == ["2025-11-21", "2025-11-28", "2025-12-05", "2025-12-10"].map(d))
        #expect(r.periods.map(\.startDate) == ["2025-11-14", "2025-11-21", "2025-11-28", "2025-12-05"].map(d))
        // Hand calculation: 206/200 − 1 = 0.03, 101/100 − 1 = 0.01; 210.12/206 − 1 = 0.02, 102/101 − 1.
        #expect(abs(r.periods[0].returnA - 0.03) < 1e-12 && abs(r.periods[0].returnB - 0.01) < 1e-12)
        #expect(abs(r.periods[1].returnA - 0.02) < 1e-12 && abs(r.periods[1].returnB - (102.0 / 101 - 1)) < 1e-12)
        #expect(r.periods.map(\.leader) == ["RUT", "RUT", nil, "RUT"])
    }

    @Test("the week still in progress is partial and stays out of the streak")
    func partialWeek() {
        let r = report()
        #expect(r.periods.map(\.partial) == [false, false, false, true])
        // Complete weeks: RUT, RUT, tie (both +1 %) → the current run is the tie week.
        #expect(r.currentStreak == RelativeStreak(leader: nil, length: 1, startDate: d("2025-12-01"),
                                                  endDate: d("2025-12-05"), relativeChange: r.currentStreak!.relativeChange))
        #expect(abs(r.currentStreak!.relativeChange) < 1e-12)
        #expect(r.recent == RelativeRecord(periods: 3, aBeat: 2, bBeat: 0, ties: 1))
    }

    @Test("a tie ends the streak, and the longest streak spans the holiday week")
    func longestStreak() {
        let r = report()
        #expect(r.longestStreaks.count == 1)
        let s = r.longestStreaks[0]
        #expect(s.leader == "RUT" && s.length == 2)
        #expect(s.startDate == d("2025-11-17") && s.endDate == d("2025-11-28"))
        // (210.12/102) / (200/100) − 1 = 0.03 by hand.
        #expect(abs(s.relativeChange - 0.03) < 1e-12)
    }

    @Test("a week whose as-of day is a Saturday is complete even when the data end on Wednesday")
    func saturdayAsOf() {
        let r = report(asOf: d("2025-12-13"))
        #expect(r.periods.last?.partial == false)
        #expect(r.currentStreak?.leader == "RUT" && r.currentStreak?.length == 1)
        #expect(r.recent == RelativeRecord(periods: 4, aBeat: 3, bBeat: 0, ties: 1))
    }

    @Test("from selects the periods ending on or after it and rebases the line there")
    func fromDate() {
        let r = report(from: d("2025-11-26"))
        #expect(r.periods.first?.endDate == d("2025-11-28"))
        #expect(r.line.first == RelativeLinePoint(date: d("2025-11-21"), value: 100))
        // 100 × (210.12/102) / (206/101) by hand.
        #expect(abs(r.line[1].value - 100 * (210.12 / 102) / (206.0 / 101)) < 1e-9)
        #expect(r.line.count == r.periods.count + 1)
    }

    @Test("divergences are the days A and B moved in opposite directions")
    func divergences() {
        #expect(report().divergences == nil)
        let r = report(divergences: true)
        #expect(r.divergences?.map(\.date) == [d("2025-12-09")])
        #expect(r.divergences?.first?.returnB ?? 0 < 0)
    }

    @Test("one week of data has no periods and no streak")
    func tooLittleData() {
        let r = relativeStrength(days: Array(Self.days.prefix(5)), closesA: Array(Self.a.prefix(5)),
                                 closesB: Array(Self.b.prefix(5)), nameA: "A", nameB: "B", period: .week)
        #expect(r.periods.isEmpty && r.line.isEmpty && r.currentStreak == nil && r.longestStreaks.isEmpty)
    }

    @Test("a missing close removes the day from both series")
    func missingClose() {
        var b = Self.b
        b[13] = .nan  // Friday 11-28 missing for B: the week ends on Wednesday 11-26 for both.
        let r = relativeStrength(days: Self.days, closesA: Self.a, closesB: b, nameA: "A", nameB: "B", period: .week)
        #expect(r.periods[1].endDate == d("2025-11-26"))
        #expect(r.periods[1].returnA == 0 && r.periods[1].returnB == 0)
    }

    @Test("a series against itself ties every period and keeps the line at 100")
    func againstItself() async {
        await propertyCheck(input: Gen.double(in: 0.5...2).array(of: 5...60)) { steps in
            var level = 100.0
            let closes = steps.map { level *= $0; return level }
            let days = (0..<closes.count).map { TradingDay(daysSinceEpoch: 20_000 + $0) }
            let r = relativeStrength(days: days, closesA: closes, closesB: closes, nameA: "X", nameB: "X", period: .day)
            #expect(r.periods.allSatisfy { $0.leader == nil })
            #expect(r.line.allSatisfy { $0.value == 100 })
            #expect(r.longestStreaks.isEmpty)
        }
    }

    @Test("every optional key is written, as null when absent")
    func explicitNulls() throws {
        let r = relativeStrength(days: [], closesA: [], closesB: [], nameA: "A", nameB: "B", period: .month)
        let json = try String(decoding: JSONEncoder().encode(r), as: UTF8.self)
        #expect(json.contains("\"current_streak\":null"))
        #expect(json.contains("\"divergences\":null"))
        #expect(json.contains("\"as_of\":null"))
        #expect(json.contains("\"longest_streaks\":[]"))
    }
}
