/// Resampling of daily series to calendar weeks (Monday–Sunday) or calendar months.
///
/// A period is represented by its last observation and dated on that observation's own day
/// (the last trading day of the week or month, not the calendar end). A partial period at
/// either end is kept: a series ending on a Wednesday ends with that Wednesday's week.
extension Series {
    /// The last value of each calendar period, for price series: the close on the last
    /// trading day of each week or month. `.day` returns the series unchanged.
    /// Matches pandas `resample("W-SUN").last()` / `resample("M").last()` up to the label.
    public func lastOfEachPeriod(_ period: PeriodicFrequency) -> Series {
        guard period != .day, count > 0 else { return self }
        var outDays: [TradingDay] = []
        var outValues: [Double] = []
        for i in 0..<count {
            let isLast = i == count - 1 || period.periodKey(of: days[i]) != period.periodKey(of: days[i + 1])
            if isLast {
                outDays.append(days[i])
                outValues.append(values[i])
            }
        }
        return Series(name: name, kind: kind, days: outDays, values: outValues)
    }

    /// Returns compounded within each calendar period, for return series:
    /// `Π(1 + r) − 1` over the period's returns, dated on its last day. `.day` returns the
    /// series unchanged.
    public func compoundedByPeriod(_ period: PeriodicFrequency) -> Series {
        guard period != .day, count > 0 else { return self }
        var outDays: [TradingDay] = []
        var outValues: [Double] = []
        var growth = 1.0
        for i in 0..<count {
            growth *= 1 + values[i]
            if i == count - 1 || period.periodKey(of: days[i]) != period.periodKey(of: days[i + 1]) {
                outDays.append(days[i])
                outValues.append(growth - 1)
                growth = 1
            }
        }
        return Series(name: name, kind: kind, days: outDays, values: outValues)
    }
}
