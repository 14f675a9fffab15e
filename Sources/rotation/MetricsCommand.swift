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
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        let result = try await store.service.metrics(MetricsRequest(
            symbol: symbol, benchmark: benchmark, from: from, to: to, riskFreeAnnual: rf, period: period,
            periodsPerYear: periodsPerYear, basis: totalReturn ? .total : .price, convention: convention,
            drawdowns: drawdowns, rolling: rolling))
        try Output.emit(result, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.metrics(result) }) {
            MetricsTables.metrics(result)
        }
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
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

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
        try Output.emit(report, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.backtest(report) }) {
            MetricsTables.backtest(report)
        }
    }
}
