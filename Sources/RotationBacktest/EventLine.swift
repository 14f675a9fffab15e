import RealModule
import RotationCore

/// What an event study measures around each event.
public enum EventMeasure: String, Sendable, Codable, CaseIterable {
    /// A alone: the path is P(t0+o)/P(t0) − 1, A's cumulative return from the event day.
    case level
    /// A − B: the path is the sum of daily excess returns rA − rB from t0 to t0+o (for o < 0,
    /// minus the sum over t0+o+1 … t0): a cumulative abnormal return, not compounded.
    case excess
    /// ln(A/B): the path is ln(A/B)(t0+o) − ln(A/B)(t0), the log relative from the event day.
    case logRelative = "log_relative"
}

/// The line an event study rebases at each event day: one value per trading day, and the rule
/// that turns two values into a path point.
///
/// Days are the **common days** of the inputs: days where every input close is finite and
/// positive (others are dropped). `path(from:to:)` is 0 at the event day by construction.
public struct EventLine: Sendable, Equatable {
    /// Trading days, strictly ascending.
    public let days: [TradingDay]
    /// The cumulated quantity: closes of A (`level`), the running sum of rA − rB from the first
    /// day (`excess`, 0 on the first day), or ln(A/B) (`logRelative`).
    public let values: [Double]
    public let measure: EventMeasure

    /// A alone: closes of one series.
    public init(days: [TradingDay], closes: [Double]) {
        var d: [TradingDay] = [], v: [Double] = []
        for (day, close) in zip(days, closes) where close.isFinite && close > 0 {
            d.append(day)
            v.append(close)
        }
        self.init(checkedDays: d, values: v, measure: .level)
    }

    /// A against B (`excess` or `logRelative`), both columns aligned with `days`; days where
    /// either close is missing or not positive are dropped before returns are taken, so a
    /// return always runs between two consecutive common days.
    public init(days: [TradingDay], closesA: [Double], closesB: [Double], measure: EventMeasure) {
        precondition(measure != .level, "EventLine(days:closesA:closesB:) takes excess or logRelative")
        precondition(closesA.count == days.count && closesB.count == days.count, "EventLine columns differ in length")
        var d: [TradingDay] = [], v: [Double] = []
        var previous: (Double, Double)? = nil
        var sum = 0.0
        for i in days.indices {
            let a = closesA[i], b = closesB[i]
            guard a.isFinite, a > 0, b.isFinite, b > 0 else { continue }
            d.append(days[i])
            switch measure {
            case .excess:
                if let (pa, pb) = previous { sum += (a / pa - 1) - (b / pb - 1) }
                v.append(sum)
            default:
                v.append(Double.log(a / b))
            }
            previous = (a, b)
        }
        self.init(checkedDays: d, values: v, measure: measure)
    }

    private init(checkedDays: [TradingDay], values: [Double], measure: EventMeasure) {
        precondition(zip(checkedDays, checkedDays.dropFirst()).allSatisfy { $0 < $1 }, "EventLine days must be strictly ascending")
        self.days = checkedDays
        self.values = values
        self.measure = measure
    }

    /// The path point at day index `index` for an event at day index `eventIndex`:
    /// `values[index]/values[eventIndex] − 1` for `level`, the difference otherwise.
    @inline(__always)
    public func point(_ index: Int, eventIndex: Int) -> Double {
        switch measure {
        case .level: values[index] / values[eventIndex] - 1
        case .excess, .logRelative: values[index] - values[eventIndex]
        }
    }
}
