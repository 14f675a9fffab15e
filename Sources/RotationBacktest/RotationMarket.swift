import RotationCore

/// The aligned data of a rotation run, prepared once and shared by every parameter set of a
/// sweep: the common days of A and B (history before `from` included), their closes, the daily
/// cash accrual, and signal arrays cached per lookback and per moving-average length.
struct RotationMarket: Sendable {
    let symbols: [String]
    let days: [TradingDay]
    let pricesA: [Double]
    let pricesB: [Double]
    let start: Int
    let end: Int
    /// rate(t) × days(t−1, t)/360: the growth of a cash balance from close t−1 to close t.
    let cashGrowth: [Double]
    let costRate: Double

    init(_ spec: BacktestSpec, data: BacktestData) throws {
        guard let a = spec.a else { throw BacktestError.missingField(field: "a", strategy: .rotation) }
        guard let b = spec.b else { throw BacktestError.missingField(field: "b", strategy: .rotation) }
        guard a != b else { throw BacktestError.invalidValue(field: "b", reason: "must differ from a (\(a))") }
        let run = try data.aligned([a, b], from: spec.from, to: spec.to)
        let accrual = try CashAccrual(days: run.days, start: run.start, series: data.rateSeries(spec.cashRate))
        symbols = [a, b]
        days = run.days
        pricesA = run.prices[0]
        pricesB = run.prices[1]
        start = run.start
        end = run.end
        cashGrowth = zip(accrual.rates, accrual.yearFractions).map { $0 * $1 }
        costRate = spec.costRate
    }

    /// Relative momentum A(t)/A(t−k) − B(t)/B(t−k) for every day; NaN while t < k.
    func relativeMomentum(lagDays k: Int) -> [Double] {
        var m = [Double](repeating: .nan, count: days.count)
        guard k < days.count else { return m }
        for t in k..<days.count {
            m[t] = pricesA[t] / pricesA[t - k] - pricesB[t] / pricesB[t - k]
        }
        return m
    }

    /// For each day: 1 if the close is strictly above the mean of the last `length` closes
    /// (today's included, summed oldest first), 0 if not, −1 while fewer than `length` exist.
    static func aboveMovingAverage(_ prices: [Double], length: Int) -> [Int8] {
        var flags = [Int8](repeating: -1, count: prices.count)
        guard length >= 1, length <= prices.count else { return flags }
        for t in (length - 1)..<prices.count {
            var sum = 0.0
            for i in (t - length + 1)...t { sum += prices[i] }
            flags[t] = prices[t] > sum / Double(length) ? 1 : 0
        }
        return flags
    }

    /// Whether a decision is taken at each close under a calendar schedule.
    func decisionDays(_ rule: RebalanceRule) -> [Bool] {
        days.indices.map { rule.isPeriodEnd(days, at: $0) }
    }
}
