import RotationCore
import RotationData

/// `rotation relative A B`.
public struct RelativeRequest: Sendable {
    public var a: String
    public var b: String
    public var period: PeriodicFrequency
    public var asOf: TradingDay?
    public var from: TradingDay?
    public var basis: PriceBasis
    public var divergences: Bool
    /// n in "A beat B in k of the last n periods".
    public var recent: Int

    public init(a: String, b: String, period: PeriodicFrequency = .week, asOf: TradingDay? = nil, from: TradingDay? = nil,
                basis: PriceBasis = .price, divergences: Bool = false, recent: Int = 12) {
        self.a = a
        self.b = b
        self.period = period
        self.asOf = asOf
        self.from = from
        self.basis = basis
        self.divergences = divergences
        self.recent = recent
    }
}

/// `rotation rrg SYMBOL… --benchmark B`.
public struct RotationMapRequest: Sendable {
    public var symbols: [String]
    public var benchmark: String
    public var period: PeriodicFrequency
    public var parameters: RotationMapParameters
    public var asOf: TradingDay?
    public var basis: PriceBasis

    public init(symbols: [String], benchmark: String, period: PeriodicFrequency = .week,
                parameters: RotationMapParameters = RotationMapParameters(), asOf: TradingDay? = nil, basis: PriceBasis = .price) {
        self.symbols = symbols
        self.benchmark = benchmark
        self.period = period
        self.parameters = parameters
        self.asOf = asOf
        self.basis = basis
    }
}

/// `rotation cycles A [B]`.
public struct CyclesRequest: Sendable {
    public var a: String
    public var b: String?
    public var period: PeriodicFrequency
    public var asOf: TradingDay?
    public var basis: PriceBasis
    /// Episodes shallower than this depth (a fraction) are not listed.
    public var minimumDepth: Double

    public init(a: String, b: String? = nil, period: PeriodicFrequency = .month, asOf: TradingDay? = nil,
                basis: PriceBasis = .price, minimumDepth: Double = 0) {
        self.a = a
        self.b = b
        self.period = period
        self.asOf = asOf
        self.basis = basis
        self.minimumDepth = minimumDepth
    }
}

extension RotationService {
    /// Relative strength of A against B: line, period returns, streaks, recent record.
    public func relative(_ request: RelativeRequest) async throws -> RelativeStrengthReport {
        let columnA = try await priceColumnWithBasis(request.a, basis: request.basis)
        let columnB = try await priceColumnWithBasis(request.b, basis: request.basis)
        let axis = DayAxis([(columnA.days, columnA.values), (columnB.days, columnB.values)])
        var report = relativeStrength(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1],
                                      nameA: columnA.name, nameB: columnB.name, period: request.period, basis: request.basis,
                                      asOf: request.asOf, from: request.from, recentCount: request.recent,
                                      includeDivergences: request.divergences)
        if let asOf = answerAsOf(request.asOf, [columnA, columnB]) {
            (report.series, report.notes) = coverage([columnA, columnB], asOf: asOf, basis: request.basis)
        }
        return report
    }

    /// The rotation map of several symbols against one benchmark.
    public func rotationMap(_ request: RotationMapRequest) async throws -> RotationMapReport {
        guard !request.symbols.isEmpty else { throw Failure(.usage, "rrg needs at least one SYMBOL") }
        let benchmark = try await priceColumnWithBasis(request.benchmark, basis: request.basis)
        var columns = [benchmark]
        for symbol in request.symbols {
            columns.append(try await priceColumnWithBasis(symbol, basis: request.basis))
        }
        let axis = DayAxis(columns.map { ($0.days, $0.values) })
        let symbols = columns.dropFirst().enumerated().map { RotationMapInput(symbol: $0.element.name, closes: axis.columns[$0.offset + 1]) }
        var report = RotationCore.rotationMap(days: axis.days, benchmark: axis.columns[0], benchmarkName: benchmark.name,
                                              symbols: symbols, period: request.period, parameters: request.parameters,
                                              basis: request.basis, asOf: request.asOf)
        if let asOf = answerAsOf(request.asOf, columns) {
            (report.series, report.notes) = coverage(columns, asOf: asOf, basis: request.basis)
        }
        return report
    }

    /// Underperformance and outperformance stretches of A/B, or of A alone (a price series or
    /// a cumulated return or factor series).
    public func cycles(_ request: CyclesRequest) async throws -> CycleReport {
        let first = try await source.load(request.a)
        let line: CycleLine
        let name: String
        if let b = request.b {
            let (nameA, daysA, levelsA) = try await priceColumn(request.a, basis: request.basis)
            let (nameB, daysB, levelsB) = try await priceColumn(b, basis: request.basis)
            let axis = DayAxis([(daysA, levelsA), (daysB, levelsB)])
            line = CycleLine.relative(days: axis.days, closesA: axis.columns[0], closesB: axis.columns[1],
                                      period: request.period, asOf: request.asOf)
            name = "\(nameA)/\(nameB)"
        } else {
            switch first {
            case .bars(let bars):
                line = CycleLine.relative(days: bars.days, closesA: bars.closes(basis: request.basis), closesB: nil,
                                          period: request.period, asOf: request.asOf)
            case .series(let series):
                guard series.kind != .rate else {
                    throw Failure(.usage, "\(series.name) is a rate series (percent per year), not returns")
                }
                line = CycleLine.cumulated(days: series.days, returns: series.values,
                                           scale: series.kind == .factor ? 0.01 : 1, period: request.period, asOf: request.asOf)
            }
            name = first.symbol
        }
        guard line.count >= 2 else {
            throw DataError(.emptyWindow, "\(name): fewer than two \(request.period.adjective) points to find cycles in")
        }
        var report = RotationCore.cycles(line: line, series: name, period: request.period, minimumDepth: request.minimumDepth)
        report.line = line
        return report
    }
}

extension RotationMapParameters {
    /// The rotation map's parameters from user input: the core's preconditions checked first,
    /// so bad input is a usage error (exit 64, HTTP 400) from every front end, never a trap.
    public static func checked(window: Int, lag: Int, tail: Int) throws -> RotationMapParameters {
        guard window >= 2, lag >= 1, tail >= 1 else { throw Failure(.usage, "rrg needs window ≥ 2, lag ≥ 1 and tail ≥ 1") }
        return RotationMapParameters(window: window, momentumLag: lag, tail: tail)
    }
}
