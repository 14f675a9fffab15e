import RotationCore

/// The aligned input of a backtest: one row per day, one close column per symbol, and any rate
/// series a spec may name as `cash_rate`.
///
/// Closes are daily closes on the spec's basis (the loader picks `adj_close` for `total`).
/// `.nan` means "no close that day"; a strategy runs on the days where every symbol it reads has
/// a positive close (its common days). Days before `from` are history: signals and the beta
/// window may read them, the equity curve starts at the first common day on or after `from`.
public struct BacktestData: Sendable {
    /// Strictly ascending days.
    public let days: [TradingDay]
    /// Close columns by symbol, each as long as `days`.
    public let closes: [String: [Double]]
    /// Rate series by name (e.g. `DFF`), values in percent per year.
    public let rates: [String: Series]

    /// Columns must be as long as `days`; `days` strictly ascending.
    public init(days: [TradingDay], closes: [String: [Double]], rates: [String: Series] = [:]) {
        precondition(closes.values.allSatisfy { $0.count == days.count }, "BacktestData columns differ in length")
        precondition(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "BacktestData days must be strictly ascending")
        self.days = days
        self.closes = closes
        self.rates = rates
    }

    /// Bars of several symbols on the union of their days (NaN where a symbol has no close),
    /// closes on `basis`; rates keyed by their series name.
    public init(bars: [DailyBars], basis: PriceBasis = .total, rates: [Series] = []) {
        var union = Set<TradingDay>()
        for b in bars { union.formUnion(b.days) }
        let days = union.sorted()
        var closes: [String: [Double]] = [:]
        for b in bars {
            var column = [Double](repeating: .nan, count: days.count)
            let source = b.closes(basis: basis)
            var j = 0
            for (i, day) in b.days.enumerated() {
                while days[j] < day { j += 1 }
                column[j] = source[i]
            }
            closes[b.symbol] = column
        }
        self.init(days: days, closes: closes, rates: Dictionary(rates.map { ($0.name, $0) }, uniquingKeysWith: { $1 }))
    }
}

/// The common days of a strategy's symbols up to `to`, with the run's first and last index.
struct AlignedRun {
    /// Common days: every symbol has a positive close. History before `from` included.
    var days: [TradingDay]
    /// One column per symbol, in the order asked for.
    var prices: [[Double]]
    /// Index of the first day on or after `from` (the equity curve's first day).
    var start: Int
    /// Index of the last day on or before `to`.
    var end: Int
}

extension BacktestData {
    /// The common days of `symbols`, through `to`; errors for an unknown symbol or no common day
    /// in `from…to`.
    func aligned(_ symbols: [String], from: TradingDay?, to: TradingDay?) throws -> AlignedRun {
        var columns: [[Double]] = []
        for s in symbols {
            guard let column = closes[s] else { throw BacktestError.unknownSymbol(s) }
            columns.append(column)
        }
        var keptDays: [TradingDay] = []
        var kept = [[Double]](repeating: [], count: symbols.count)
        for i in days.indices {
            if let to, days[i] > to { break }
            guard columns.allSatisfy({ $0[i] > 0 && $0[i].isFinite }) else { continue }
            keptDays.append(days[i])
            for k in columns.indices { kept[k].append(columns[k][i]) }
        }
        let start = from.map { keptDays.firstIndex(onOrAfter: $0) } ?? 0
        guard start < keptDays.count else {
            throw BacktestError.emptyDateRange(symbols: symbols, from: from, to: to)
        }
        return AlignedRun(days: keptDays, prices: kept, start: start, end: keptDays.count - 1)
    }

    /// The rate series a spec names, or `nil` when it names none.
    func rateSeries(_ name: String?) throws -> Series? {
        guard let name else { return nil }
        guard let series = rates[name] else { throw BacktestError.missingRateSeries(name) }
        return series
    }
}
