/// The look-backs behind the breadth indicators, echoed in every breadth result.
public struct BreadthParameters: Sendable, Equatable, Codable {
    /// Days of the short simple average (50).
    public var shortAverageDays: Int
    /// Days of the long simple average (200).
    public var longAverageDays: Int
    /// The 52-week look-back in trading days (252: the house's periods-per-year constant),
    /// today included. A calendar-year look-back (365 days) would differ by a day or two
    /// around holidays; trading days keep the window the same size for every member.
    public var highLowDays: Int
    /// A close within this relative distance of its average counts as not above it
    /// (`close > sma × (1 + tolerance)`), so flat prices never flip on rounding.
    public var aboveTolerance: Double

    /// 50 / 200 / 252 days and a 1e-9 tolerance.
    public init(shortAverageDays: Int = 50, longAverageDays: Int = 200, highLowDays: Int = 252,
                aboveTolerance: Double = 1e-9) {
        precondition(shortAverageDays >= 1 && longAverageDays >= 1 && highLowDays >= 1, "look-backs must be positive")
        self.shortAverageDays = shortAverageDays
        self.longAverageDays = longAverageDays
        self.highLowDays = highLowDays
        self.aboveTolerance = aboveTolerance
    }

    enum CodingKeys: String, CodingKey {
        case shortAverageDays = "short_average_days", longAverageDays = "long_average_days"
        case highLowDays = "high_low_days", aboveTolerance = "above_tolerance"
    }
}
