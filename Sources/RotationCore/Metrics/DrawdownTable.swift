/// One drawdown episode: from a peak of the compounded series, down to its lowest point,
/// and back to the peak's level (or still open at the end of the data).
public struct DrawdownPeriod: Sendable, Equatable, Codable {
    /// The day of the peak: the last day before the fall on which the series stood at its
    /// running high. `nil` only when the peak is the starting value of a return series whose
    /// base day is unknown (a first-period loss with `baseDay` not given).
    @ExplicitNull public var peakDate: TradingDay? = nil
    /// The day of the lowest value of the episode.
    public var troughDate: TradingDay
    /// The first day on which the series was back at or above the peak; `nil` while open.
    @ExplicitNull public var recoveryDate: TradingDay? = nil
    /// `trough / peak − 1`, in [−1, 0).
    public var depth: Double
    /// Periods from peak to trough.
    public var peakToTroughPeriods: Int
    /// Periods from peak to recovery; `nil` while open.
    @ExplicitNull public var peakToRecoveryPeriods: Int? = nil

    enum CodingKeys: String, CodingKey {
        case peakDate = "peak_date", troughDate = "trough_date", recoveryDate = "recovery_date"
        case depth
        case peakToTroughPeriods = "peak_to_trough_periods"
        case peakToRecoveryPeriods = "peak_to_recovery_periods"
    }
}

/// The `count` deepest drawdown episodes of a return series, deepest first.
///
/// The series is compounded from `W₀ = 1` on `baseDay` (the day of the first price: returns
/// are dated on the later day, so the base precedes the first return). An episode starts when
/// the series falls below its running high and ends on the first day it is back at or above
/// that high (the recovery day); episodes do not overlap. A fall in the very first period is
/// an episode whose peak is the base day; one still under water at the end has no recovery.
/// Lengths count periods (returns), so a one-day dip that recovers the next day has
/// peak-to-trough 1 and peak-to-recovery 2. Ties in depth keep chronological order.
/// Reference: the episode definition of pyfolio's `gen_drawdown_table`, with the first-period
/// loss counted as empyrical's `max_drawdown` counts it.
public func drawdownTable(days: [TradingDay], returns: [Double], baseDay: TradingDay?, count: Int) -> [DrawdownPeriod] {
    precondition(days.count == returns.count, "days and returns differ in length")
    guard count > 0 else { return [] }
    // Positions: 0 is the base, position i ≥ 1 is after returns[i − 1] (dated days[i − 1]).
    func date(_ position: Int) -> TradingDay? { position == 0 ? baseDay : days[position - 1] }
    var episodes: [DrawdownPeriod] = []
    var wealth = 1.0, peak = 1.0, peakPosition = 0
    var trough = 1.0, troughPosition = 0
    var open = false
    for i in 0..<returns.count {
        let position = i + 1
        wealth *= 1 + returns[i]
        if wealth >= peak {
            if open {
                episodes.append(DrawdownPeriod(
                    peakDate: date(peakPosition), troughDate: days[troughPosition - 1], recoveryDate: days[i],
                    depth: trough / peak - 1, peakToTroughPeriods: troughPosition - peakPosition,
                    peakToRecoveryPeriods: position - peakPosition))
                open = false
            }
            peak = wealth
            peakPosition = position
        } else if !open || wealth < trough {
            open = true
            trough = wealth
            troughPosition = position
        }
    }
    if open {
        episodes.append(DrawdownPeriod(
            peakDate: date(peakPosition), troughDate: days[troughPosition - 1], recoveryDate: nil,
            depth: trough / peak - 1, peakToTroughPeriods: troughPosition - peakPosition,
            peakToRecoveryPeriods: nil))
    }
    let ranked = episodes.enumerated().sorted {
        $0.element.depth != $1.element.depth ? $0.element.depth < $1.element.depth : $0.offset < $1.offset
    }
    return ranked.prefix(count).map(\.element)
}
