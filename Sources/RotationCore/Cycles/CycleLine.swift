/// A level line sampled once per period, the input of cycle analysis: A/B, one price series, or
/// a cumulated return series.
public struct CycleLine: Sendable, Equatable {
    /// The date of each level (a period's last day in the data), ascending.
    public private(set) var dates: [TradingDay]
    /// Positive levels, one per date.
    public private(set) var levels: [Double]

    /// A line from explicit points. `dates` strictly ascending, `levels` positive and finite.
    public init(dates: [TradingDay], levels: [Double]) {
        precondition(dates.count == levels.count, "CycleLine dates and levels differ in length")
        self.dates = dates
        self.levels = levels
    }

    public var count: Int { dates.count }

    /// A/B at each period's last common day (or A alone when `closesB` is `nil`), up to `asOf`.
    /// Days where a needed close is missing (NaN) or not positive are skipped.
    public static func relative(
        days: [TradingDay], closesA: [Double], closesB: [Double]?, period: PeriodicFrequency, asOf: TradingDay? = nil
    ) -> CycleLine {
        let pair = RelativePair(days: days, closesA: closesA,
                                closesB: closesB ?? Array(repeating: 1, count: closesA.count), asOf: asOf)
        let ends = period.periodEndIndices(pair.days)
        return CycleLine(dates: ends.map { pair.days[$0] }, levels: ends.map { pair.ratio(at: $0) })
    }

    /// The growth of 1 invested in a return series: level_t = ∏ (1 + scale·r_i) over returns up to t.
    ///
    /// `scale` is 0.01 for returns in percent (Fama–French factors) and 1 for fractions. The
    /// starting level 1 is dated at the end of the period before the first return
    /// (`PeriodicFrequency.endOfPreviousPeriod`), so a fall in the very first period is an
    /// underperformance from that start. NaN returns are skipped (missing, not zero). Returns
    /// dated within one period compound into that period's level.
    public static func cumulated(
        days: [TradingDay], returns: [Double], scale: Double, period: PeriodicFrequency, asOf: TradingDay? = nil
    ) -> CycleLine {
        precondition(days.count == returns.count, "returns and days differ in length")
        let upper = asOf.map { (days.lastIndex(onOrBefore: $0) ?? -1) + 1 } ?? days.count
        var d: [TradingDay] = [], v: [Double] = []
        d.reserveCapacity(upper + 1)
        v.reserveCapacity(upper + 1)
        var level = 1.0
        for i in 0..<upper where returns[i].isFinite {
            if d.isEmpty {
                d.append(period.endOfPreviousPeriod(before: days[i]))
                v.append(level)
            }
            level *= 1 + scale * returns[i]
            d.append(days[i])
            v.append(level)
        }
        let ends = period.periodEndIndices(d)
        return CycleLine(dates: ends.map { d[$0] }, levels: ends.map { v[$0] })
    }
}
