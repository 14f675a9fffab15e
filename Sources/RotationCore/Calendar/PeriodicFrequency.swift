/// The calendar period that results are measured in: relative strength, rotation maps, cycles
/// and risk metrics (`--period` everywhere).
///
/// Weeks run Monday–Sunday (ISO weeks); months are calendar months. A period's value is taken
/// at its last trading day in the data, so a holiday-shortened week is still one week and a week
/// whose Friday is a holiday ends on Thursday.
///
/// One vocabulary: the names are `day`, `week` and `month`; the adjectives `daily`, `weekly`
/// and `monthly` are accepted as aliases wherever a period is read (`init(rawValue:)`, so the
/// CLI, the API and JSON decoding alike), and `adjective` is what prose and the metrics result
/// print.
public enum PeriodicFrequency: String, Sendable, Codable, CaseIterable {
    case day, week, month

    /// `day`, `week` or `month`, or their adjectives `daily`, `weekly`, `monthly`.
    public init?(rawValue: String) {
        switch rawValue {
        case "day", "daily": self = .day
        case "week", "weekly": self = .week
        case "month", "monthly": self = .month
        default: return nil
        }
    }

    /// The alias spelling of `.day`, as Swift code may name it.
    public static let daily = PeriodicFrequency.day
    /// The alias spelling of `.week`, as Swift code may name it.
    public static let weekly = PeriodicFrequency.week
    /// The alias spelling of `.month`, as Swift code may name it.
    public static let monthly = PeriodicFrequency.month

    /// `daily`, `weekly` or `monthly`: the word for prose ("measured weekly") and the value of
    /// the metrics result's `period` key.
    public var adjective: String {
        switch self {
        case .day: "daily"
        case .week: "weekly"
        case .month: "monthly"
        }
    }

    /// Every spelling `init(rawValue:)` accepts: the names, then the adjectives.
    public static var acceptedNames: [String] {
        allCases.map(\.rawValue) + allCases.map(\.adjective)
    }

    /// The conventional number of periods per year: 252 trading days, 52 weeks, 12 months
    /// (empyrical's `ANNUALIZATION_FACTORS`). Callers may override it per call.
    public var periodsPerYear: Int {
        switch self {
        case .day: 252
        case .week: 52
        case .month: 12
        }
    }

    /// A number identifying the period that contains `day`: equal for two days exactly when
    /// they fall in the same period, and increasing with time.
    public func periodKey(of day: TradingDay) -> Int {
        switch self {
        case .day:
            return day.daysSinceEpoch
        case .week:
            return day.startOfWeek.daysSinceEpoch
        case .month:
            let (year, month, _) = day.civil
            return year * 12 + month - 1
        }
    }

    /// The last calendar day of the period before the one containing `day`: a Sunday for weeks,
    /// a month's last day for months, the previous calendar day for days. Used to date the
    /// starting level of a cumulated return series.
    public func endOfPreviousPeriod(before day: TradingDay) -> TradingDay {
        switch self {
        case .day: day.adding(days: -1)
        case .week: day.startOfWeek.adding(days: -1)
        case .month: day.startOfMonth.adding(days: -1)
        }
    }

    /// Whether a period whose data end on `lastDay` is still in progress.
    ///
    /// Without a holiday calendar the rule is by weekday: a week is partial when `lastDay` is
    /// before its Friday; a month is partial when `lastDay` is before the month's last weekday
    /// (Monday–Friday); a day is never partial. A week or month whose remaining weekdays are all
    /// holidays (a Thursday before Good Friday) is therefore reported partial; callers apply the
    /// rule only to the period that contains the as-of day, when the data end there.
    public func isPartial(lastDay: TradingDay) -> Bool {
        switch self {
        case .day:
            return false
        case .week:
            return lastDay.isoWeekday < 5
        case .month:
            let (y, m, _) = lastDay.civil
            var last = TradingDay(year: y, month: m, day: TradingDay.daysInMonth(year: y, month: m))!
            while last.isWeekend { last = last.adding(days: -1) }
            return lastDay < last
        }
    }

    /// Indices of the last element of each period in ascending `days` (one per period, in order).
    /// One pass, O(n).
    public func periodEndIndices(_ days: [TradingDay]) -> [Int] {
        var ends: [Int] = []
        guard !days.isEmpty else { return ends }
        ends.reserveCapacity(self == .day ? days.count : days.count / (self == .week ? 4 : 20) + 2)
        var currentKey = periodKey(of: days[0])
        for i in 1..<days.count {
            let key = periodKey(of: days[i])
            if key != currentKey {
                ends.append(i - 1)
                currentKey = key
            }
        }
        ends.append(days.count - 1)
        return ends
    }
}
