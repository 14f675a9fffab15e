import RotationCore

/// A shaded span of days behind the lines of a `LineChart`: a streak, a stretch of
/// underperformance. Bands with the same `legend` share one legend entry.
public struct DateBand: Sendable, Equatable {
    /// The first and last day shaded (both included); clipped to the chart's dates.
    public var start: TradingDay
    public var end: TradingDay
    /// Fill colour (drawn at 15% opacity).
    public var color: String
    /// The legend entry, e.g. "current streak: RUT led".
    public var legend: String
    /// A short label written at the band's top left ("1", "RUT 5 wk"); `nil` writes none.
    public var label: String?

    public init(start: TradingDay, end: TradingDay, color: String, legend: String, label: String? = nil) {
        self.start = start
        self.end = end
        self.color = color
        self.legend = legend
        self.label = label
    }
}
