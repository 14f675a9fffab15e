/// The result of `relativeStrength(...)`: the `rotation relative` JSON document.
///
/// Contract keys: `a, b, period, current_streak, longest_streaks, periods`. Extras: `basis`,
/// `as_of`, `from`, `recent`, `line`, `divergences`, `tie_tolerance`. Optionals are encoded as
/// explicit `null`.
public struct RelativeStrengthReport: Sendable, Equatable, Codable {
    public var a: String
    public var b: String
    public var basis: PriceBasis
    public var period: PeriodicFrequency
    /// The last common day used (the as-of day, or the last common day before it).
    public var asOf: TradingDay?
    /// The `--from` date as given.
    public var from: TradingDay?
    /// The streak that includes the last complete period; `nil` when there is none.
    public var currentStreak: RelativeStreak?
    /// The longest streaks with a leader in the window, longest first.
    public var longestStreaks: [RelativeStreak]
    /// "A beat B in k of the last n periods", over complete periods.
    public var recent: RelativeRecord
    /// The relative line A/B, 100 on the close the first period return starts from, then one
    /// point per period end.
    public var line: [RelativeLinePoint]
    /// One row per period in the window, oldest first.
    public var periods: [RelativePeriodReturn]
    /// Days when A and B moved in opposite directions; `nil` unless requested.
    public var divergences: [RelativeDivergence]?
    /// Returns that differ by at most this much are a tie (`StreakRuns.tieTolerance`).
    public var tieTolerance: Double
    /// A's and B's last dates and bases (`series`, with `notes`; see `SeriesCoverage`). Filled
    /// by the use case; not decoded.
    public var series: [SeriesCoverage] = []
    public var notes: [String] = []

    enum CodingKeys: String, CodingKey {
        case a, b, basis, period, from, recent, line, periods, divergences
        case asOf = "as_of", currentStreak = "current_streak", longestStreaks = "longest_streaks"
        case tieTolerance = "tie_tolerance"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(basis, forKey: .basis)
        try c.encode(period, forKey: .period)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(from, forKey: .from)
        try c.encode(currentStreak, forKey: .currentStreak)
        try c.encode(longestStreaks, forKey: .longestStreaks)
        try c.encode(recent, forKey: .recent)
        try c.encode(line, forKey: .line)
        try c.encode(periods, forKey: .periods)
        try c.encode(divergences, forKey: .divergences)
        try c.encode(tieTolerance, forKey: .tieTolerance)
        try CoverageKeys.encode(series, notes: notes, to: encoder)
    }
}

/// A run of consecutive periods won by the same side.
///
/// `start_date` is the first trading day of the run's first period and `end_date` the last
/// trading day of its last period; `relative_change` is the change of A/B over the run, from
/// the close before its first period to its last close.
public struct RelativeStreak: Sendable, Equatable, Codable {
    /// The symbol that led (A's or B's name); `nil` for a run of ties.
    @ExplicitNull public var leader: String? = nil
    /// Number of periods.
    public var length: Int
    public var startDate: TradingDay
    public var endDate: TradingDay
    /// (A/B at the end) / (A/B before the start) − 1.
    public var relativeChange: Double

    public init(leader: String?, length: Int, startDate: TradingDay, endDate: TradingDay, relativeChange: Double) {
        self.leader = leader
        self.length = length
        self.startDate = startDate
        self.endDate = endDate
        self.relativeChange = relativeChange
    }

    enum CodingKeys: String, CodingKey {
        case leader, length
        case startDate = "start_date", endDate = "end_date", relativeChange = "relative_change"
    }
}

/// "A beat B in `aBeat` of the last `periods` periods" (complete periods only).
public struct RelativeRecord: Sendable, Equatable, Codable {
    /// Number of periods counted (at most the requested count).
    public var periods: Int
    public var aBeat: Int
    public var bBeat: Int
    public var ties: Int

    public init(periods: Int, aBeat: Int, bBeat: Int, ties: Int) {
        self.periods = periods
        self.aBeat = aBeat
        self.bBeat = bBeat
        self.ties = ties
    }

    enum CodingKeys: String, CodingKey {
        case periods, ties
        case aBeat = "a_beat", bBeat = "b_beat"
    }
}

/// One point of the relative line.
public struct RelativeLinePoint: Sendable, Equatable, Codable {
    public var date: TradingDay
    /// 100 × (A/B on `date`) / (A/B on the line's first date).
    public var value: Double

    public init(date: TradingDay, value: Double) {
        self.date = date
        self.value = value
    }
}

/// One period: returns from the previous period's last close to this period's last close.
public struct RelativePeriodReturn: Sendable, Equatable, Codable {
    /// The previous period's last common day (where the returns start).
    public var startDate: TradingDay
    /// This period's last common day.
    public var endDate: TradingDay
    public var returnA: Double
    public var returnB: Double
    /// returnA − returnB.
    public var excess: Double
    /// The symbol with the higher return; `nil` on a tie.
    @ExplicitNull public var leader: String? = nil
    /// True for the current period when it is still in progress (`PeriodicFrequency.isPartial`).
    public var partial: Bool

    enum CodingKeys: String, CodingKey {
        case excess, leader, partial
        case startDate = "start_date", endDate = "end_date", returnA = "return_a", returnB = "return_b"
    }
}

/// A day on which A and B moved in opposite directions (one return > 0, the other < 0).
public struct RelativeDivergence: Sendable, Equatable, Codable {
    public var date: TradingDay
    /// A's return from the previous common day.
    public var returnA: Double
    public var returnB: Double

    enum CodingKeys: String, CodingKey {
        case date
        case returnA = "return_a", returnB = "return_b"
    }
}
