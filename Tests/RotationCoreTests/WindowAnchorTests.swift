import RotationCore
import Testing

/// Window anchors on a synthetic calendar: weekdays 2023-01-02…2025-03-31 without the 2024-12-25,
/// 2025-01-01, 2025-01-20 (Martin Luther King Jr. Day, a Monday) and 2025-02-17 (Presidents' Day,
/// a Monday) holidays. Close on row i is 100 + i, so values identify rows. Expected dates are
/// hand-computed from the contract's window table and a printed calendar.
struct WindowAnchorTests {
    static let days = weekdays(from: "2023-01-02", through: "2025-03-31",
                               except: ["2024-12-25", "2025-01-01", "2025-01-20", "2025-02-17"])
    static let closes = days.indices.map { 100 + Double($0) }

    func resolve(_ text: String, asOf: String, closes: [Double] = closes) -> WindowReturn {
        windowReturn(days: Self.days, closes: closes, window: Window(text)!, asOf: day(asOf), symbol: "SYN")
    }

    func dates(_ text: String, asOf: String) -> [String?] {
        let row = resolve(text, asOf: asOf)
        return [row.startDate?.description, row.endDate?.description]
    }

    @Test("1d after a Monday holiday starts on the Friday before it")
    func oneDayAfterHoliday() {
        #expect(dates("1d", asOf: "2025-01-21") == ["2025-01-17", "2025-01-21"])
    }

    @Test("a weekend as-of ends on the Friday and counts spans back from the Friday")
    func weekendAsOf() {
        #expect(dates("1d", asOf: "2025-01-26") == ["2025-01-23", "2025-01-24"])
        // 2025-01-24 minus one month is 2024-12-24 (a Tuesday); from the Sunday it would be 12-26.
        #expect(dates("1m", asOf: "2025-01-26") == ["2024-12-24", "2025-01-24"])
    }

    @Test("week on a Monday starts on the previous Friday, as 1d does")
    func weekOnMonday() {
        #expect(dates("week", asOf: "2025-01-27") == ["2025-01-24", "2025-01-27"])
        #expect(dates("1d", asOf: "2025-01-27") == ["2025-01-24", "2025-01-27"])
    }

    @Test("week on a Friday starts on the Friday a week earlier")
    func weekOnFriday() {
        #expect(dates("week", asOf: "2025-01-31") == ["2025-01-24", "2025-01-31"])
    }

    @Test("week after a Monday holiday starts on the previous Friday")
    func weekAfterHoliday() {
        #expect(dates("week", asOf: "2025-01-21") == ["2025-01-17", "2025-01-21"])
        #expect(dates("1w", asOf: "2025-01-21") == ["2025-01-14", "2025-01-21"])
    }

    @Test("a span whose anchor is a Monday holiday starts on the Friday before it")
    func anchorOnHoliday() {
        // 2025-02-20 minus one month is 2025-01-20, MLK day (not a session).
        #expect(dates("1m", asOf: "2025-02-20") == ["2025-01-17", "2025-02-20"])
    }

    @Test("to-date windows start on the last session of the previous period")
    func toDate() {
        #expect(dates("mtd", asOf: "2025-01-02") == ["2024-12-31", "2025-01-02"])
        #expect(dates("ytd", asOf: "2025-01-02") == ["2024-12-31", "2025-01-02"])
        #expect(dates("qtd", asOf: "2025-02-18") == ["2024-12-31", "2025-02-18"])
        #expect(dates("mtd", asOf: "2025-03-31") == ["2025-02-28", "2025-03-31"])
        // 2024-09-30 is a Monday, the quarter's last session.
        #expect(dates("qtd", asOf: "2024-10-01") == ["2024-09-30", "2024-10-01"])
    }

    @Test("month spans clamp to the shorter month's end")
    func monthEnds() {
        #expect(dates("1m", asOf: "2025-03-31") == ["2025-02-28", "2025-03-31"])
        #expect(dates("3m", asOf: "2025-03-31") == ["2024-12-31", "2025-03-31"])
        #expect(dates("6m", asOf: "2024-05-31") == ["2023-11-30", "2024-05-31"])
        // 2024-11-28 (Thanksgiving) is a session on this synthetic calendar.
        #expect(dates("3m", asOf: "2025-02-28") == ["2024-11-28", "2025-02-28"])
        // 2025-02-28 minus one month is 2025-01-28, and 2025-01-31 minus one month 2024-12-31.
        #expect(dates("1m", asOf: "2025-01-31") == ["2024-12-31", "2025-01-31"])
    }

