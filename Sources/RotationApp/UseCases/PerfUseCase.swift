import RotationCore
import RotationData

/// `rotation perf SYMBOL… [--window W]…`.
public struct PerfRequest: Sendable {
    public var symbols: [String]
    public var windows: [Window]
    public var asOf: TradingDay?
    public var basis: PriceBasis
    /// Also compute each symbol's cumulative-return line for `--chart` (`PerfResult.cumulative`).
    public var cumulativeLines = false

    public init(symbols: [String], windows: [Window] = Window.defaults, asOf: TradingDay? = nil, basis: PriceBasis = .price) {
        self.symbols = symbols
        self.windows = windows.isEmpty ? Window.defaults : windows
        self.asOf = asOf
        self.basis = basis
    }
}

/// A document of dated rows: `as_of, basis, rows` — the shape of `perf` and `highs`.
public struct DatedRows<Row: Codable & Sendable & Equatable>: Sendable, Codable, Equatable {
    /// The requested as-of day, or the latest end date among the rows.
    public var asOf: TradingDay?
    public var basis: PriceBasis
    public var rows: [Row]
    /// Each series' last date and real basis (`perf`; empty for `highs`, whose rows carry theirs).
    public var series: [SeriesCoverage] = []
    /// Sentences for the reader: series that end before the as-of day, price-only total returns.
    public var notes: [String] = []
    /// `perf` with `cumulativeLines`: each symbol's return since the earliest window start, day
    /// by day (`CumulativeLine`); empty otherwise. What `--chart` draws; not in the JSON.
    public var cumulative: [CumulativeLine] = []

    public init(asOf: TradingDay?, basis: PriceBasis, rows: [Row]) {
        self.asOf = asOf
        self.basis = basis
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case basis, rows
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(basis, forKey: .basis)
        try container.encode(rows, forKey: .rows)
        try CoverageKeys.encode(series, notes: notes, to: encoder)
    }
}

/// The contract's `perf` document.
public typealias PerfResult = DatedRows<WindowReturn>

extension RotationService {
    /// Window returns for each symbol (rows grouped by symbol, windows in request order).
    public func perf(_ request: PerfRequest) async throws -> PerfResult {
        guard !request.symbols.isEmpty else { throw Failure(.usage, "perf needs at least one SYMBOL or FILE") }
        var rows: [WindowReturn] = []
        var columns: [PriceColumn] = []
        for argument in request.symbols {
            let column = try await priceColumnWithBasis(argument, basis: request.basis)
            columns.append(column)
            for window in request.windows {
                rows.append(windowReturn(days: column.days, closes: column.values, window: window, asOf: request.asOf,
                                         symbol: column.name))
            }
        }
        let asOf = request.asOf ?? rows.compactMap(\.endDate).max()
        var result = PerfResult(asOf: asOf, basis: request.basis, rows: rows)
        if let asOf {
            (result.series, result.notes) = coverage(columns, asOf: asOf, basis: request.basis)
            if request.cumulativeLines, let start = rows.compactMap(\.startDate).min() {
                result.cumulative = columns.compactMap { CumulativeLine.of($0, from: start, to: asOf) }
            }
        }
        return result
    }

    /// Each column's coverage as of `asOf` and the notes a reader needs (issue 16, cases 3, 4).
    func coverage(_ columns: [PriceColumn], asOf: TradingDay, basis: PriceBasis) -> ([SeriesCoverage], [String]) {
        let series = columns.map {
            SeriesCoverage.of(symbol: $0.name, days: $0.days, values: $0.values, asOf: asOf, requested: basis,
                              hasDividendData: $0.hasDividendData)
        }
        return (series, series.flatMap { $0.notes(asOf: asOf) })
    }

    /// The answer's as-of day: the one asked for, else the latest day any column has a value on.
    func answerAsOf(_ asOf: TradingDay?, _ columns: [PriceColumn]) -> TradingDay? {
        asOf ?? columns.compactMap { column in column.values.lastIndex { !$0.isNaN }.map { column.days[$0] } }.max()
    }

    /// The dated value column a window return is computed on: closes on the basis for bars (or
    /// the values of a single price column, `FILE#close`); for a return or factor series the
    /// cumulative growth of 1, so window returns of a return series compound its returns.
    /// Rate series have no window return.
    func priceColumn(_ argument: String, basis: PriceBasis) async throws -> (String, [TradingDay], [Double]) {
        let column = try await priceColumnWithBasis(argument, basis: basis)
        return (column.name, column.days, column.values)
    }

    /// `priceColumn`, plus whether the series has dividend data (false for bars whose adj_close
    /// repeats the close or is missing; true for anything that is not bars, which has one basis).
    func priceColumnWithBasis(_ argument: String, basis: PriceBasis) async throws -> PriceColumn {
        switch try await source.load(argument) {
        case .bars(let bars):
            return PriceColumn(name: bars.symbol, days: bars.days, values: bars.closes(basis: basis),
                               hasDividendData: bars.hasDividendData)
        case .series(let series):
            if series.kind == .price { return PriceColumn(name: series.name, days: series.days, values: series.values) }
            guard series.kind != .rate else {
                throw Failure(.usage, "\(series.name) is a rate series (percent per year); window returns need prices or returns")
            }
            let scale = series.kind == .factor ? 0.01 : 1.0
            var level = 1.0
            var levels: [Double] = []
            levels.reserveCapacity(series.count)
            for value in series.values {
                level *= 1 + value * scale
                levels.append(level)
            }
            return PriceColumn(name: series.name, days: series.days, values: levels)
        }
    }
}

/// One symbol's cumulative return from a start close to the as-of day, on its own days:
/// value / start value − 1 (0 on the start day), `nil` where the close is missing.
public struct CumulativeLine: Sendable, Equatable {
    public var symbol: String
    /// The day of the start close: the last day with a close on or before the start asked for.
    public var startDate: TradingDay
    public var days: [TradingDay]
    public var values: [Double?]

    /// The line of `column` from its last close on or before `start` (else its first close)
    /// to its last day on or before `asOf`; `nil` without a close in that span.
    static func of(_ column: PriceColumn, from start: TradingDay, to asOf: TradingDay) -> CumulativeLine? {
        guard let last = column.days.lastIndex(onOrBefore: asOf) else { return nil }
        let first = column.days.indices.last { column.days[$0] <= start && !column.values[$0].isNaN }
            ?? column.days.indices.first { !column.values[$0].isNaN }
        guard let first, first <= last else { return nil }
        let base = column.values[first]
        let values: [Double?] = column.values[first...last].map { $0.isNaN ? nil : $0 / base - 1 }
        return CumulativeLine(symbol: column.name, startDate: column.days[first], days: Array(column.days[first...last]),
                              values: values)
    }
}

/// One series as a dated value column, with whether its bars carry dividend data.
struct PriceColumn {
    var name: String
    var days: [TradingDay]
    var values: [Double]
    var hasDividendData = true
}
