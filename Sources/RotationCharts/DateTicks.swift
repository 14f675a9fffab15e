import RotationCore

/// A tick on a date axis: the day it stands at and its label.
public struct DateTick: Sendable, Equatable {
    public var day: TradingDay
    public var label: String

    public init(day: TradingDay, label: String) {
        self.day = day
        self.label = label
    }
}

/// Ticks for a date axis, chosen by the span shown.
///
/// - Up to 62 days: every day, every 2 days, or Mondays every 1 or 2 weeks — labelled "Mar 4".
/// - Up to 4 years: the first of every 1, 2, 3, 6 or 12 months (months divisible by the step,
///   counting January as 0) — labelled "Mar 2025".
/// - Longer: 1 January of years divisible by 1, 2, 5, 10, 20, 25, 50 or 100 — labelled "2025".
///
/// The smallest step with at most `maxCount` ticks inside `from…to` (both included) is used.
public enum DateTicks {
    /// The three-letter English month names, January first.
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The ticks for an axis from `from` to `to`.
    public static func ticks(from: TradingDay, to: TradingDay, maxCount: Int = 7) -> [DateTick] {
        guard from <= to else { return [] }
        let span = to.daysSinceEpoch - from.daysSinceEpoch
        let limit = max(maxCount, 2)
        if span <= 62 {
            return dayTicks(from: from, to: to, limit: limit)
        } else if span <= 4 * 366 {
            return monthTicks(from: from, to: to, limit: limit)
        } else {
            return yearTicks(from: from, to: to, limit: limit)
        }
    }

    private static func dayTicks(from: TradingDay, to: TradingDay, limit: Int) -> [DateTick] {
        var chosen: [TradingDay] = []
        for step in [1, 2, 7, 14, 28] {
            var first = from
            if step >= 7 { first = from.isoWeekday == 1 ? from : from.startOfWeek.adding(days: 7) }
            chosen = stride(from: first.daysSinceEpoch, through: to.daysSinceEpoch, by: step).map(TradingDay.init(daysSinceEpoch:))
            if chosen.count <= limit { break }
        }
        return chosen.map { DateTick(day: $0, label: "\(monthNames[$0.month - 1]) \($0.day)") }
    }

    private static func monthTicks(from: TradingDay, to: TradingDay, limit: Int) -> [DateTick] {
        var chosen: [TradingDay] = []
        for step in [1, 2, 3, 6, 12] {
            chosen = []
            var month = from.day == 1 ? from : from.startOfMonth.adding(months: 1)
            while month <= to {
                if (month.month - 1) % step == 0 { chosen.append(month) }
                month = month.adding(months: 1)
            }
            if chosen.count <= limit { break }
        }
        return chosen.map { DateTick(day: $0, label: "\(monthNames[$0.month - 1]) \($0.year)") }
    }

    private static func yearTicks(from: TradingDay, to: TradingDay, limit: Int) -> [DateTick] {
        let firstYear = from.month == 1 && from.day == 1 ? from.year : from.year + 1
        var years: [Int] = []
        for step in [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000] {
            let start = (firstYear + step - 1) / step * step
            years = Array(stride(from: start, through: to.year, by: step))
            if years.count <= limit { break }
        }
        return years.compactMap { year in TradingDay(year: year, month: 1, day: 1).map { DateTick(day: $0, label: String(year)) } }
    }
}
