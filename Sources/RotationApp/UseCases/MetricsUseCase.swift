import RotationCore
import RotationData

/// `rotation metrics SYMBOL [--benchmark B] …`.
public struct MetricsRequest: Sendable {
    public var symbol: String
    public var benchmark: String?
    public var from: TradingDay?
    public var to: TradingDay?
    /// Annual risk-free rate as a fraction (0.04 = 4%); converted per period geometrically.
    public var riskFreeAnnual: Double
    public var period: PeriodicFrequency
    public var periodsPerYear: Int?
    public var basis: PriceBasis
    public var convention: MetricsConvention
    /// How many of the worst drawdowns to list.
    public var drawdowns: Int
    /// Rolling window in periods, or nil for no rolling series.
    public var rolling: Int?

    public init(symbol: String, benchmark: String? = nil, from: TradingDay? = nil, to: TradingDay? = nil,
                riskFreeAnnual: Double = 0, period: PeriodicFrequency = .day, periodsPerYear: Int? = nil,
                basis: PriceBasis = .price, convention: MetricsConvention = .empyrical, drawdowns: Int = 5, rolling: Int? = nil) {
        self.symbol = symbol
        self.benchmark = benchmark
        self.from = from
        self.to = to
        self.riskFreeAnnual = riskFreeAnnual
        self.period = period
        self.periodsPerYear = periodsPerYear
        self.basis = basis
        self.convention = convention
        self.drawdowns = drawdowns
        self.rolling = rolling
    }
}

extension MetricsRequest {
    /// The request when its values are in range, else the usage `Failure` both front ends
    /// answer; `spelling` names a field as the asking front end does (`periods per year` on the
    /// command line, `periods_per_year` in the API), the rest of each message is shared.
    public func validated(spelling: FieldSpelling = .words) throws -> MetricsRequest {
        guard riskFreeAnnual > -1 else { throw Failure(.usage, "--rf must be greater than -1 (a fraction: 0.04 = 4%)") }
        if let rolling, rolling < 2 { throw Failure(.usage, "--rolling needs at least 2 periods") }
        if let perYear = periodsPerYear, perYear < 1 {
            throw Failure(.usage, "\(spelling.name("periodsPerYear")): expected a whole number ≥ 1, got \(perYear)")
        }
        return self
    }
}

/// The contract's `metrics` document, plus `rolling` when asked for.
public struct MetricsResult: Sendable, Encodable {
    public var report: MetricsReport
    public var rolling: RollingSeries?
    /// The period returns the statistics were computed on (and the benchmark's, aligned), for
    /// `--chart`: growth of 1 and drawdown. Not in the JSON.
    public var returns: Series?
    public var benchmarkReturns: Series?

    public init(report: MetricsReport, rolling: RollingSeries? = nil, returns: Series? = nil, benchmarkReturns: Series? = nil) {
        self.report = report
        self.rolling = rolling
        self.returns = returns
        self.benchmarkReturns = benchmarkReturns
    }

    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        guard let rolling else { return }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(rolling, forKey: .rolling)
    }

    private enum Key: String, CodingKey { case rolling }
}

/// Rolling metrics as a dated series: `{window, points: [{date, volatility, sharpe, beta, correlation}]}`.
public struct RollingSeries: Sendable, Encodable {
    public var window: Int
    public var points: [Point]

    public struct Point: Sendable, Encodable {
        public var date: TradingDay
        @ExplicitNull public var volatility: Double? = nil
        @ExplicitNull public var sharpe: Double? = nil
        @ExplicitNull public var beta: Double? = nil
        @ExplicitNull public var correlation: Double? = nil
    }

    init(_ metrics: RollingMetrics) {
        window = metrics.window
        points = metrics.days.indices.map { i in
            Point(date: metrics.days[i], volatility: metrics.volatility[i], sharpe: metrics.sharpe[i],
                  beta: metrics.beta?[i], correlation: metrics.correlation?[i])
        }
    }
}

