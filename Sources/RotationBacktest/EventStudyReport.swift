import RotationCore

/// Why an event was left out of an event study.
public enum EventExclusion: String, Sendable, Codable {
    /// No trading day on or after the event date (it falls after the data's last day).
    case noTradingDay = "no_trading_day"
    /// Fewer than `before` trading days precede the event day.
    case tooLittleHistoryBefore = "too_little_history_before"
    /// Fewer than `after` trading days follow the event day.
    case tooLittleDataAfter = "too_little_data_after"
    /// An earlier event (in date order) already has the same event day, so the path would count twice.
    case sameEventDay = "same_event_day"
}

/// One event kept in the study.
public struct EventOutcome: Sendable, Equatable, Codable {
    /// The date as given.
    public var date: TradingDay
    /// t0: the first trading day on or after `date`.
    public var eventDay: TradingDay
    /// The path at offsets −before … +after (index `before` is t0, always 0).
    public var path: [Double]
    /// The path at +after.
    public var returnAtEnd: Double

    enum CodingKeys: String, CodingKey {
        case date, path
        case eventDay = "event_day", returnAtEnd = "return_at_end"
    }
}

/// One event left out, with the reason.
public struct ExcludedEvent: Sendable, Equatable, Codable {
    public var date: TradingDay
    /// t0 when the date has one.
    @ExplicitNull public var eventDay: TradingDay? = nil
    public var reason: EventExclusion

    enum CodingKeys: String, CodingKey {
        case date, reason
        case eventDay = "event_day"
    }
}

/// The across-events statistics at one offset from the event day.
///
/// `mean` and `median` of the kept events' path values (`nil` with no events); `bandLow` and
/// `bandHigh` the bootstrap percentile band of the mean (`nil` with fewer than two events or no
/// bootstrap draws).
public struct EventPathPoint: Sendable, Equatable, Codable {
    public var offset: Int
    @ExplicitNull public var mean: Double? = nil
    @ExplicitNull public var median: Double? = nil
    @ExplicitNull public var bandLow: Double? = nil
    @ExplicitNull public var bandHigh: Double? = nil

    enum CodingKeys: String, CodingKey {
        case offset, mean, median
        case bandLow = "band_low", bandHigh = "band_high"
    }
}

/// The real events' mean at +after against means of as many random non-event days.
///
/// `draws` pseudo-event sets, each of `eventsPerDraw` days drawn uniformly with replacement
/// from `eligibleDays` trading days (full window available, at least before + after trading days
/// from every real event day). `mean` is the average of the draws' means, `bandLow`/`bandHigh`
/// their percentile band at the study's confidence, `realPercentile` =
/// 100 × (#draws below the real mean + ½ #draws equal to it) / draws. All `nil` when there is
/// no real event or no eligible day.
public struct PlaceboComparison: Sendable, Equatable, Codable {
    public var draws: Int
    public var eventsPerDraw: Int
    public var eligibleDays: Int
    @ExplicitNull public var mean: Double? = nil
    @ExplicitNull public var bandLow: Double? = nil
    @ExplicitNull public var bandHigh: Double? = nil
    @ExplicitNull public var realMean: Double? = nil
    @ExplicitNull public var realPercentile: Double? = nil

    enum CodingKeys: String, CodingKey {
        case draws, mean
        case eventsPerDraw = "events_per_draw", eligibleDays = "eligible_days", bandLow = "band_low"
        case bandHigh = "band_high", realMean = "real_mean", realPercentile = "real_percentile"
    }
}

/// The result of `eventStudy(_:eventDates:parameters:)`.
public struct EventStudyReport: Sendable, Equatable, Codable {
    public var measure: EventMeasure
    public var before: Int
    public var after: Int
    public var confidence: Double
    public var bootstrapDraws: Int
    public var seed: UInt64
    /// Kept events in date order.
    public var events: [EventOutcome]
    public var excluded: [ExcludedEvent]
    /// One point per offset −before … +after.
    public var path: [EventPathPoint]
    /// `nil` when no placebo draws were asked for.
    @ExplicitNull public var placebo: PlaceboComparison? = nil

    enum CodingKeys: String, CodingKey {
        case measure, before, after, confidence, seed, events, excluded, path, placebo
        case bootstrapDraws = "bootstrap_draws"
    }
}
