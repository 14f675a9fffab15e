import RotationCore

/// The numbers the brief's charts draw, so that the JSON holds exactly what the HTML shows.
///
/// JSON: `relative_strength`, `cumulative_returns`, `rotation_map`, `relative_drawdown`; a chart
/// without data is `null` (an empty list for the lists).
public struct BriefCharts: Sendable, Codable, Equatable {
    /// The subject/base relative line (e.g. RUT/GSPC), daily, 100 at the close before the
    /// trailing year's first day (`rotation relative A B --period day --from D−1y`).
    @ExplicitNull public var relativeStrength: BriefDatedSeries? = nil
    /// Each sleeve's cumulative return since the start of the one-year window (0 at its start
    /// close; the last point equals the `1y` column of the numbers table).
    public var cumulativeReturns: [BriefDatedSeries]
    /// The rotation map of the other sleeves against the base sleeve, with tails.
    public var rotationMap: [BriefMapTail]
    /// The monthly subject/base line's distance below its running peak (≤ 0), over the whole
    /// common history: the underperformance stretches that `cycles` ranks.
    @ExplicitNull public var relativeDrawdown: BriefDatedSeries? = nil

    public init(relativeStrength: BriefDatedSeries? = nil, cumulativeReturns: [BriefDatedSeries] = [],
                rotationMap: [BriefMapTail] = [], relativeDrawdown: BriefDatedSeries? = nil) {
        self.relativeStrength = relativeStrength
        self.cumulativeReturns = cumulativeReturns
        self.rotationMap = rotationMap
        self.relativeDrawdown = relativeDrawdown
    }

    enum CodingKeys: String, CodingKey {
        case relativeStrength = "relative_strength", cumulativeReturns = "cumulative_returns"
        case rotationMap = "rotation_map", relativeDrawdown = "relative_drawdown"
    }
}

/// A named dated series and the command whose output holds its numbers.
public struct BriefDatedSeries: Sendable, Codable, Equatable {
    public var name: String
    public var command: String
    public var points: [BriefDatedValue]

    public init(name: String, command: String, points: [BriefDatedValue]) {
        self.name = name
        self.command = command
        self.points = points
    }
}

/// One point of a chart series; `value` is `null` where the data are missing (a gap).
public struct BriefDatedValue: Sendable, Codable, Equatable {
    public var date: TradingDay
    @ExplicitNull public var value: Double? = nil

    public init(date: TradingDay, value: Double?) {
        self.date = date
        self.value = value
    }
}

/// One symbol on the brief's rotation map: its current quadrant and its tail, oldest first.
public struct BriefMapTail: Sendable, Codable, Equatable {
    public var symbol: String
    @ExplicitNull public var quadrant: RotationQuadrant? = nil
    public var tail: [RotationTailPoint]
    public var command: String

    public init(symbol: String, quadrant: RotationQuadrant?, tail: [RotationTailPoint], command: String) {
        self.symbol = symbol
        self.quadrant = quadrant
        self.tail = tail
        self.command = command
    }
}

extension BriefCharts {
    /// A relative line as dated points.
    static func line(_ report: RelativeStrengthReport, name: String, command: String) -> BriefDatedSeries {
        BriefDatedSeries(name: name, command: command, points: report.line.map { BriefDatedValue(date: $0.date, value: $0.value) })
    }

    /// value / running peak − 1 at each point of a relative line (0 at a new peak).
    static func drawdown(_ report: RelativeStrengthReport, name: String, command: String) -> BriefDatedSeries {
        var peak = -Double.infinity
        let points = report.line.map { point -> BriefDatedValue in
            peak = max(peak, point.value)
            return BriefDatedValue(date: point.date, value: point.value / peak - 1)
        }
        return BriefDatedSeries(name: name, command: command, points: points)
    }

    /// close / start close − 1 from the start of `window` to `asOf`, on the sleeve's own days;
    /// a missing close is a `null` point. `nil` when the window has no start close.
    static func cumulative(_ bars: DailyBars, label: String, basis: PriceBasis, window: Window, asOf: TradingDay,
                           command: String) -> BriefDatedSeries? {
        let closes = bars.closes(basis: basis)
        let result = windowReturn(days: bars.days, closes: closes, window: window, asOf: asOf, symbol: bars.symbol)
        guard let startDate = result.startDate, let startValue = result.startValue,
              let first = bars.days.firstIndex(of: startDate), let last = bars.lastIndex(onOrBefore: asOf), first <= last else { return nil }
        let points = (first...last).map { i in
            BriefDatedValue(date: bars.days[i], value: closes[i].isNaN ? nil : closes[i] / startValue - 1)
        }
        return BriefDatedSeries(name: label, command: command, points: points)
    }
}
