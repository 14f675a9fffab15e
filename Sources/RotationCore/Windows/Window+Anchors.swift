/// Where a window's start value is looked up, relative to the day its end value comes from.
public enum WindowStart: Sendable, Equatable {
    /// The trading day before the end day (`1d`).
    case previousTradingDay
    /// The trading day this many rows before the end day on the series' own calendar (`Nd`).
    case tradingDaysBefore(Int)
    /// The last trading day on or before this date.
    case onOrBefore(TradingDay)
}

extension Window {
    /// The latest day the window's end value may come from: the as-of date, or for `year:` and
    /// `range:` the window's own last date when that is earlier.
    public func endLimit(asOf: TradingDay) -> TradingDay {
        switch self {
        case .calendarYear(let year):
            // December 31 always exists.
            min(asOf, TradingDay(year: year, month: 12, day: 31)!)
        case .range(_, let last):
            min(asOf, last)
        default:
            asOf
        }
    }

    /// The start anchor of the window whose end value comes from `end` (a trading day).
    ///
    /// Calendar spans count back from `end` with `TradingDay.adding(days:/months:/years:)`, which
    /// clamps to the month's last day (2024-02-29 minus 1y is 2023-02-28). The to-date windows
    /// anchor on the last calendar day before `end`'s week (Sunday), month, quarter or year;
    /// the start is then the last trading day on or before that anchor.
    public func start(endingOn end: TradingDay) -> WindowStart {
        switch self {
        case .oneDay: .previousTradingDay
        case .tradingDays(let n): .tradingDaysBefore(n)
        case .weekToDate: .onOrBefore(end.startOfWeek.adding(days: -1))
        case .monthToDate: .onOrBefore(end.startOfMonth.adding(days: -1))
        case .quarterToDate: .onOrBefore(end.startOfQuarter.adding(days: -1))
        case .yearToDate: .onOrBefore(end.startOfYear.adding(days: -1))
        case .trailingWeeks(let n): .onOrBefore(end.adding(days: -7 * n))
        case .trailingMonths(let n): .onOrBefore(end.adding(months: -n))
        case .trailingYears(let n): .onOrBefore(end.adding(years: -n))
        case .since(let day): .onOrBefore(day)
        // December 31 always exists.
        case .calendarYear(let year): .onOrBefore(TradingDay(year: year - 1, month: 12, day: 31)!)
        case .range(let first, _): .onOrBefore(first)
        }
    }
}
