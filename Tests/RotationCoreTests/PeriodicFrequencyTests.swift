import Foundation
import Testing
import RotationCore

struct PeriodicFrequencyTests {
    let d = RelativeTestData.day

    @Test("a week is partial before its Friday and complete from Friday on")
    func weekPartial() {
        // 2025-12-10 is a Wednesday, 12-12 a Friday, 12-13 a Saturday (calendar).
        #expect(PeriodicFrequency.week.isPartial(lastDay: d("2025-12-10")))
        #expect(!PeriodicFrequency.week.isPartial(lastDay: d("2025-12-12")))
        #expect(!PeriodicFrequency.week.isPartial(lastDay: d("2025-12-13")))
    }

    @Test("a week ending on the Thursday before Good Friday counts as partial (no holiday calendar)")
    func goodFridayIsPartial() {
        // 2025-04-18 was Good Friday; the documented weekday rule marks Thursday 04-17 partial.
        #expect(PeriodicFrequency.week.isPartial(lastDay: d("2025-04-17")))
    }

    @Test("a month is partial before its last weekday")
    func monthPartial() {
        // November 2025 ends on a Sunday: its last weekday is Friday 11-28.
        #expect(PeriodicFrequency.month.isPartial(lastDay: d("2025-11-27")))
        #expect(!PeriodicFrequency.month.isPartial(lastDay: d("2025-11-28")))
        #expect(!PeriodicFrequency.month.isPartial(lastDay: d("2025-12-31")))
        #expect(PeriodicFrequency.month.isPartial(lastDay: d("2025-12-30")))
        #expect(!PeriodicFrequency.day.isPartial(lastDay: d("2025-12-30")))
    }

    @Test("a holiday-shortened week is one period ending on its last trading day")
    func holidayWeek() {
        // Thanksgiving 2025-11-27 is missing; the week's last day is Friday 11-28.
        let days = ["2025-11-20", "2025-11-21", "2025-11-24", "2025-11-25", "2025-11-26", "2025-11-28", "2025-12-01"].map(d)
        #expect(PeriodicFrequency.week.periodEndIndices(days) == [1, 5, 6])
        #expect(PeriodicFrequency.month.periodEndIndices(days) == [5, 6])
        #expect(PeriodicFrequency.day.periodEndIndices(days) == Array(0..<7))
        #expect(PeriodicFrequency.week.periodEndIndices([]) == [])
    }

    @Test("the end of the previous period is a Sunday, a month end or the day before")
    func endOfPreviousPeriod() {
        #expect(PeriodicFrequency.week.endOfPreviousPeriod(before: d("2025-12-10")) == d("2025-12-07"))
        #expect(PeriodicFrequency.month.endOfPreviousPeriod(before: d("1926-07-31")) == d("1926-06-30"))
        #expect(PeriodicFrequency.day.endOfPreviousPeriod(before: d("2025-03-01")) == d("2025-02-28"))
    }

    @Test("one vocabulary: day, week and month, with daily, weekly and monthly accepted as aliases")
    func aliases() throws {
        for (name, period) in [("day", PeriodicFrequency.day), ("daily", .day), ("week", .week), ("weekly", .week),
                               ("month", .month), ("monthly", .month)] {
            #expect(PeriodicFrequency(rawValue: name) == period, "\(name)")
        }
        #expect(PeriodicFrequency(rawValue: "fortnight") == nil)
        #expect(PeriodicFrequency(rawValue: "Weekly") == nil)
        #expect(PeriodicFrequency.allCases.map(\.rawValue) == ["day", "week", "month"])
        #expect(PeriodicFrequency.acceptedNames == ["day", "week", "month", "daily", "weekly", "monthly"])
    }

    @Test("the adjective is daily, weekly or monthly (never \"dayly\")")
    func adjective() {
        #expect(PeriodicFrequency.allCases.map(\.adjective) == ["daily", "weekly", "monthly"])
    }

    @Test("a period decodes from either spelling and encodes as its name")
    func codable() throws {
        let decoded = try JSONDecoder().decode([PeriodicFrequency].self, from: Data(#"["daily","week","monthly"]"#.utf8))
        #expect(decoded == [.day, .week, .month])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["day","week","month"]"#)
    }

    @Test("periods per year follow empyrical: 252, 52, 12")
    func periodsPerYear() {
        #expect(PeriodicFrequency.allCases.map(\.periodsPerYear) == [252, 52, 12])
    }
}
