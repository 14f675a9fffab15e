import ArgumentParser
import Foundation
import RotationApp
import RotationBacktest

struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a rotation spec over a grid of parameters on all cores, best first by a metric.",
        discussion: """
            --param NAME=VALUES, repeatable; names: \(SweepGrid.parameterNames.joined(separator: ", ")). VALUES is \
            a..b:step (inclusive, integers or decimals), a..b (step 1), one value, or a comma list (ma_days also takes \
            none; ma_fallback cash,other; rebalance none,daily,weekly,monthly,quarterly). Names not swept keep the \
            spec's value. Metrics: \(SweepMetric.allCases.map(\.rawValue).joined(separator: ", ")) (sharpe by default; \
            descending for \(SweepMetric.allCases.filter(\.largerIsBetter).map(\.rawValue).joined(separator: ", ")), \
            ascending for the others unless told). Every row goes \
            to --csv in grid order; only the best --top rows are kept in memory. See docs/CONVENTIONS.md (Sweeps).
            """)

    @Option(help: "The rotation spec (JSON), as for rotation backtest.") var spec: String
    @Option(name: .customLong("param"), help: ArgumentHelp("A swept parameter: NAME=a..b:step, NAME=a..b, NAME=v or NAME=v1,v2,….",
                                                          valueName: "NAME=VALUES")) var parameters: [String] = []
    @Option(help: ArgumentHelp("The metric to rank by.", valueName: "METRIC")) var sort = "sharpe"
    @Flag(help: "Best = largest value.") var descending = false
    @Flag(help: "Best = smallest value.") var ascending = false
    @Option(help: "How many of the best rows to print (and keep).") var top = 20
    @Option(help: "Write every row (grid order) to this CSV file.") var csv: String?
    @Option(help: "Read SYMBOL.csv files from this directory instead of the store.") var prices: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        // The API's checks, said as the argument parser says a usage error.
        do {
            try SweepRequest.validate(descending: descending, ascending: ascending, top: top)
        } catch let failure as Failure {
            throw ValidationError(failure.message)
        }
    }

    func run() async throws {
        let metric = try SweepMetric.parse(sort)
        let grid = try SweepGrid.parse(parameters)
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: spec)) } catch {
            throw Failure(.missingInput, "\(spec): no such file or directory")
        }
        let decoded = try BacktestRequest.decodeSpec(data, file: spec)
        let order = metric.ranksDescending(descending: descending, ascending: ascending)
        let bar = ProgressBar(label: "sweep", showsTimeLeft: true)
        let report = try await store.service.sweep(
            SweepRequest(spec: decoded, grid: grid, metric: metric, descending: order, top: top, csvPath: csv, pricesDirectory: prices),
            progress: { done, total in bar.update(done: done, total: total) })
        try Output.emit(report, json: store.json, options: output) { EventsTables.sweep(report) }
    }
}
