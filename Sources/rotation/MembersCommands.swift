import ArgumentParser
import Foundation
import RotationApp
import RotationCore

/// Options shared by breadth and contribution.
struct MembersOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A holdings file (iShares layout, date in its name or --date) or a members file (repeatable); or DATE, INDEX@DATE or INDEX for the snapshots in the store.",
        discussion: "With DATE the snapshot in force on each day (the latest on or before it) comes from the store, and DATE is the default --as-of (breadth) or --from (contribution). Omitted: the store's snapshots, when they belong to one index.",
        valueName: "FILE|DATE|INDEX@DATE"))
    var members: [String] = []
    @Option(help: ArgumentHelp("Snapshot date of a holdings file whose name has none.", valueName: "YYYY-MM-DD"))
    var date: TradingDay?
    @Option(help: "Member prices: a wide matrix CSV (date, then one column per ticker) or a directory of CSV files. Default: the store.")
    var prices: String?

    var input: MembersInput { MembersInput(members: members, date: date, prices: prices) }
}

struct BreadthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breadth",
        abstract: "Participation of an index's members: advancers, % above averages, new highs, McClellan.",
        discussion: "Coverage (covered vs members) is part of the answer; member prices are adjusted closes (total basis).")

    @OptionGroup var membersOptions: MembersOptions
    @Option(help: ArgumentHelp("The day to report (last member price day on or before it).", valueName: "YYYY-MM-DD")) var asOf: TradingDay?
    @Option(help: ArgumentHelp("Start of a dated series.", valueName: "YYYY-MM-DD")) var from: TradingDay?
    @Option(help: ArgumentHelp("End of a dated series.", valueName: "YYYY-MM-DD")) var to: TradingDay?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var chart: ChartOptions

    func run() async throws {
        let result = try await store.service.breadth(membersOptions.input, asOf: asOf, from: from, to: to)
        try Output.emit(result, json: store.json, options: output, chart: chart, drawChart: { CommandCharts.breadth(result) }) {
            MembersTables.breadth(result)
        }
    }
}

struct ContributionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribution",
        abstract: "Who drove the index's return: member and sector contributions, concentration.")

    @OptionGroup var membersOptions: MembersOptions
    @Option(help: ArgumentHelp("Start day.", valueName: "YYYY-MM-DD")) var from: TradingDay?
    @Option(help: ArgumentHelp("End day.", valueName: "YYYY-MM-DD")) var to: TradingDay?
    @Option(help: "Rows to print (all in --json).") var top = 15
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let result = try await store.service.contribution(membersOptions.input, from: from, to: to)
        try Output.emit(result, json: store.json, options: output) { MembersTables.contribution(result, top: top) }
    }
}

struct ValuationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "valuation",
        abstract: "Index-level P/E and fundamentals under every convention, side by side, with a bridge.",
        discussion: """
            --holdings FILE reads a fundamentals file built by hand. --members FILE|DATE builds every figure \
            from the store: the members' SEC filings (rotation fetch sec), their closes and FINRA short \
            interest (rotation fetch finra), point in time as of --as-of (only figures filed by then). \
            All P/E figures are trailing; forward P/E needs analysts' estimates, which are not public.
            """)

    @Option(help: "A fundamentals file: ticker, market_cap, earnings_ttm, earnings_forward, sales, … (see docs/CONVENTIONS.md).")
    var holdings: String?
    @Option(help: ArgumentHelp("The members: a members or holdings file, or DATE, INDEX@DATE or INDEX for the store's snapshots.",
                               valueName: "FILE|DATE"))
    var members: [String] = []
    @Option(help: ArgumentHelp("The day to value at (default: the members' date); only filings made by then are used.",
                               valueName: "YYYY-MM-DD"))
    var asOf: TradingDay?
    @Option(help: "Member rows to print (all in --json).") var top = 15
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        switch (holdings, members.isEmpty) {
        case (let file?, true):
            let report = try store.service.valuation(holdings: file)
            try Output.emit(report, json: store.json, options: output) { MembersTables.valuation(report) }
        case (nil, false):
            let report = try await store.service.valuation(members: members, asOf: asOf)
            try Output.emit(report, json: store.json, options: output) { MembersTables.filingsValuation(report, top: top) }
        default:
            throw Failure(.usage, "valuation needs exactly one of --holdings FILE and --members FILE|DATE")
        }
    }
}
