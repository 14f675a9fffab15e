import RotationCore

/// Interest accrual between consecutive closes, ACT/360.
///
/// For day `t` of a run, `rate(t)` is the rate series' last value on or before the previous
/// close's date `days[t−1]`, as a fraction (percent / 100), and `yearFraction(t)` is the calendar
/// days from `days[t−1]` to `days[t]` over 360. A balance earning the rate grows by
/// `balance × rate(t) × yearFraction(t)` from close t−1 to close t.
struct CashAccrual {
    /// `rate(t)` as a fraction per year, index-aligned with the run's days (0 at index 0 and
    /// before `start`; 0 everywhere without a series).
    var rates: [Double]
    /// Calendar days from the previous close over 360, index-aligned (0 at index 0).
    var yearFractions: [Double]

    /// Accrual inputs for `days[start...]`; errors if the series has no value on or before a
    /// previous close the run needs.
    init(days: [TradingDay], start: Int, series: Series?) throws {
        rates = [Double](repeating: 0, count: days.count)
        yearFractions = [Double](repeating: 0, count: days.count)
        guard start + 1 < days.count else { return }
        for t in (start + 1)..<days.count {
            yearFractions[t] = Double(days[t].daysSinceEpoch - days[t - 1].daysSinceEpoch) / 360
            guard let series else { continue }
            guard let j = series.days.lastIndex(onOrBefore: days[t - 1]) else {
                throw BacktestError.rateUnavailable(name: series.name, day: days[t - 1])
            }
            rates[t] = series.values[j] / 100
        }
    }
}
