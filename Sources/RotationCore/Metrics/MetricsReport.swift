/// The result of `rotation metrics`: the contract's "metrics keys" plus the convention,
/// the risk-free conversion, the alignment with the benchmark and the worst drawdowns.
///
/// Encoding writes every contract key; a metric that cannot be computed is JSON `null`.
/// The benchmark keys (`beta` … `information_ratio`, `alignment`) are written only when there
/// is a benchmark (`benchmark` is then its name, otherwise `null`).
public struct MetricsReport: Codable, Sendable, Equatable {
    public var symbol: String
    public var benchmark: String?
    /// `"price"` or `"total"`, as chosen by the caller.
    public var basis: String
    public var period: PeriodicFrequency
    public var periodsPerYear: Int
    /// The first and last dates of the measured span: for price input the first and last
    /// close used (the first return is dated on the second close); for return input the
    /// first and last return. `nil` when the selection is empty.
    public var firstDate: TradingDay?
    public var lastDate: TradingDay?
    public var nReturns: Int
    public var totalReturn: Double?
    public var cagr: Double?
    public var annualVolatility: Double?
    public var sharpe: Double?
    public var sortino: Double?
    public var maxDrawdown: Double?
    public var calmar: Double?
    public var omega: Double?
    public var tailRatio: Double?
    public var skew: Double?
    public var kurtosis: Double?
    public var var95: Double?
    public var stability: Double?
    public var beta: Double?
    public var alpha: Double?
    public var correlation: Double?
    public var upCapture: Double?
    public var downCapture: Double?
    public var trackingError: Double?
    public var informationRatio: Double?
    /// The profile used for capture ratios and Sortino.
    public var convention: MetricsConvention
    public var riskFree: RiskFree
    /// Present exactly when there is a benchmark.
    public var alignment: Alignment?
    /// The deepest drawdown episodes, deepest first.
    public var drawdowns: [DrawdownPeriod]

    /// The annual risk-free rate and its per-period equivalent.
    public struct RiskFree: Codable, Sendable, Equatable {
        /// Annual rate as a fraction (0.04 = 4 %).
        public var annual: Double
        /// `(1 + annual)^(1 / periods_per_year) − 1`.
        public var perPeriod: Double
        /// Always `"geometric"`.
        public var method: String

        public init(annual: Double, perPeriod: Double, method: String = "geometric") {
            self.annual = annual
            self.perPeriod = perPeriod
            self.method = method
        }

        enum CodingKeys: String, CodingKey {
            case annual, perPeriod = "per_period", method
        }
    }

    /// How the series and its benchmark were cut to common dates.
    public struct Alignment: Codable, Sendable, Equatable {
        /// Common observations (price dates, or return dates for return input) kept.
        public var aligned: Int
        /// Observations of the symbol in the date range that the benchmark lacks.
        public var droppedFromSymbol: Int
        /// Observations of the benchmark in the date range that the symbol lacks.
        public var droppedFromBenchmark: Int

        public init(aligned: Int, droppedFromSymbol: Int, droppedFromBenchmark: Int) {
            self.aligned = aligned
            self.droppedFromSymbol = droppedFromSymbol
            self.droppedFromBenchmark = droppedFromBenchmark
        }

        enum CodingKeys: String, CodingKey {
            case aligned, droppedFromSymbol = "dropped_from_symbol", droppedFromBenchmark = "dropped_from_benchmark"
        }
    }

