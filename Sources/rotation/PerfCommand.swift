import ArgumentParser
import RotationApp
import RotationCore

struct PerfCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perf",
        abstract: "Returns over windows for one or more symbols or CSV files.",
        discussion: """
            Windows: \(Window.formsList) (week: since the last close of the previous Mon–Sun week). \
            Default: \(Window.defaults.map(\.description).joined(separator: " ")). The start value is the close of the last trading \
            day on or before the window's start anchor; the end value is the close on the as-of day.
            """)

    @Argument(help: "Symbols in the store, or CSV files (a path containing / or ending in .csv).")
    var symbols: [String]

    @Option(name: .customLong("window"), help: ArgumentHelp("A window (repeatable).", valueName: "window"),
            transform: { (text: String) throws -> Window in
                do { return try Window.parse(text) } catch { throw ValidationError(String(describing: error)) }
            })
    var windows: [Window] = []

    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        var request = PerfRequest(symbols: symbols, windows: windows, asOf: evaluation.asOf, basis: evaluation.basis)
        request.cumulativeLines = chart.chart != nil
        let result = try await store.service.perf(request)
        try Output.emit(result, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.perf(result) }) {
            PerfTables.perf(result)
        }
    }
}


struct HighsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "highs",
        abstract: "Record closes and record intraday highs, and the distance from the record.")

    @Argument(help: "Symbols in the store, or CSV files.")
    var symbols: [String]

    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let result = try await store.service.highs(HighsRequest(symbols: symbols, asOf: evaluation.asOf, basis: evaluation.basis))
        try Output.emit(result, json: store.json, options: output) { PerfTables.highs(result) }
    }
}

struct BriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The market brief: who led, records, leadership, risk (and breadth, valuation), in text, Markdown or HTML.",
        discussion: """
            Every sentence carries the command that reproduces it (footnotes in md and html). The html format is one \
            self-contained page with inline SVG charts. --members/--prices add a breadth section, --holdings a valuation \
            section. On an empty store the bundled sample (S&P 500 and Nasdaq 1999–2018, Fama–French factors) is loaded first.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html }

    @Option(help: "Output format: text, md or html.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write the brief to FILE (atomically) instead of stdout.", valueName: "FILE"))
    var out: String?

    @Option(help: ArgumentHelp("Sleeves to compare, e.g. small=RUT,large=GSPC,tech=IXIC.", valueName: "ROLE=SYMBOL,…"))
    var universe: String?

    @OptionGroup var membersOptions: MembersOptions

    @Option(help: ArgumentHelp("A fundamentals file for the valuation section.", valueName: "FILE"))
    var holdings: String?

    @OptionGroup var evaluation: EvaluationOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let request = BriefRequest(asOf: evaluation.asOf, universe: try universe.map(Universe.parse), basis: evaluation.basis,
                                   members: membersOptions.members.isEmpty ? nil : membersOptions.input, holdings: holdings)
        let brief = try await store.service.brief(request)
        let text: String
        if store.json {
            text = try JSONOutput.string(brief)
        } else {
            switch format {
            case .text: text = BriefRendering.text(brief)
            case .md: text = BriefRendering.markdown(brief)
            case .html: text = BriefRendering.html(brief)
            }
        }
        guard let out else { return Output.print(text) }
        try Output.write(text, toFile: out)
    }
}
