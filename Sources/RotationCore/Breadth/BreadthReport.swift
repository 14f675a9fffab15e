/// The result of `breadth(...)`: the `rotation breadth` JSON document.
///
/// The as-of day's `BreadthReading` fields sit at the top level (contract keys `as_of,
/// members, covered, advancers, decliners, unchanged, share_up, pct_above_50d, pct_above_200d,
/// new_highs_52w, new_lows_52w, mcclellan, highest_since`). Extras: `history_start` (the first
/// day of the price panel, where the advance–decline line and McClellan history start),
/// `first_snapshot`, `parameters`, `series` (one reading per day of a `--from/--to` range,
/// oldest first; empty otherwise) and `notes`.
public struct BreadthReport: Sendable, Equatable, Encodable {
    /// The reading of the as-of day (the last day of the range when one is given).
    public var latest: BreadthReading
    public var historyStart: TradingDay
    public var firstSnapshot: TradingDay?
    public var parameters: BreadthParameters
    public var series: [BreadthReading]
    /// Plain sentences about choices made for this input (membership before the first
    /// snapshot, members without prices).
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case parameters, series, notes
        case historyStart = "history_start", firstSnapshot = "first_snapshot"
    }

    /// Encodes `latest`'s keys and the report's own keys into one object.
    public func encode(to encoder: any Encoder) throws {
        try latest.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(historyStart, forKey: .historyStart)
        try c.encode(firstSnapshot, forKey: .firstSnapshot)
        try c.encode(parameters, forKey: .parameters)
        try c.encode(series, forKey: .series)
        try c.encode(notes, forKey: .notes)
    }
}
