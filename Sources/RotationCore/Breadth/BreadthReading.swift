/// Breadth of an index's members on one day: the `rotation breadth` contract fields plus
/// the counts behind each share.
///
/// Definitions (members = the snapshot in force on the day, see `MembershipHistory`):
/// - `covered`: members with a close on the day and on the previous trading day (panel row).
/// - `advancers` / `decliners` / `unchanged`: covered members whose close rose / fell / did not
///   change; `share_up = advancers / covered` (`nil` when nothing is covered).
/// - `pct_above_50d` / `pct_above_200d`: among members with closes on each of the last 50 / 200
///   trading days (today included), the fraction whose close is above that simple average
///   (`close > sma × (1 + 1e-9)`); `nil` when no member has that many closes.
/// - `new_highs_52w` / `new_lows_52w`: members whose close is the highest / lowest close of the
///   last 252 trading days (today included; a tie with an earlier close counts), among members
///   with closes on all 252 days; `nil` when none has.
/// - `advance_decline_line`: cumulative net advances from the panel's first day with a reading.
/// - `mcclellan`: see `McClellanOscillator`.
/// - `highest_since`: the latest earlier day whose `share_up` was at least as high; `nil` when
///   no earlier day was (`record_in_history` is then true) or the day has no `share_up`.
public struct BreadthReading: Sendable, Equatable, Codable {
    public var asOf: TradingDay
    /// Date of the membership snapshot in force.
    @ExplicitNull public var snapshotDate: TradingDay? = nil
    public var members: Int
    public var covered: Int
    public var advancers: Int
    public var decliners: Int
    public var unchanged: Int
    @ExplicitNull public var shareUp: Double? = nil
    @ExplicitNull public var pctAbove50d: Double? = nil
    @ExplicitNull public var pctAbove200d: Double? = nil
    @ExplicitNull public var newHighs52w: Int? = nil
    @ExplicitNull public var newLows52w: Int? = nil
    public var mcclellan: McClellanReading
    @ExplicitNull public var highestSince: TradingDay? = nil
    /// True when `share_up` is the highest of every earlier day in the history.
    public var recordInHistory: Bool
    public var netAdvances: Int
    public var advanceDeclineLine: Int
    /// Members counted in each share's denominator.
    public var eligible50d: Int
    public var eligible200d: Int
    public var eligible52w: Int

    enum CodingKeys: String, CodingKey {
        case members, covered, advancers, decliners, unchanged, mcclellan
        case asOf = "as_of", snapshotDate = "snapshot_date", shareUp = "share_up"
        case pctAbove50d = "pct_above_50d", pctAbove200d = "pct_above_200d"
        case newHighs52w = "new_highs_52w", newLows52w = "new_lows_52w"
        case highestSince = "highest_since", recordInHistory = "record_in_history"
        case netAdvances = "net_advances", advanceDeclineLine = "advance_decline_line"
        case eligible50d = "eligible_50d", eligible200d = "eligible_200d", eligible52w = "eligible_52w"
    }
}

/// The McClellan values on one day (`nil` until 39 days of readings exist).
public struct McClellanReading: Sendable, Equatable, Codable {
    @ExplicitNull public var oscillator: Double? = nil
    @ExplicitNull public var ratioAdjusted: Double? = nil
    /// Cumulative oscillator from 0 at the first oscillator value.
    @ExplicitNull public var summation: Double? = nil
    @ExplicitNull public var ratioAdjustedSummation: Double? = nil

    public init(oscillator: Double?, ratioAdjusted: Double?, summation: Double?, ratioAdjustedSummation: Double?) {
        self.oscillator = oscillator
        self.ratioAdjusted = ratioAdjusted
        self.summation = summation
        self.ratioAdjustedSummation = ratioAdjustedSummation
    }

    enum CodingKeys: String, CodingKey {
        case oscillator, summation
        case ratioAdjusted = "ratio_adjusted", ratioAdjustedSummation = "ratio_adjusted_summation"
    }
}
