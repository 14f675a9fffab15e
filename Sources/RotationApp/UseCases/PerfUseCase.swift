import RotationCore
import RotationData

/// `rotation perf SYMBOL… [--window W]…`.
public struct PerfRequest: Sendable {
    public var symbols: [String]
    public var windows: [Window]
    public var asOf: TradingDay?
    public var basis: PriceBasis

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
    }
}

/// The contract's `perf` document.
public typealias PerfResult = DatedRows<WindowReturn>

extension RotationService {
    /// Window returns for each symbol (rows grouped by symbol, windows in request order).
    public func perf(_ request: PerfRequest) async throws -> PerfResult {
        guard !request.symbols.isEmpty else { throw Failure(.usage, "perf needs at least one SYMBOL or FILE") }
        var rows: [WindowReturn] = []
        for argument in request.symbols {
            let (name, days, closes) = try await priceColumn(argument, basis: request.basis)
            for window in request.windows {
                rows.append(windowReturn(days: days, closes: closes, window: window, asOf: request.asOf, symbol: name))
            }
        }
        let asOf = request.asOf ?? rows.compactMap(\.endDate).max()
        return PerfResult(asOf: asOf, basis: request.basis, rows: rows)
    }

    /// The dated value column a window return is computed on: closes on the basis for bars (or
    /// the values of a single price column, `FILE#close`); for a return or factor series the
    /// cumulative growth of 1, so window returns of a return series compound its returns.
    /// Rate series have no window return.
    func priceColumn(_ argument: String, basis: PriceBasis) async throws -> (String, [TradingDay], [Double]) {
        switch try await source.load(argument) {
        case .bars(let bars):
            return (bars.symbol, bars.days, bars.closes(basis: basis))
        case .series(let series):
            if series.kind == .price { return (series.name, series.days, series.values) }
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
            return (series.name, series.days, levels)
        }
    }
}
