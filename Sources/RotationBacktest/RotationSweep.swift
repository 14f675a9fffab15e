import RotationCore

/// What a sweep sorts its results by, best first.
public enum SweepRanking: String, Sendable, Codable {
    /// Final equity − 1.
    case totalReturn = "total_return"
    /// `ProvisionalSharpeAccumulator`: mean / std of daily equity returns × √252; runs without
    /// one (`nil`) sort last.
    case provisionalSharpe = "provisional_sharpe"
}

/// One parameter set's outcome in a sweep: totals only, no equity curve.
public struct RotationSweepResult: Sendable, Equatable, Codable {
    public var parameters: RotationParameters
    public var finalEquity: Double
    public var totalReturn: Double
    /// Provisional (see `SweepRanking.provisionalSharpe`); `nil` when undefined.
    public var provisionalSharpe: Double?
    public var rebalances: Int
    public var turnover: Double
    public var costs: Double

    enum CodingKeys: String, CodingKey {
        case parameters, rebalances, turnover, costs
        case finalEquity = "final_equity", totalReturn = "total_return", provisionalSharpe = "provisional_sharpe"
    }
}

/// Runs many rotation parameter sets over the same aligned data, on all cores, and returns them
/// best first by `rankBy` (ties keep the order of `parameterSets`), at most `keepBest` of them.
///
/// `base` supplies everything but the parameters (`a`, `b`, `from`, `to`, costs, `cash_rate`);
/// its own lookback, filter and schedule are ignored. Each result equals the one
/// `runBacktest` gives for `base` with those parameters. Momentum arrays are computed once per
/// distinct lookback, moving-average flags once per distinct length, decision days once per
/// schedule; the per-day loop allocates nothing and no equity curve is kept, so memory is the
/// data plus those caches plus one small result per kept parameter set.
public func sweepRotation(_ base: BacktestSpec, parameterSets: [RotationParameters], on data: BacktestData,
                          rankBy: SweepRanking = .totalReturn, keepBest: Int? = nil) async throws -> [RotationSweepResult] {
    guard base.strategy == .rotation else {
        throw BacktestError.invalidValue(field: "strategy", reason: "a sweep runs rotation, got \"\(base.strategy.rawValue)\"")
    }
    for p in parameterSets { try p.validate() }
    let market = try RotationMarket(base, data: data)
    let caches = SignalCaches(market, parameterSets)
    let keep = max(0, keepBest ?? parameterSets.count)
    let chunkCount = min(parameterSets.count, 64)
    guard chunkCount > 0, keep > 0 else { return [] }

    let ranked = await withTaskGroup(of: [RankedResult].self) { group in
        for chunk in 0..<chunkCount {
            let range = (parameterSets.count * chunk / chunkCount)..<(parameterSets.count * (chunk + 1) / chunkCount)
            let sets = Array(parameterSets[range])
            group.addTask {
                var results: [RankedResult] = []
                results.reserveCapacity(sets.count)
                for (offset, p) in sets.enumerated() {
                    var observer = StatisticsObserver()
                    let totals = simulateRotation(market, caches.signal(p), observer: &observer)
                    results.append(RankedResult(index: range.lowerBound + offset, result: RotationSweepResult(
                        parameters: p, finalEquity: totals.finalEquity, totalReturn: totals.finalEquity - 1,
                        provisionalSharpe: observer.sharpe.annualizedSharpe, rebalances: max(0, totals.tradingEvents - 1),
                        turnover: totals.turnover, costs: totals.costs)))
                }
                return Array(results.sorted { $0.isBetter(than: $1, by: rankBy) }.prefix(keep))
            }
        }
        var merged: [RankedResult] = []
        for await part in group {
            merged = Array((merged + part).sorted { $0.isBetter(than: $1, by: rankBy) }.prefix(keep))
        }
        return merged
    }
    return ranked.map(\.result)
}

/// A sweep result with its position in the input, for a stable order.
private struct RankedResult: Sendable {
    var index: Int
    var result: RotationSweepResult

    func isBetter(than other: RankedResult, by ranking: SweepRanking) -> Bool {
        let (a, b): (Double?, Double?) = switch ranking {
        case .totalReturn: (result.totalReturn, other.result.totalReturn)
        case .provisionalSharpe: (result.provisionalSharpe, other.result.provisionalSharpe)
        }
        switch (a, b) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return index < other.index
        }
    }
}

/// Daily returns of the equity into the provisional Sharpe; nothing else kept.
private struct StatisticsObserver: RotationObserver {
    var sharpe = ProvisionalSharpeAccumulator()
    private var previous = Double.nan

    @inline(__always)
    mutating func trade(at t: Int, symbol: Int, unitsDelta: Double, price: Double, notional: Double, cost: Double) {}

    @inline(__always)
    mutating func close(at t: Int, equity: Double, pnlEquity: Double, cash: Double) {
        if !previous.isNaN { sharpe.add(equity / previous - 1) }
        previous = equity
    }
}

/// Signal arrays shared by a sweep's parameter sets.
private struct SignalCaches: Sendable {
    var momentum: [Int: [Double]] = [:]
    var above: [Int: (a: [Int8], b: [Int8])] = [:]
    var decisions: [RebalanceRule: [Bool]] = [:]

    init(_ market: RotationMarket, _ sets: [RotationParameters]) {
        for p in sets {
            if momentum[p.lookbackDays] == nil { momentum[p.lookbackDays] = market.relativeMomentum(lagDays: p.lookbackDays) }
            if let m = p.maDays, above[m] == nil {
                above[m] = (RotationMarket.aboveMovingAverage(market.pricesA, length: m),
                            RotationMarket.aboveMovingAverage(market.pricesB, length: m))
            }
            if decisions[p.rebalance] == nil { decisions[p.rebalance] = market.decisionDays(p.rebalance) }
        }
    }

    func signal(_ p: RotationParameters) -> RotationSignal {
        let flags = p.maDays.flatMap { above[$0] }
        return RotationSignal(momentum: momentum[p.lookbackDays]!, aboveA: flags?.a, aboveB: flags?.b,
                              decisions: decisions[p.rebalance]!, threshold: p.splitThreshold, fallback: p.maFallback)
    }
}
