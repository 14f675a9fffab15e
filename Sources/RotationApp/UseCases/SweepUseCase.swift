import Foundation
import RotationBacktest
import RotationCore
import RotationData

/// `rotation sweep --spec FILE --param name=values …`.
public struct SweepRequest: Sendable {
    /// A rotation spec: symbols, dates, costs, cash rate and the values of names not swept.
    public var spec: BacktestSpec
    public var grid: SweepGrid
    public var metric: SweepMetric
    public var descending: Bool
    /// Rows kept (best first) for the report; the CSV gets every row.
    public var top: Int
    /// Write every row, in grid order, to this CSV file.
    public var csvPath: String?
    public var pricesDirectory: String?
    /// Parameter sets per batch handed to `sweepRotation` (each batch runs on all cores).
    public var batchSize: Int

    public init(spec: BacktestSpec, grid: SweepGrid, metric: SweepMetric = .sharpe, descending: Bool = true, top: Int = 20,
                csvPath: String? = nil, pricesDirectory: String? = nil, batchSize: Int = 1_000) {
        self.spec = spec
        self.grid = grid
        self.metric = metric
        self.descending = descending
        self.top = top
        self.csvPath = csvPath
        self.pricesDirectory = pricesDirectory
        self.batchSize = batchSize
    }

    /// The checks of the ranking options, as `rotation sweep` and `POST /api/sweep` both apply
    /// them: throws a usage `Failure` naming the options.
    public static func validate(descending: Bool, ascending: Bool, top: Int) throws {
        guard !(descending && ascending) else { throw Failure(.usage, "--descending and --ascending exclude each other") }
        guard top >= 0 else { throw Failure(.usage, "--top must be ≥ 0") }
    }
}

/// One parameter set's row: its position in the grid (0-based), parameters and totals.
public struct SweepRow: Sendable, Encodable {
    public var index: Int
    public var result: RotationSweepResult

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: SweepCodingKey.self)
        try c.encode(index, forKey: SweepCodingKey("index"))
        try c.encode(result.parameters, forKey: SweepCodingKey("parameters"))
        try c.encode(result.finalEquity, forKey: SweepCodingKey("final_equity"))
        try c.encode(result.totalReturn, forKey: SweepCodingKey("total_return"))
        try c.encode(result.provisionalSharpe, forKey: SweepCodingKey("sharpe"))
        try c.encode(result.rebalances, forKey: SweepCodingKey("rebalances"))
        try c.encode(result.turnover, forKey: SweepCodingKey("turnover"))
        try c.encode(result.costs, forKey: SweepCodingKey("costs"))
    }

    /// The CSV header: `index`, the five parameters, then the metrics.
    public static let csvHeader = "index,lookback_weeks,ma_days,ma_fallback,split_threshold,rebalance,"
        + "final_equity,total_return,sharpe,rebalances,turnover,costs"

    /// The row as CSV (`ma_days` and `sharpe` empty when absent; numbers in Swift's shortest
    /// round-trip form).
    public var csvLine: String {
        let p = result.parameters, r = result
        return "\(index),\(p.lookbackWeeks),\(p.maDays.map(String.init) ?? ""),\(p.maFallback.rawValue),\(p.splitThreshold),"
            + "\(p.rebalance.name),\(r.finalEquity),\(r.totalReturn),\(r.provisionalSharpe.map { "\($0)" } ?? ""),"
            + "\(r.rebalances),\(r.turnover),\(r.costs)"
    }
}

struct SweepCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The `rotation sweep` document.
public struct SweepReport: Sendable, Encodable {
    public var a: String
    public var b: String
    @ExplicitNull public var from: TradingDay? = nil
    @ExplicitNull public var to: TradingDay? = nil
    public var basis: PriceBasis
    public var gridSize: Int
    public var metric: SweepMetric
    public var order: String
    /// The best `top` rows by `metric` in `order` (ties in grid order).
    public var rows: [SweepRow]
    @ExplicitNull public var csv: String? = nil

    enum CodingKeys: String, CodingKey {
        case a, b, from, to, basis, metric, order, rows, csv
        case gridSize = "grid_size"
    }
}

extension RotationService {
    /// Runs the grid in batches over the same loaded data, streaming every row to the CSV file
    /// (written to `FILE.partial` and renamed at the end, so a failed run leaves no partial file)
    /// and keeping only the best `top` rows. `progress(done, total)` is called after each batch.
    public func sweep(_ request: SweepRequest, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> SweepReport {
        let spec = request.spec
        guard spec.strategy == .rotation, let a = spec.a, let b = spec.b else {
            throw DataError(.badInput, "a sweep needs a rotation spec with \"a\" and \"b\" (got strategy \"\(spec.strategy.rawValue)\")")
        }
        let axes = try request.grid.axes(base: spec)
        let total = axes.count
        for index in 0..<total {
            do { try axes.parameters(at: index).validate() } catch let error as BacktestError {
                throw Failure(.usage, "--param: \(error.description)")
            }
        }
        var bars: [DailyBars] = []
        for symbol in spec.symbols { bars.append(try await loadPrices(symbol, directory: request.pricesDirectory)) }
        var rates: [Series] = []
        if let rate = spec.cashRate { rates.append(try await loadRate(rate, directory: request.pricesDirectory)) }
        let data = BacktestData(bars: bars, basis: spec.basis, rates: rates)

        let writer = try request.csvPath.map { try SweepCSVWriter(path: $0) }
        var best = SweepTopRows(metric: request.metric, descending: request.descending, keep: max(0, request.top))
        var start = 0
        while start < total {
            let end = min(total, start + max(1, request.batchSize))
            let sets = (start..<end).map { axes.parameters(at: $0) }
            let results: [RotationSweepResult]
            do {
                results = try await sweepRotation(spec, parameterSets: sets, on: data, rankBy: .totalReturn)
            } catch let error as BacktestError {
                writer?.discard()
                throw DataError(.badInput, error.description)
            }
            let rows = SweepTopRows.gridOrder(results, sets: sets, firstIndex: start)
            try writer?.write(rows)
            best.add(rows)
            start = end
            progress?(start, total)
        }
        try writer?.finish()
        return SweepReport(a: a, b: b, from: spec.from, to: spec.to, basis: spec.basis, gridSize: total, metric: request.metric,
                           order: request.descending ? "descending" : "ascending", rows: best.rows, csv: request.csvPath)
    }
}
