/// A calendar date with no time of day: the number of days since 1970-01-01.
///
/// Rotation never uses `Date` for market days: a midnight-UTC `Date` shifts by a day when
/// rendered in another time zone. `TradingDay` is a plain day count, ordered, hashable and
/// rendered as ISO `YYYY-MM-DD` at the edges. Civil-calendar conversions use the proleptic
/// Gregorian calendar (Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms).
public struct TradingDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// The day for a civil date, or `nil` when the date does not exist (2025-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= TradingDay.daysInMonth(year: year, month: month) else { return nil }
        self.daysSinceEpoch = TradingDay.daysFromCivil(year: year, month: month, day: day)
    }

    public static func < (lhs: TradingDay, rhs: TradingDay) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    /// The civil date (year, month 1–12, day 1–31).
    public var civil: (year: Int, month: Int, day: Int) {
        TradingDay.civilFromDays(daysSinceEpoch)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    public var isoWeekday: Int {
        let monday0 = (daysSinceEpoch + 3) % 7
        return (monday0 < 0 ? monday0 + 7 : monday0) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> TradingDay {
        TradingDay(daysSinceEpoch: daysSinceEpoch + n)
    }

    /// The same day-of-month `n` months later, clamped to the month's last day
    /// (2024-03-31 minus one month is 2024-02-29).
    public func adding(months n: Int) -> TradingDay {
        let (y, m, d) = civil
        let total = y * 12 + (m - 1) + n
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(d, TradingDay.daysInMonth(year: newYear, month: newMonth))
        return TradingDay(daysSinceEpoch: TradingDay.daysFromCivil(year: newYear, month: newMonth, day: newDay))
    }

    /// The same date `n` years later, clamped (2024-02-29 plus one year is 2025-02-28).
    public func adding(years n: Int) -> TradingDay { adding(months: 12 * n) }

    /// The Monday of this day's ISO week (Monday–Sunday weeks).
    public var startOfWeek: TradingDay { adding(days: 1 - isoWeekday) }

    /// The first day of this day's month.
    public var startOfMonth: TradingDay {
        let (y, m, _) = civil
        return TradingDay(daysSinceEpoch: TradingDay.daysFromCivil(year: y, month: m, day: 1))
    }

    /// The first day of this day's calendar quarter.
    public var startOfQuarter: TradingDay {
        let (y, m, _) = civil
        let firstMonth = ((m - 1) / 3) * 3 + 1
        return TradingDay(daysSinceEpoch: TradingDay.daysFromCivil(year: y, month: firstMonth, day: 1))
    }

    /// January 1 of this day's year.
    public var startOfYear: TradingDay {
        TradingDay(daysSinceEpoch: TradingDay.daysFromCivil(year: year, month: 1, day: 1))
    }

    /// Number of days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap-year rule.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    // Howard Hinnant, civil_from_days.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
