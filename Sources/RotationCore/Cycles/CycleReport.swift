/// The result of `cycles(...)`: the `rotation cycles` JSON document.
///
/// Contract keys: `series, period, stretches, current`. Extras: `first_date`, `last_date`,
/// `points`, `minimum_depth`.
public struct CycleReport: Sendable, Equatable, Codable {
    /// What the line is, e.g. `RUT/GSPC` or `ff3_monthly.csv#smb`.
    public var series: String
    public var period: PeriodicFrequency
    @ExplicitNull public var firstDate: TradingDay? = nil
    @ExplicitNull public var lastDate: TradingDay? = nil
    /// Number of points on the line.
    public var points: Int
    /// Episodes shallower than this (|depth| < minimum) are left out of `stretches` and ranks.
    public var minimumDepth: Double
    /// Every episode of both directions, ranked: longest first (see `CycleEpisode`).
    public var stretches: [CycleEpisode]
    /// The open episodes at the end of the line.
    public var current: CycleCurrent
    /// The line the stretches were found on, when the caller keeps it (the `cycles` use case
    /// does, for charts). Not encoded.
    public var line: CycleLine? = nil

    enum CodingKeys: String, CodingKey {
        case series, period, points, stretches, current
        case firstDate = "first_date", lastDate = "last_date", minimumDepth = "minimum_depth"
    }
}

/// The episodes still open at the last point (each `nil` when the line is at its running peak,
/// respectively trough). Both can be open at once: a rally inside a long underperformance.
public struct CycleCurrent: Sendable, Equatable, Codable {
    @ExplicitNull public var underperformance: CycleEpisode? = nil
    @ExplicitNull public var outperformance: CycleEpisode? = nil
}

/// One underperformance stretch or outperformance run with its place in the ranking.
///
/// `peak_date` and `trough_date` are the line's high and low within the episode. Lengths count
/// periods from the episode's start — the peak for underperformance, the trough for
/// outperformance (the mirror image): `peak_to_trough_periods` from the start to the extreme,
/// `peak_to_recovery_periods` from the start to the recovery (`null` while open),
/// `length_periods` to the recovery or, while open, to the last point. `depth` = low/high − 1
/// (≤ 0) for underperformance and high/low − 1 (≥ 0) for outperformance. Ranks are 1-based
/// within the direction (competition ranking: equal values share a rank): `length_rank` by
/// `length_periods`, `depth_rank` by |depth|; `of` is the number of episodes of that direction.
public struct CycleEpisode: Sendable, Equatable, Codable {
    public var direction: CycleDirection
    public var startDate: TradingDay
    public var peakDate: TradingDay
    public var troughDate: TradingDay
    @ExplicitNull public var recoveryDate: TradingDay? = nil
    public var peakToTroughPeriods: Int
    @ExplicitNull public var peakToRecoveryPeriods: Int? = nil
    public var lengthPeriods: Int
    public var depth: Double
    public var isOpen: Bool
    public var lengthRank: Int
    public var depthRank: Int
    public var of: Int

    enum CodingKeys: String, CodingKey {
        case direction, depth, of
        case startDate = "start_date", peakDate = "peak_date", troughDate = "trough_date"
        case recoveryDate = "recovery_date", peakToTroughPeriods = "peak_to_trough_periods"
        case peakToRecoveryPeriods = "peak_to_recovery_periods", lengthPeriods = "length_periods"
        case isOpen = "open", lengthRank = "length_rank", depthRank = "depth_rank"
    }
}
