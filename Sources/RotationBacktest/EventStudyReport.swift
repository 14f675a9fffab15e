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
    public var eventDay: TradingDay?
    public var reason: EventExclusion

    enum CodingKeys: String, CodingKey {
        case date, reason
        case eventDay = "event_day"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(eventDay, forKey: .eventDay)
        try c.encode(reason, forKey: .reason)
    }
}

/// The across-events statistics at one offset from the event day.
///
/// `mean` and `median` of the kept events' path values (`nil` with no events); `bandLow` and
/// `bandHigh` the bootstrap percentile band of the mean (`nil` with fewer than two events or no
/// bootstrap draws).
public struct EventPathPoint: Sendable, Equatable, Codable {
    public var offset: Int
    public var mean: Double?
    public var median: Double?
    public var bandLow: Double?
    public var bandHigh: Double?

    enum CodingKeys: String, CodingKey {
        case offset, mean, median
        case bandLow = "band_low", bandHigh = "band_high"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(offset, forKey: .offset)
        try c.encode(mean, forKey: .mean)
        try c.encode(median, forKey: .median)
        try c.encode(bandLow, forKey: .bandLow)
        try c.encode(bandHigh, forKey: .bandHigh)
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
    public var mean: Double?
    public var bandLow: Double?
    public var bandHigh: Double?
    public var realMean: Double?
    public var realPercentile: Double?

    enum CodingKeys: String, CodingKey {
        case draws, mean
        case eventsPerDraw = "events_per_draw", eligibleDays = "eligible_days", bandLow = "band_low"
        case bandHigh = "band_high", realMean = "real_mean", realPercentile = "real_percentile"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(draws, forKey: .draws)
        try c.encode(eventsPerDraw, forKey: .eventsPerDraw)
        try c.encode(eligibleDays, forKey: .eligibleDays)
        try c.encode(mean, forKey: .mean)
        try c.encode(bandLow, forKey: .bandLow)
        try c.encode(bandHigh, forKey: .bandHigh)
        try c.encode(realMean, forKey: .realMean)
        try c.encode(realPercentile, forKey: .realPercentile)
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
    public var placebo: PlaceboComparison?

    enum CodingKeys: String, CodingKey {
        case measure, before, after, confidence, seed, events, excluded, path, placebo
        case bootstrapDraws = "bootstrap_draws"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(measure, forKey: .measure)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(bootstrapDraws, forKey: .bootstrapDraws)
        try c.encode(seed, forKey: .seed)
        try c.encode(events, forKey: .events)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(path, forKey: .path)
        try c.encode(placebo, forKey: .placebo)
    }
}
