import RotationCore

/// When a strategy trades back to its target after the entry.
///
/// Calendar rules fire at the close of the last trading day (of the run's common days) of each
/// calendar period — ISO weeks Monday–Sunday, calendar months, calendar quarters — and never on
/// the run's last day. `band` is checked at every close except the first and the last: when any
/// holding's weight (its value over equity; for a short leg, the absolute value) leaves its
/// `[lower, upper]` band, every holding goes back to target.
///
/// JSON: `"none" | "daily" | "weekly" | "monthly" | "quarterly"`,
/// `{"band": {"SPY": [0.80, 0.90], "IWM": [0.10, 0.20]}}` (symbols without a band are
/// unbounded: they never trigger a rebalance, but are traded back with the rest), or one
/// absolute tolerance for every holding, `{"band": 0.05}`: target ± 0.05 (as bt's and
/// Portfolio Visualizer's absolute-deviation bands; a beta-hedged short leg, whose target moves,
/// is unbounded).
public enum RebalanceRule: Sendable, Hashable {
    case none, daily, weekly, monthly, quarterly
    /// Tolerance bands per symbol, weights as fractions of equity.
    case band([String: WeightBand])
    /// One absolute tolerance around every fixed target weight.
    case tolerance(Double)

    /// A number equal for two days exactly when a calendar rule puts them in the same period;
    /// `nil` for `none` and `band`.
    public func periodKey(of day: TradingDay) -> Int? {
        switch self {
        case .daily: day.daysSinceEpoch
        case .weekly: day.startOfWeek.daysSinceEpoch
        case .monthly: day.year * 12 + day.month - 1
        case .quarterly: day.year * 4 + (day.month - 1) / 3
        case .none, .band, .tolerance: nil
        }
    }

    /// Whether a calendar rule fires at the close of `days[index]`: the next day lies in another
    /// period. Never true on the last element of `days`, nor for `none` and `band`.
    public func isPeriodEnd(_ days: [TradingDay], at index: Int) -> Bool {
        guard index + 1 < days.count, let key = periodKey(of: days[index]) else { return false }
        return periodKey(of: days[index + 1]) != key
    }

    /// The JSON name of a calendar rule (`"band"` for bands).
    public var name: String {
        switch self {
        case .none: "none"
        case .daily: "daily"
        case .weekly: "weekly"
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .band, .tolerance: "band"
        }
    }

    static let calendarRules: [RebalanceRule] = [.none, .daily, .weekly, .monthly, .quarterly]
}

/// An inclusive tolerance band `[lower, upper]` for one holding's weight.
public struct WeightBand: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// True when `weight` lies outside `[lower, upper]`.
    public func excludes(_ weight: Double) -> Bool { weight < lower || weight > upper }

    /// JSON: a two-element array `[lower, upper]`.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let lower = try c.decode(Double.self)
        let upper = try c.decode(Double.self)
        guard c.isAtEnd, lower.isFinite, upper.isFinite, lower <= upper else {
            throw BacktestError.invalidValue(field: "rebalance", reason: "a band is [lower, upper] with lower ≤ upper")
        }
        self.init(lower: lower, upper: upper)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(lower)
        try c.encode(upper)
    }
}

extension RebalanceRule: Codable {
    private struct BandObject: Codable { var band: [String: WeightBand] }
    private struct ToleranceObject: Codable { var band: Double }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            guard let rule = RebalanceRule.calendarRules.first(where: { $0.name == text }) else {
                throw BacktestError.invalidValue(
                    field: "rebalance",
                    reason: "expected none, daily, weekly, monthly, quarterly or {\"band\": {...}}, got \"\(text)\"")
            }
            self = rule
        } else if let object = try? c.decode(ToleranceObject.self) {
            guard object.band > 0, object.band.isFinite else {
                throw BacktestError.invalidValue(field: "rebalance", reason: "a band tolerance is a fraction > 0, got \(object.band)")
            }
            self = .tolerance(object.band)
        } else if let object = try? c.decode(BandObject.self) {
            guard !object.band.isEmpty else {
                throw BacktestError.invalidValue(field: "rebalance", reason: "{\"band\": {}} names no symbol")
            }
            self = .band(object.band)
        } else {
            throw BacktestError.invalidValue(
                field: "rebalance",
                reason: "expected none, daily, weekly, monthly, quarterly, {\"band\": {SYMBOL: [lower, upper]}} or {\"band\": TOLERANCE}")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if case .band(let bands) = self {
            try BandObject(band: bands).encode(to: encoder)
        } else if case .tolerance(let tolerance) = self {
            try ToleranceObject(band: tolerance).encode(to: encoder)
        } else {
            var c = encoder.singleValueContainer()
            try c.encode(name)
        }
    }
}
