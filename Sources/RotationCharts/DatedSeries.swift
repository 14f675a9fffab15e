import RotationCore

/// One value on one day; `nil` (or NaN) means missing, and a chart leaves a gap there.
public struct DatedPoint: Sendable, Equatable {
    public var day: TradingDay
    public var value: Double?

    public init(day: TradingDay, value: Double?) {
        self.day = day
        self.value = value
    }

    /// The value when present and finite.
    var present: Double? { value.flatMap { $0.isFinite ? $0 : nil } }
}

/// A named series of dated values, oldest first.
public struct LineSeries: Sendable, Equatable {
    public var name: String
    public var points: [DatedPoint]
    /// Drawn as dots (one per present point, e.g. record closes) instead of a line.
    public var marks: Bool

    public init(name: String, points: [DatedPoint], marks: Bool = false) {
        self.name = name
        self.points = points
        self.marks = marks
    }
}
