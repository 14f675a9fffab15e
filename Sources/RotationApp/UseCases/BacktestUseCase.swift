import Foundation
import RotationBacktest
import RotationCore
import RotationData

/// `rotation backtest --spec FILE`.
public struct BacktestRequest: Sendable {
    public var spec: BacktestSpec
    /// Read `SYMBOL.csv` files from this directory instead of the store.
    public var pricesDirectory: String?
    /// How many of the worst drawdowns of the equity curve to list.
    public var drawdowns: Int

    public init(spec: BacktestSpec, pricesDirectory: String? = nil, drawdowns: Int = 5) {
        self.spec = spec
        self.pricesDirectory = pricesDirectory
        self.drawdowns = drawdowns
    }

    /// Decodes a spec file's JSON, naming the file in any error.
    public static func decodeSpec(_ data: Data, file: String) throws -> BacktestSpec {
        do {
            let spec = try JSONDecoder().decode(BacktestSpec.self, from: data)
            try spec.checkBeforeRun()
            return spec
        } catch let error as BacktestError {
            throw DataError(.badInput, error.description, at: SourceLocation(file: file))
        } catch let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw DataError(.badInput, "not valid JSON\(path.isEmpty ? "" : " at \(path)")\(detail.map { ": \($0)" } ?? "")",
                            at: SourceLocation(file: file))
        } catch let DecodingError.keyNotFound(key, _) {
            throw DataError(.badInput, "missing field \"\(key.stringValue)\"", at: SourceLocation(file: file))
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DataError(.badInput, "field \"\(path)\": \(context.debugDescription)", at: SourceLocation(file: file))
        } catch let DecodingError.valueNotFound(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DataError(.badInput, "field \"\(path)\": \(context.debugDescription)", at: SourceLocation(file: file))
        }
    }
}

extension RotationService {
    /// Loads the spec's symbols (full history, so signals can warm up before `from`) and its cash
    /// rate series, then runs the strategy.
    public func backtestRun(_ request: BacktestRequest) async throws -> BacktestResult {
        let spec = request.spec
        var bars: [DailyBars] = []
        for symbol in spec.symbols {
            bars.append(try await loadPrices(symbol, directory: request.pricesDirectory))
        }
        var rates: [Series] = []
        if let rate = spec.cashRate {
            let loaded = try await loadRate(rate, directory: request.pricesDirectory)
            rates.append(loaded)
        }
        let data = BacktestData(bars: bars, basis: spec.basis, rates: rates)
        do {
            return try runBacktest(spec, on: data)
        } catch let error as BacktestError {
            throw DataError(.badInput, error.description)
        }
    }

    func loadPrices(_ symbol: String, directory: String?) async throws -> DailyBars {
        guard let directory, !InputFiles.isFileReference(symbol) else { return try await source.loadBars(symbol) }
        return try await source.loadBars(directory + "/" + symbol + ".csv")
    }

    func loadRate(_ name: String, directory: String?) async throws -> Series {
        let loaded: LoadedSeries
        if let directory, !InputFiles.isFileReference(name),
           FileManager.default.fileExists(atPath: directory + "/" + name + ".csv") {
            loaded = try await source.load(directory + "/" + name + ".csv")
        } else {
            loaded = try await source.load(name)
        }
        guard case .series(var series) = loaded, series.kind == .rate || series.kind == .return || series.kind == .factor else {
            throw DataError(.badInput, "cash_rate \"\(name)\" is not a rate series (expected date,value in percent)")
        }
        series.name = name
        return series
    }
}

/// The contract's `backtest` document: the engine's result plus the full metric set of the
/// equity curve (daily, empyrical conventions) and its worst drawdowns.
public struct BacktestReport: Sendable, Encodable {
    public var result: BacktestResult
    public var metrics: MetricsReport

    public func encode(to encoder: any Encoder) throws {
        try result.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(metrics, forKey: .metrics)
    }

    private enum Key: String, CodingKey { case metrics }
}

extension RotationService {
    /// Runs a backtest and measures its equity curve with the same metrics as `rotation metrics`.
    public func backtest(_ request: BacktestRequest) async throws -> BacktestReport {
        let result = try await backtestRun(request)
        // Returns of the equity curve from the pre-cost starting equity of 1, so the entry cost is
        // the first period's loss and the metrics' total_return equals final_equity − 1.
        var previous = 1.0
        let returns = result.equity.map { point -> Double in
            defer { previous = point.equity }
            return point.equity / previous - 1
        }
        let metrics = computeMetrics(symbol: result.strategy.rawValue, returnDays: result.equity.map(\.date), returns: returns,
                                     benchmark: nil, basis: request.spec.basis.rawValue, period: .daily,
                                     drawdownCount: request.drawdowns)
        return BacktestReport(result: result, metrics: metrics)
    }
}