extension RotationService {
    /// Risk and return statistics of a symbol (prices or a return series), optionally against a benchmark.
    public func metrics(_ request: MetricsRequest) async throws -> MetricsResult {
        _ = try request.validated()
        let subject = try await returnsInput(request.symbol, basis: request.basis)
        var benchmark: MetricsInput?
        if let name = request.benchmark { benchmark = try await returnsInput(name, basis: request.basis) }
        let ppy = request.periodsPerYear ?? request.period.periodsPerYear
        let report: MetricsReport
        var returns: Series
        var benchmarkReturns: Series?
        switch (subject, benchmark) {
        case (.prices(let name, let days, let closes), nil):
            report = computeMetrics(symbol: name, days: days, closes: closes, benchmark: nil, basis: request.basis.rawValue,
                                    period: request.period, periodsPerYear: ppy, riskFreeAnnual: request.riskFreeAnnual,
                                    convention: request.convention, from: request.from, to: request.to, drawdownCount: request.drawdowns)
            returns = Series(name: name, kind: .price, days: days, values: closes).presentOnly.between(from: request.from, to: request.to)
                .lastOfEachPeriod(request.period).simpleReturns()
        case (.prices(let name, let days, let closes), .prices(let bName, let bDays, let bCloses)):
            report = computeMetrics(symbol: name, days: days, closes: closes, benchmark: (bName, bDays, bCloses),
                                    basis: request.basis.rawValue, period: request.period, periodsPerYear: ppy,
                                    riskFreeAnnual: request.riskFreeAnnual, convention: request.convention,
                                    from: request.from, to: request.to, drawdownCount: request.drawdowns)
            let pair = alignOnCommonDays(
                Series(name: name, kind: .price, days: days, values: closes).presentOnly.between(from: request.from, to: request.to),
                Series(name: bName, kind: .price, days: bDays, values: bCloses).presentOnly.between(from: request.from, to: request.to))
            returns = Series(name: name, kind: .price, days: pair.days, values: pair.first).lastOfEachPeriod(request.period).simpleReturns()
            benchmarkReturns = Series(name: bName, kind: .price, days: pair.days, values: pair.second).lastOfEachPeriod(request.period).simpleReturns()
        default:
            let a = subject.asReturns, b = benchmark?.asReturns
            report = computeMetrics(symbol: a.name, returnDays: a.days, returns: a.values,
                                    benchmark: b.map { ($0.name, $0.days, $0.values) }, basis: request.basis.rawValue,
                                    period: request.period, periodsPerYear: ppy, riskFreeAnnual: request.riskFreeAnnual,
                                    convention: request.convention, from: request.from, to: request.to, drawdownCount: request.drawdowns)
            if let b {
                let pair = alignOnCommonDays(a.between(from: request.from, to: request.to), b.between(from: request.from, to: request.to))
                returns = Series(name: a.name, kind: .return, days: pair.days, values: pair.first).compoundedByPeriod(request.period)
                benchmarkReturns = Series(name: b.name, kind: .return, days: pair.days, values: pair.second).compoundedByPeriod(request.period)
            } else {
                returns = a.between(from: request.from, to: request.to).compoundedByPeriod(request.period)
            }
        }
        guard report.nReturns > 0 else {
            throw DataError(.emptyWindow, "\(request.symbol): no returns between \(request.from.map(String.init(describing:)) ?? "the first date") and \(request.to.map(String.init(describing:)) ?? "the last date")")
        }
        var rolling: RollingSeries?
        if let window = request.rolling {
            let perPeriod = riskFreePerPeriod(annual: request.riskFreeAnnual, periodsPerYear: ppy) ?? 0
            rolling = RollingSeries(rollingMetrics(days: returns.days, returns: returns.values, benchmark: benchmarkReturns?.values,
                                                   window: window, riskFreePerPeriod: perPeriod, periodsPerYear: ppy))
        }
        return MetricsResult(report: report, rolling: rolling, returns: returns, benchmarkReturns: benchmarkReturns)
    }

    /// A metrics input: closes of a price symbol, or a return series (factors converted from percent).
    func returnsInput(_ argument: String, basis: PriceBasis) async throws -> MetricsInput {
        switch try await source.load(argument) {
        case .bars(let bars):
            return .prices(bars.symbol, bars.days, bars.closes(basis: basis))
        case .series(let series):
            switch series.kind {
            case .price: return .prices(series.name, series.days, series.values)
            case .return: return .returns(series)
            case .factor:
                return .returns(Series(name: series.name, kind: .return, days: series.days, values: series.values.map { $0 / 100 }))
            case .rate:
                throw Failure(.usage, "\(series.name) is a rate series (percent per year), not prices or returns")
            }
        }
    }
}

/// What `metrics` computes on: closes, or period returns.
enum MetricsInput {
    case prices(String, [TradingDay], [Double])
    case returns(Series)

    /// As a return series (prices become simple returns dated on the later close).
    var asReturns: Series {
        switch self {
        case .returns(let series): return series
        case .prices(let name, let days, let closes):
            return Series(name: name, kind: .price, days: days, values: closes).presentOnly.simpleReturns()
        }
    }
}