    @Test("one year before a leap day is February 28")
    func leapDay() {
        #expect(dates("1y", asOf: "2024-02-29") == ["2023-02-28", "2024-02-29"])
        // 2025-02-28 minus one year is 2024-02-28, not the leap day.
        #expect(dates("1y", asOf: "2025-02-28") == ["2024-02-28", "2025-02-28"])
    }

    @Test("year:2024 runs from the last session of 2023 to the last of 2024")
    func calendarYear() {
        #expect(dates("year:2024", asOf: "2025-03-14") == ["2023-12-29", "2024-12-31"])
        #expect(dates("year:2025", asOf: "2025-03-14") == ["2024-12-31", "2025-03-14"])
    }

    @Test("a year that has not started has no return")
    func futureYear() {
        let row = resolve("year:2026", asOf: "2025-03-14")
        #expect(row.return == nil)
        #expect(row.note == "the window starts 2025-12-31, not before its end 2025-03-14")
    }

    @Test("range starts on or before D1 and ends on or before D2")
    func range() {
        #expect(dates("range:2025-01-20..2025-02-17", asOf: "2025-03-31") == ["2025-01-17", "2025-02-14"])
        #expect(dates("range:2025-01-20..2025-06-30", asOf: "2025-03-14") == ["2025-01-17", "2025-03-14"])
    }

    @Test("since a Saturday starts on the Friday before it")
    func sinceWeekend() {
        #expect(dates("since:2025-01-18", asOf: "2025-03-31") == ["2025-01-17", "2025-03-31"])
    }

    @Test("the return is end over start minus one")
    func returnValue() {
        let row = resolve("1d", asOf: "2023-01-03")
        // Rows 0 and 1: closes 100 and 101.
        #expect(row.startValue == 100)
        #expect(row.endValue == 101)
        #expect(row.return == 101.0 / 100.0 - 1)
    }

    @Test("a symbol that starts mid-window is not covered")
    func notCovered() {
        let late = Array(Self.days.drop { $0 < day("2025-01-06") })
        let row = windowReturn(days: late, closes: late.map { _ in 1 }, window: .yearToDate,
                               asOf: day("2025-03-14"), symbol: "NEW")
        #expect(row.return == nil)
        #expect(row.startDate == nil)
        #expect(row.endDate == day("2025-03-14"))
        #expect(row.note == "no close on or before 2024-12-31, the window's start; data begin 2025-01-06")
    }

    @Test("1d on the first row is not covered")
    func oneDayOnFirstRow() {
        let row = resolve("1d", asOf: "2023-01-02")
        #expect(row.return == nil)
        #expect(row.note == "no close before 2023-01-02; data begin 2023-01-02")
    }

    @Test("an as-of before the data has no end")
    func asOfBeforeData() {
        let row = resolve("1m", asOf: "2022-06-30")
        #expect(row.endDate == nil)
        #expect(row.note == "no close on or before 2022-06-30; data begin 2023-01-02")
    }

    @Test("missing closes are skipped back at both ends")
    func missingValues() {
        var closes = Self.closes
        let friday = Self.days.firstIndex(of: day("2025-01-17"))!
        let end = Self.days.firstIndex(of: day("2025-03-31"))!
        closes[friday] = .nan
        closes[end] = .nan
        let row = windowReturn(days: Self.days, closes: closes, window: .since(day("2025-01-20")),
                               asOf: day("2025-03-31"), symbol: "GAP")
        #expect(row.startDate == day("2025-01-16"))
        #expect(row.endDate == day("2025-03-28"))
        #expect(row.return == closes[end - 1] / closes[friday - 1] - 1)
    }

    @Test("without an as-of the window ends on the last day")
    func defaultAsOf() {
        let row = windowReturn(days: Self.days, closes: Self.closes, window: .oneDay, asOf: nil, symbol: "SYN")
        #expect(row.endDate == day("2025-03-31"))
        #expect(row.startDate == day("2025-03-28"))
    }
}
