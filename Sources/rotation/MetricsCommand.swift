import ArgumentParser
import Foundation
import RotationApp
import RotationBacktest
import RotationCore

extension MetricsConvention: ExpressibleByArgument {}

struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Risk and return statistics (empyrical conventions), optionally against a benchmark.",
        discussion: """
            Returns run between consecutive prices (the first return is dated on the second price). With a \
            benchmark both series are cut to their common dates first. Weekly and monthly periods use the last \
            close of each calendar period. --rf is an annual fraction converted per period as (1+rf)^(1/ppy)−1.
            """)

    @Argument(help: "A symbol, price file or return-series file.") var symbol: String
    @Option(help: "Benchmark symbol or file.") var benchmark: String?
    @Option(help: ArgumentHelp("First price date (inclusive).", valueName: "YYYY-MM-DD")) var from: TradingDay?
    @Option(help: ArgumentHelp("Last price date (inclusive).", valueName: "YYYY-MM-DD")) var to: TradingDay?
    @Option(help: "Annual risk-free rate as a fraction (0.04 = 4%).") var rf = 0.0
    @Option(help: PeriodicFrequency.help("day, week or month")) var period: PeriodicFrequency = .day
    @Option(help: "Override periods per year (default 252/52/12).") var periodsPerYear: Int?
    @Option(help: "Convention profile for capture ratios and Sortino: empyrical, morningstar or pa.") var convention: MetricsConvention = .empyrical
    @Option(help: "How many of the worst drawdowns to list.") var drawdowns = 5
    @Option(help: "Rolling volatility, Sharpe, beta and correlation over N periods.") var rolling: Int?
    @Flag(help: "Use adj_close (dividends and splits reinvested) instead of close.") var totalReturn = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let result = try await store.service.metrics(MetricsRequest(
            symbol: symbol, benchmark: benchmark, from: from, to: to, riskFreeAnnual: rf, period: period,
            periodsPerYear: periodsPerYear, basis: totalReturn ? .total : .price, convention: convention,
            drawdowns: drawdowns, rolling: rolling))
        if store.json { return try Output.json(result) }
        Output.print(try MetricsText.render(result))
    }
}

/// Text rendering of a metrics document: its JSON keys, one per line, numbers as stated in CONVENTIONS.md.
enum MetricsText {
    static func render(_ result: MetricsResult) throws -> String {
        let object = try JSONSerialization.jsonObject(with: try JSONOutput.encode(result.report)) as? [String: Any] ?? [:]
        let r = result.report
        var out = "\(r.symbol)\(r.benchmark.map { " vs \($0)" } ?? ""), \(r.period.adjective), \(r.basis) basis, "
            + "\(r.firstDate.map(String.init(describing:)) ?? "?") to \(r.lastDate.map(String.init(describing:)) ?? "?"), "
            + "\(r.nReturns) returns, \(r.convention.rawValue) convention\n"
        let rows = r.statistics.map { statistic in
            let value = statistic.value(r)
            return [statistic.key, statistic.unit == .fraction ? Formatting.percent(value) : Formatting.decimal(value)]
        }
        out += TextTable.render(columns: ["Metric", "Value"], rows: rows)
        if let alignment = object["alignment"] as? [String: Any] {
            out += "Aligned \(alignment["aligned"] ?? 0) common dates; dropped \(alignment["dropped_from_symbol"] ?? 0) from \(r.symbol) "
                + "and \(alignment["dropped_from_benchmark"] ?? 0) from \(r.benchmark ?? "the benchmark").\n"
        }
        if let drawdowns = object["drawdowns"] as? [[String: Any]], !drawdowns.isEmpty {
            out += "\nWorst drawdowns\n" + TextTable.render(columns: ["Peak", "Trough", "Recovery", "Depth", "Periods to trough"], rows: drawdowns.map {
                [$0["peak_date"] as? String ?? "start", $0["trough_date"] as? String ?? "", $0["recovery_date"] as? String ?? "open",
                 Formatting.percent($0["depth"] as? Double), "\($0["peak_to_trough_periods"] ?? "")"]
            })
        }
        return out
    }
}

struct BacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Run a strategy spec (allocation, pairs, rotation) on total-return prices.",
        discussion: "See docs/CONVENTIONS.md (Backtests) for the spec fields and the accounting conventions.")

    @Option(help: "The strategy spec (JSON).") var spec: String
    @Option(help: "Read SYMBOL.csv files from this directory instead of the store.") var prices: String?
    @Option(help: "Write the equity curve to this CSV file (date,equity).") var equityCsv: String?
    @Option(help: "How many of the worst drawdowns to list.") var drawdowns = 5
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: spec)) } catch {
            throw Failure(.missingInput, "\(spec): no such file or directory")
        }
        let decoded = try BacktestRequest.decodeSpec(data, file: spec)
        let report = try await store.service.backtest(BacktestRequest(spec: decoded, pricesDirectory: prices, drawdowns: drawdowns))
        if let equityCsv {
            var csv = "date,equity\n"
            for point in report.result.equity { csv += "\(point.date),\(point.equity)\n" }
            do { try csv.write(toFile: equityCsv, atomically: true, encoding: .utf8) } catch {
                throw Failure(.io, "\(equityCsv): cannot write the equity curve")
            }
        }
        if store.json { return try Output.json(report) }
        let r = report.result
        Output.print("\(r.strategy.rawValue) \(r.firstDate) to \(r.lastDate): final equity \(Formatting.decimal(r.finalEquity)), "
            + "total return \(Formatting.percent(r.totalReturn)), \(r.rebalances) rebalances, turnover \(Formatting.decimal(r.turnover, decimals: 2)), "
            + "costs \(Formatting.decimal(r.costs, decimals: 6))\n"
            + (r.ruinedOn.map { "Ruined on \($0): equity fell to zero or below; the run stopped that day.\n" } ?? "") + "\n")
        Output.print(try MetricsText.render(MetricsResult(report: report.metrics, rolling: nil)))
    }
}
