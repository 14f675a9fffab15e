/// A trailing-twelve-month figure as of a day, and the reported periods it was built from.
public struct TrailingFigure: Sendable, Equatable {
    /// How the figure was built.
    public enum Method: String, Sendable, Codable {
        /// The last fiscal year alone (no later year-to-date figure was public).
        case annual
        /// Last fiscal year + current year-to-date − the prior year's same year-to-date.
        case annualPlusYearToDate = "annual_plus_year_to_date"
        /// The last fiscal year alone although a later year-to-date figure was public: its
        /// prior-year comparative was not found, so the figure is older than it could be.
        case annualWithoutComparative = "annual_without_comparative"
    }

    public var value: Double
    /// Last day of the twelve months covered.
    public var periodEnd: TradingDay
    public var method: Method
    public var annual: FilingFact
    public var yearToDate: FilingFact?
    public var priorYearToDate: FilingFact?
    /// The newest filing date among the facts used.
    public var filed: TradingDay {
        [annual.filed, yearToDate?.filed, priorYearToDate?.filed].compactMap { $0 }.max()!
    }
}

/// Point-in-time rules over one company's facts: only figures filed on or before the as-of
/// day are seen, and for a period reported several times (restatements, comparatives in later
/// filings) the latest such filing wins. Periods are recognised by their dates, never by
/// `fy`/`fp`, so fiscal years ending in January (Marvell) and facts without `fy`/`fp` need no
/// special case.
///
/// Trailing twelve months (TTM) = A + Y − P, where
/// - A is the latest fiscal year (a duration of 340…380 days) in a periodic report,
/// - Y the longest year-to-date duration (under 340 days) starting the day after A ends
///   (within 7 days), and
/// - P the prior year's same year-to-date: a duration starting with A (within 7 days) whose
///   length is within 14 days of Y's (52/53-week years move it by a week).
/// With no Y the figure is A alone (`method` `annual`); with Y but no P, A alone marked
/// `annual_without_comparative`. `nil` when no annual figure is public by the day.
///
/// Example (Apple, issue #22): as of 2024-10-31, A = FY2023 96,995, Y = 9M FY2024 79,000,
/// P = 9M FY2023 74,039 → 101,956 (million USD); as of 2024-11-05 the FY2024 10-K is public
/// and TTM = 93,736.
public enum PointInTime {
    /// Durations of this many days or more (and at most `annualMaxDays`) are fiscal years.
    public static let annualMinDays = 340
    public static let annualMaxDays = 380
    /// How far a year-to-date start may sit from the day after the fiscal year's end.
    public static let startToleranceDays = 7
    /// How far the prior year's year-to-date length may differ from the current one's.
    public static let lengthToleranceDays = 14

    /// The latest filing on or before `asOf` for each reported period (start, end) of the
    /// periodic-report facts of `concept`.
    public static func visiblePeriods(_ facts: [FilingFact], concept: String, asOf: TradingDay) -> [FilingFact] {
        struct Period: Hashable { var start: TradingDay?; var end: TradingDay }
        var latest: [Period: FilingFact] = [:]
        for fact in facts where fact.concept == concept && fact.filed <= asOf && fact.isPeriodicReport {
            let key = Period(start: fact.start, end: fact.end)
            if let seen = latest[key], (seen.filed, seen.accession) >= (fact.filed, fact.accession) { continue }
            latest[key] = fact
        }
        return latest.values.sorted { ($0.end, $0.start ?? $0.end) < ($1.end, $1.start ?? $1.end) }
    }

    /// The trailing-twelve-month figure of a duration concept as of `asOf` (rule above).
    public static func trailingTwelveMonths(_ facts: [FilingFact], concept: String, asOf: TradingDay) -> TrailingFigure? {
        let periods = visiblePeriods(facts, concept: concept, asOf: asOf).filter { $0.start != nil }
        let annuals = periods.filter { ($0.durationDays ?? 0) >= annualMinDays && ($0.durationDays ?? 0) <= annualMaxDays }
        guard let annual = annuals.max(by: { $0.end < $1.end }), let annualStart = annual.start else { return nil }
        let nextStart = annual.end.adding(days: 1)
        let yearToDates = periods.filter {
            $0.end > annual.end && ($0.durationDays ?? 0) < annualMinDays
                && abs($0.start!.daysSinceEpoch - nextStart.daysSinceEpoch) <= startToleranceDays
        }.sorted { $0.end > $1.end }
        guard !yearToDates.isEmpty else {
            return TrailingFigure(value: annual.value, periodEnd: annual.end, method: .annual, annual: annual)
        }
        for current in yearToDates {
            let length = current.durationDays!
            let comparatives = periods.filter {
                $0.end < annual.end && abs($0.start!.daysSinceEpoch - annualStart.daysSinceEpoch) <= startToleranceDays
                    && abs($0.durationDays! - length) <= lengthToleranceDays
            }
            guard let prior = comparatives.min(by: { abs($0.durationDays! - length) < abs($1.durationDays! - length) }) else {
                continue
            }
            return TrailingFigure(value: annual.value + current.value - prior.value, periodEnd: current.end,
                                  method: .annualPlusYearToDate, annual: annual, yearToDate: current, priorYearToDate: prior)
        }
        return TrailingFigure(value: annual.value, periodEnd: annual.end, method: .annualWithoutComparative, annual: annual)
    }

    /// The latest instant figure of `concept` as of `asOf`: the latest period end among
    /// periodic-report facts filed by then, with the latest filing for that end.
    public static func latestInstant(_ facts: [FilingFact], concept: String, asOf: TradingDay) -> FilingFact? {
        visiblePeriods(facts, concept: concept, asOf: asOf).last { $0.start == nil }
    }

    /// Shares outstanding from the cover page (`dei:EntityCommonStockSharesOutstanding`) of the
    /// latest filing on or before `asOf`, any form. A cover page listing several share classes
    /// carries one count per class for the same date: they are summed.
    public static func sharesOutstanding(_ facts: [FilingFact], asOf: TradingDay) -> InstantFigure? {
        let cover = facts.filter { $0.concept == FundamentalConcept.sharesOutstanding.rawValue && $0.filed <= asOf }
        guard let newest = cover.max(by: { ($0.filed, $0.accession, $0.end) < ($1.filed, $1.accession, $1.end) }) else {
            return nil
        }
        let counts = cover.filter { $0.accession == newest.accession && $0.end == newest.end }
        return InstantFigure(value: counts.reduce(0) { $0 + $1.value }, date: newest.end, filed: newest.filed,
                             accession: newest.accession, classes: counts.count)
    }
}

/// A point-in-time count or balance: its value, the day it was measured, and its filing.
public struct InstantFigure: Sendable, Equatable {
    public var value: Double
    public var date: TradingDay
    public var filed: TradingDay
    public var accession: String
    /// How many facts were summed (share classes on one cover page); 1 otherwise.
    public var classes: Int
}
