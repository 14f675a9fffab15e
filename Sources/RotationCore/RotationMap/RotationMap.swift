/// One symbol's closes for the rotation map, on the same `days` as the benchmark.
public struct RotationMapInput: Sendable, Equatable {
    public var symbol: String
    /// Closes aligned with the shared `days` column; NaN = no value that day.
    public var closes: [Double]

    public init(symbol: String, closes: [Double]) {
        self.symbol = symbol
        self.closes = closes
    }
}

/// The formula of the rotation map, as echoed in every result.
public let rotationMapFormula = """
    RS = 100*A/B on period closes (last common close of each period; the current period ends at the as-of day); \
    RS-Ratio = 100 + (RS - mean_n(RS)) / sd_n(RS); ROC = 100*(RS-Ratio / RS-Ratio[k periods earlier] - 1); \
    RS-Momentum = 100 + (ROC - mean_n(ROC)) / sd_n(ROC); mean_n and sd_n (population) over the trailing n \
    periods ending at each point, so no point uses later data. A public approximation of JdK RS-Ratio and \
    RS-Momentum after An0n1mity/RRGPy (RRGIndicator.py) as described in the RRG-Lite wiki \
    (BennyThadikaran/RRG-Lite, "RS ratio and Momentum calculations"), with a trailing k-period rate of \
    change and the centre at 100 for both axes.
    """

/// A rotation map in the spirit of Relative Rotation Graphs: each symbol's RS-Ratio (trend of
/// relative strength) and RS-Momentum (its rate of change) against one benchmark.
///
/// The JdK formulas are proprietary; this is the public z-score approximation in
/// `rotationMapFormula` (see `RotationScores`), computed on period closes of the days both the
/// symbol and the benchmark have, cut at `asOf`. It is look-ahead free: every value uses only
/// data up to its own date, so a point as of D equals the last point computed on data cut at D.
/// Quadrants per `RotationQuadrant`. Cost O(days + symbols × (tail + 2n + k) × n).
public func rotationMap(
    days: [TradingDay], benchmark: [Double], benchmarkName: String, symbols: [RotationMapInput],
    period: PeriodicFrequency = .week, parameters: RotationMapParameters = RotationMapParameters(),
    basis: PriceBasis = .price, asOf: TradingDay? = nil
) -> RotationMapReport {
    let points = symbols.map { input in
        rotationPoint(days: days, closes: input.closes, benchmark: benchmark, symbol: input.symbol,
                      period: period, parameters: parameters, asOf: asOf)
    }
    return RotationMapReport(benchmark: benchmarkName, basis: basis, period: period, asOf: asOf,
                             formula: rotationMapFormula, parameters: parameters, points: points)
}

/// The rotation-map point of one symbol (see `rotationMap`).
public func rotationPoint(
    days: [TradingDay], closes: [Double], benchmark: [Double], symbol: String,
    period: PeriodicFrequency = .week, parameters: RotationMapParameters = RotationMapParameters(),
    asOf: TradingDay? = nil
) -> RotationPoint {
    let pair = RelativePair(days: days, closesA: closes, closesB: benchmark, asOf: asOf)
    let ends = period.periodEndIndices(pair.days)
    let rs = ends.map { 100 * pair.ratio(at: $0) }
    let n = parameters.window, k = parameters.momentumLag, tail = parameters.tail
    let main = RotationScores(rs: rs, window: n, lag: k, needed: tail)
    let alternatives = parameters.stabilityFactors.map {
        RotationScores(rs: rs, window: parameters.scaledWindow($0), lag: k, needed: tail)
    }

    var point = RotationPoint(symbol: symbol, date: pair.days.last, rsRatio: nil, rsMomentum: nil, quadrant: nil,
                              partial: false, tail: [], stability: RotationStability(compared: 0, changed: 0, fraction: nil))
    guard let lastDay = pair.days.last else { return point }
    let evaluationDay = max(asOf ?? lastDay, lastDay)
    point.partial = period.periodKey(of: evaluationDay) == period.periodKey(of: lastDay)
        && period.isPartial(lastDay: evaluationDay)

    var compared = 0, changed = 0
    for t in max(0, rs.count - tail)..<rs.count {
        guard let ratio = main.ratio[t], let momentum = main.momentum[t] else { continue }
        let quadrant = RotationQuadrant(ratio: ratio, momentum: momentum)
        point.tail.append(RotationTailPoint(date: pair.days[ends[t]], rsRatio: ratio, rsMomentum: momentum,
                                            quadrant: quadrant))
        let others = alternatives.compactMap { scores -> RotationQuadrant? in
            guard let r = scores.ratio[t], let m = scores.momentum[t] else { return nil }
            return RotationQuadrant(ratio: r, momentum: m)
        }
        guard others.count == alternatives.count, !others.isEmpty else { continue }
        compared += 1
        if others.contains(where: { $0 != quadrant }) { changed += 1 }
    }
    point.stability = RotationStability(compared: compared, changed: changed,
                                        fraction: compared > 0 ? Double(changed) / Double(compared) : nil)
    if let last = rs.indices.last, let ratio = main.ratio[last], let momentum = main.momentum[last] {
        point.rsRatio = ratio
        point.rsMomentum = momentum
        point.quadrant = RotationQuadrant(ratio: ratio, momentum: momentum)
    }
    return point
}
