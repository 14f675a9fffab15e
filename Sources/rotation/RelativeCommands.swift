import ArgumentParser
import RotationApp
import RotationCore

extension PeriodicFrequency: ExpressibleByArgument {
    /// `--period`'s help: the periods a command offers, and the adjectives it also accepts.
    static func help(_ names: String) -> ArgumentHelp {
        ArgumentHelp("Period: \(names) (or daily, weekly, monthly).")
    }
}

struct RelativeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relative",
        abstract: "Relative strength of A against B: period returns, excess, streaks, recent record.",
        discussion: """
            Weeks run Monday–Sunday; a period's return runs from the last common close of the previous \
            period to its own last common close. A partial current period is marked and not counted in streaks.
            """)

    @Argument(help: "The first symbol or file (A).") var a: String
    @Argument(help: "The second symbol or file (B).") var b: String
    @Option(help: PeriodicFrequency.help("day, week or month")) var period: PeriodicFrequency = .week
    @Option(help: ArgumentHelp("Only periods ending on or after this day.", valueName: "YYYY-MM-DD")) var from: TradingDay?
    @Option(help: "n in \"A beat B in k of the last n periods\".") var recent = 12
    @Flag(help: "List the days on which A and B moved in opposite directions.") var divergences = false
    @Option(help: "Rows of periods to print in the table (all in --json).") var rows = 12
    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        let report = try await store.service.relative(RelativeRequest(
            a: a, b: b, period: period, asOf: evaluation.asOf, from: from, basis: evaluation.basis,
            divergences: divergences, recent: recent))
        try Output.emit(report, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.relative(report) }) {
            RelativeTables.relative(report, rows: rows)
        }
    }
}

struct RotationMapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rrg",
        abstract: "Rotation map: RS-Ratio and RS-Momentum of each symbol against a benchmark.",
        discussion: "A documented, look-ahead-free public approximation of Relative Rotation Graphs; the formula is echoed in --json.")

    @Argument(help: "Symbols or files.") var symbols: [String]
    @Option(help: "The benchmark symbol or file.") var benchmark: String
    @Option(help: PeriodicFrequency.help("week or day")) var period: PeriodicFrequency = .week
    @Option(help: "Points in each tail.") var tail = 8
    @Option(help: "Smoothing window n (periods).") var window = 14
    @Option(help: "Momentum lag k (periods).") var lag = 1
    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        let parameters = try RotationMapParameters.checked(window: window, lag: lag, tail: tail)
        let report = try await store.service.rotationMap(RotationMapRequest(
            symbols: symbols, benchmark: benchmark, period: period, parameters: parameters,
            asOf: evaluation.asOf, basis: evaluation.basis))
        try Output.emit(report, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.rotationMap(report) }) {
            RelativeTables.rotationMap(report)
        }
    }
}

struct CyclesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cycles",
        abstract: "Long-history regimes of A/B (or of one series): underperformance and outperformance stretches, ranked.")

    @Argument(help: "A symbol or file (A), e.g. RUT or ff3_monthly.csv#smb.") var a: String
    @Argument(help: "Optional benchmark B: the line is A/B.") var b: String?
    @Option(help: PeriodicFrequency.help("month, week or day")) var period: PeriodicFrequency = .month
    @Option(help: "Leave out stretches shallower than this depth (fraction).") var minimumDepth = 0.0
    @Option(help: "Stretches to print per direction (all in --json).") var top = 10
    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        let report = try await store.service.cycles(CyclesRequest(
            a: a, b: b, period: period, asOf: evaluation.asOf, basis: evaluation.basis, minimumDepth: minimumDepth))
        try Output.emit(report, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.cycles(report) }) {
            RelativeTables.cycles(report, top: top)
        }
    }
}
