/// Resampling of daily series to calendar weeks (Monday–Sunday) or calendar months.
///
/// A period is represented by its last observation and dated on that observation's own day
/// (the last trading day of the week or month, not the calendar end). A partial period at
/// either end is kept: a series ending on a Wednesday ends with that Wednesday's week.
extension Series {
    /// The last value of each calendar period, for price series: the close on the last
    /// trading day of each week or month. `.daily` returns the series unchanged.
    /// Matches pandas `resample("W-SUN").last()` / `resample("M").last()` up to the label.
    public func lastOfEachPeriod(_ period: MetricsPeriod) -> Series {
        guard period != .daily, count > 0 else { return self }
        var outDays: [TradingDay] = []
        var outValues: [Double] = []
        for i in 0..<count {
            let isLast = i == count - 1 || periodKey(days[i], period) != periodKey(days[i + 1], period)
            if isLast {
                outDays.append(days[i])
                outValues.append(values[i])
            }
        }
        return Series(name: name, kind: kind, days: outDays, values: outValues)
    }

    /// Returns compounded within each calendar period, for return series:
    /// `Π(1 + r) − 1` over the period's returns, dated on its last day. `.daily` returns the
    /// series unchanged.
    public func compoundedByPeriod(_ period: MetricsPeriod) -> Series {
        guard period != .daily, count > 0 else { return self }
        var outDays: [TradingDay] = []
        var outValues: [Double] = []
        var growth = 1.0
        for i in 0..<count {
            growth *= 1 + values[i]
            if i == count - 1 || periodKey(days[i], period) != periodKey(days[i + 1], period) {
                outDays.append(days[i])
                outValues.append(growth - 1)
                growth = 1
            }
        }
        return Series(name: name, kind: kind, days: outDays, values: outValues)
    }
}

/// A number that is equal for two days exactly when they fall in the same calendar period.
func periodKey(_ day: TradingDay, _ period: MetricsPeriod) -> Int {
    switch period {
    case .daily:
        return day.daysSinceEpoch
    case .weekly:
        // 1970-01-01 was a Thursday, so day −3 (1969-12-29) is a Monday: weeks start at
        // multiples of 7 after it. Floor division keeps days before 1970 correct.
        let shifted = day.daysSinceEpoch + 3
        return shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
    case .monthly:
        let (year, month, _) = day.civil
        return year * 12 + month
    }
}