    enum CodingKeys: String, CodingKey {
        case symbol, benchmark, basis, period
        case periodsPerYear = "periods_per_year", firstDate = "first_date", lastDate = "last_date"
        case nReturns = "n_returns", totalReturn = "total_return", cagr
        case annualVolatility = "annual_volatility", sharpe, sortino, maxDrawdown = "max_drawdown"
        case calmar, omega, tailRatio = "tail_ratio", skew, kurtosis, var95 = "var_95", stability
        case beta, alpha, correlation, upCapture = "up_capture", downCapture = "down_capture"
        case trackingError = "tracking_error", informationRatio = "information_ratio"
        case convention, riskFree = "risk_free", alignment, drawdowns
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(benchmark, forKey: .benchmark)
        try c.encode(basis, forKey: .basis)
        // The adjective ("daily"), as the metrics result has always spelled its period.
        try c.encode(period.adjective, forKey: .period)
        try c.encode(periodsPerYear, forKey: .periodsPerYear)
        try c.encode(firstDate, forKey: .firstDate)
        try c.encode(lastDate, forKey: .lastDate)
        try c.encode(nReturns, forKey: .nReturns)
        for statistic in statistics {
            guard let key = CodingKeys(stringValue: statistic.key) else {
                preconditionFailure("MetricsReport.statistics key \(statistic.key) has no coding key")
            }
            try c.encode(statistic.value(self), forKey: key)
        }
        if benchmark != nil { try c.encode(alignment, forKey: .alignment) }
        try c.encode(convention, forKey: .convention)
        try c.encode(riskFree, forKey: .riskFree)
        try c.encode(drawdowns, forKey: .drawdowns)
    }
}

/// One statistic of a `MetricsReport`: its JSON key, its unit and how to read it. The table
/// `MetricsReport.allStatistics` drives the JSON document and the text of `rotation metrics`, so a
/// metric listed there cannot be missing from either.
public struct MetricStatistic: Sendable {
    /// How a value is stated.
    public enum Unit: Sendable, Equatable {
        /// A fraction (a return, a drawdown, a rate): shown as a percentage in text.
        case fraction
        /// A plain number (a ratio, a moment, a coefficient).
        case number
    }

    /// The contract's JSON key (`annual_volatility`).
    public let key: String
    public let unit: Unit
    /// Stated only when there is a benchmark (`beta` … `information_ratio`).
    public let needsBenchmark: Bool
    /// The value in a report (`nil` when it cannot be computed).
    public let value: @Sendable (MetricsReport) -> Double?

    public init(_ key: String, _ unit: Unit, needsBenchmark: Bool = false, _ value: @escaping @Sendable (MetricsReport) -> Double?) {
        self.key = key
        self.unit = unit
        self.needsBenchmark = needsBenchmark
        self.value = value
    }
}

extension MetricsReport {
    /// Every statistic, in the contract's order: the thirteen of any series, then the seven
    /// against a benchmark.
    public static let allStatistics: [MetricStatistic] = [
        MetricStatistic("total_return", .fraction) { $0.totalReturn },
        MetricStatistic("cagr", .fraction) { $0.cagr },
        MetricStatistic("annual_volatility", .fraction) { $0.annualVolatility },
        MetricStatistic("sharpe", .number) { $0.sharpe },
        MetricStatistic("sortino", .number) { $0.sortino },
        MetricStatistic("max_drawdown", .fraction) { $0.maxDrawdown },
        MetricStatistic("calmar", .number) { $0.calmar },
        MetricStatistic("omega", .number) { $0.omega },
        MetricStatistic("tail_ratio", .number) { $0.tailRatio },
        MetricStatistic("skew", .number) { $0.skew },
        MetricStatistic("kurtosis", .number) { $0.kurtosis },
        MetricStatistic("var_95", .fraction) { $0.var95 },
        MetricStatistic("stability", .number) { $0.stability },
        MetricStatistic("beta", .number, needsBenchmark: true) { $0.beta },
        MetricStatistic("alpha", .fraction, needsBenchmark: true) { $0.alpha },
        MetricStatistic("correlation", .number, needsBenchmark: true) { $0.correlation },
        MetricStatistic("up_capture", .number, needsBenchmark: true) { $0.upCapture },
        MetricStatistic("down_capture", .number, needsBenchmark: true) { $0.downCapture },
        MetricStatistic("tracking_error", .fraction, needsBenchmark: true) { $0.trackingError },
        MetricStatistic("information_ratio", .number, needsBenchmark: true) { $0.informationRatio },
    ]

    /// The statistics this report states: all of them with a benchmark, otherwise those that
    /// need none.
    public var statistics: [MetricStatistic] {
        benchmark == nil ? Self.allStatistics.filter { !$0.needsBenchmark } : Self.allStatistics
    }
}
