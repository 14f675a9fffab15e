import RotationCore

/// The knobs of an event study.
public struct EventStudyParameters: Sendable, Equatable {
    /// k: trading days before the event day in each path.
    public var before: Int
    /// m: trading days after the event day in each path.
    public var after: Int
    /// N: bootstrap resamples of the events (0 = no band).
    public var bootstrapDraws: Int
    /// Placebo sets of pseudo-events (0 = no placebo).
    public var placeboDraws: Int
    /// Coverage of the bootstrap and placebo bands, e.g. 0.95 for the 2.5th–97.5th percentiles.
    public var confidence: Double
    /// Seed of the `SplitMix64` streams: bootstrap from `seed`, placebo from `seed &+ 1`.
    public var seed: UInt64

    public init(before: Int = 20, after: Int = 60, bootstrapDraws: Int = 2_000, placeboDraws: Int = 2_000,
                confidence: Double = 0.95, seed: UInt64 = 1) {
        precondition(before >= 0 && after >= 0 && bootstrapDraws >= 0 && placeboDraws >= 0, "event study counts must be ≥ 0")
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)")
        self.before = before
        self.after = after
        self.bootstrapDraws = bootstrapDraws
        self.placeboDraws = placeboDraws
        self.confidence = confidence
        self.seed = seed
    }

    /// Lower and upper percentiles (0…100) of the band: 50 ∓ 50 × confidence.
    var bandPercents: (Double, Double) { (50 - 50 * confidence, 50 + 50 * confidence) }
}

/// An event study of `line` around `eventDates`.
///
/// - The **event day** t0 of a date is the first trading day of the line on or after it: a
///   weekend or holiday date falls on the next session; a date that is a session is its own
///   event day whatever the announcement time (pass the next date to move an after-close event).
/// - Each kept event contributes the **path** at offsets o = −k … +m trading days:
///   `EventLine.point(t0 + o, eventIndex: t0)` — for A alone P(t0+o)/P(t0) − 1, so 0 at t0,
///   the return from t0 to t0+o for o > 0, and for o < 0 the level of t0+o relative to t0.
///   The event day's own move (close t0−1 → close t0) shows at offset −1 (P(t0−1)/P(t0) − 1),
///   not after 0: the path after 0 starts at the event day's close.
/// - Dates are processed in ascending order. An event is **excluded** (and listed with the
///   reason) when it has no trading day on or after it, fewer than k days before t0, fewer than
///   m days after it, or the same t0 as an earlier kept event.
/// - `path[o]`: mean and median over kept events, and the **bootstrap band** of the mean (see
///   `bootstrapBand`). The **placebo** compares the mean at +m with random non-event days (see
///   `placeboComparison`).
///
/// Pure and deterministic: the same inputs and seed give the same report.
public func eventStudy(_ line: EventLine, eventDates: [TradingDay], parameters: EventStudyParameters) -> EventStudyReport {
    let k = parameters.before, m = parameters.after
    var events: [EventOutcome] = []
    var eventIndices: [Int] = []
    var allEventDays: [Int] = []
    var excluded: [ExcludedEvent] = []
    var used = Set<Int>()
    for date in eventDates.sorted() {
        let t0 = line.days.firstIndex(onOrAfter: date)
        guard t0 < line.days.count else {
            excluded.append(ExcludedEvent(date: date, eventDay: nil, reason: .noTradingDay))
            continue
        }
        allEventDays.append(t0)
        let reason: EventExclusion? = used.contains(t0) ? .sameEventDay
            : t0 < k ? .tooLittleHistoryBefore
            : t0 + m >= line.days.count ? .tooLittleDataAfter : nil
        if let reason {
            excluded.append(ExcludedEvent(date: date, eventDay: line.days[t0], reason: reason))
            continue
        }
        used.insert(t0)
        let path = (-k...m).map { line.point(t0 + $0, eventIndex: t0) }
        events.append(EventOutcome(date: date, eventDay: line.days[t0], path: path, returnAtEnd: path[k + m]))
        eventIndices.append(t0)
    }
    let paths = events.map(\.path)
    let band = bootstrapBand(paths, draws: parameters.bootstrapDraws, percents: parameters.bandPercents,
                             generator: SplitMix64(seed: parameters.seed))
    var points: [EventPathPoint] = []
    for (j, offset) in (-k...m).enumerated() {
        let column = paths.map { $0[j] }
        points.append(EventPathPoint(offset: offset, mean: mean(column), median: percentile(column, 50),
                                     bandLow: band?[j].0, bandHigh: band?[j].1))
    }
    let placebo: PlaceboComparison? = parameters.placeboDraws == 0 ? nil : placeboComparison(
        line, realEventDays: allEventDays, realMean: points.last?.mean, eventsPerDraw: events.count,
        parameters: parameters)
    return EventStudyReport(measure: line.measure, before: k, after: m, confidence: parameters.confidence,
                            bootstrapDraws: parameters.bootstrapDraws, seed: parameters.seed, events: events,
                            excluded: excluded, path: points, placebo: placebo)
}

/// The arithmetic mean, `nil` when empty.
func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
