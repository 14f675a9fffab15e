/// One company's fundamentals as of a day, built from its filed facts by the point-in-time
/// rules of `PointInTime` (nothing filed after `asOf` is used).
public struct CompanyFundamentals: Sendable, Equatable {
    public var asOf: TradingDay
    /// Trailing-twelve-month net income (`us-gaap:NetIncomeLoss`, USD; negative for a loss).
    public var netIncome: TrailingFigure?
    /// Trailing-twelve-month diluted EPS (USD per share), summed like net income (an
    /// approximation: per-share figures of different periods have different share counts).
    public var dilutedEarningsPerShare: TrailingFigure?
    /// Trailing-twelve-month revenue under whichever revenue concept reaches the latest period
    /// (the order of `FundamentalConcept.revenueConcepts` breaks ties).
    public var revenue: TrailingFigure?
    /// Cover-page shares outstanding of the latest filing.
    public var sharesOutstanding: InstantFigure?
    /// Stockholders' equity at the latest balance-sheet date.
    public var stockholdersEquity: InstantFigure?

    /// Applies the point-in-time rules to `facts` (any order, any concepts).
    public init(facts: [FilingFact], asOf: TradingDay) {
        self.asOf = asOf
        netIncome = PointInTime.trailingTwelveMonths(facts, concept: FundamentalConcept.netIncome.rawValue, asOf: asOf)
        dilutedEarningsPerShare = PointInTime.trailingTwelveMonths(
            facts, concept: FundamentalConcept.dilutedEarningsPerShare.rawValue, asOf: asOf)
        var best: TrailingFigure?
        for concept in FundamentalConcept.revenueConcepts {
            guard let figure = PointInTime.trailingTwelveMonths(facts, concept: concept.rawValue, asOf: asOf) else { continue }
            if best == nil || figure.periodEnd > best!.periodEnd { best = figure }
        }
        revenue = best
        sharesOutstanding = PointInTime.sharesOutstanding(facts, asOf: asOf)
        stockholdersEquity = PointInTime.latestInstant(facts, concept: FundamentalConcept.stockholdersEquity.rawValue, asOf: asOf)
            .map { InstantFigure(value: $0.value, date: $0.end, filed: $0.filed, accession: $0.accession, classes: 1) }
    }
}
