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

    func run() async throws {
        let result = try await store.service.breadth(membersOptions.input, asOf: asOf, from: from, to: to)
        if store.json { return try Output.json(result) }
        let r = result.report.latest
        var out = "Breadth as of \(r.asOf) (snapshot \(r.snapshotDate.map(String.init(describing:)) ?? "n/a")): "
            + "\(r.covered) of \(r.members) members covered\n"
        let rows: [[String]] = [
            ["Advancers / decliners / unchanged", "\(r.advancers) / \(r.decliners) / \(r.unchanged)"],
            ["Share up", Formatting.percent(r.shareUp).replacingOccurrences(of: "+", with: "")],
            ["Highest since", r.highestSince.map(String.init(describing:)) ?? (r.recordInHistory ? "start of history" : "n/a")],
            ["Above 50-day average", Formatting.percent(r.pctAbove50d).replacingOccurrences(of: "+", with: "")],
            ["Above 200-day average", Formatting.percent(r.pctAbove200d).replacingOccurrences(of: "+", with: "")],
            ["52-week highs / lows", "\(r.newHighs52w.map(String.init) ?? "n/a") / \(r.newLows52w.map(String.init) ?? "n/a")"],
            ["McClellan oscillator", Formatting.decimal(r.mcclellan.oscillator, decimals: 2)],
            ["McClellan ratio-adjusted", Formatting.decimal(r.mcclellan.ratioAdjusted, decimals: 2)],
            ["Summation index", Formatting.decimal(r.mcclellan.summation, decimals: 2)],
        ]
        out += TextTable.render(columns: ["Reading", "Value"], rows: rows)
        for note in result.report.notes { out += "Note: \(note)\n" }
        Output.print(out)
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

    func run() async throws {
        let result = try await store.service.contribution(membersOptions.input, from: from, to: to)
        if store.json { return try Output.json(result) }
        let r = result.report
        var out = "Contribution \(r.startDate) to \(r.endDate) (snapshot \(r.snapshotDate), \(r.weighting) weights): "
            + "index \(Formatting.percent(r.indexReturn)), equal weight \(Formatting.percent(r.equalWeightReturn)), "
            + "\(r.covered) of \(r.members) covered, uncovered weight \(Formatting.percent(r.uncoveredWeight).replacingOccurrences(of: "+", with: "")), "
            + "effective names \(Formatting.decimal(r.effectiveNames, decimals: 1))\n"
        out += TextTable.render(columns: ["Symbol", "Sector", "Weight", "Return", "Contribution"], rows: r.rows.prefix(top).map {
            [$0.symbol, $0.sector ?? "", Formatting.percent($0.weight).replacingOccurrences(of: "+", with: ""), Formatting.percent($0.return), Formatting.percent($0.contribution, decimals: 3)]
        })
        for note in r.notes { out += "Note: \(note)\n" }
        Output.print(out)
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

    func run() async throws {
        switch (holdings, members.isEmpty) {
        case (let file?, true):
            let report = try store.service.valuation(holdings: file)
            if store.json { return try Output.json(report) }
            Output.print("Valuation of \(report.members) members\n" + Self.conventions(report))
        case (nil, false):
            let report = try await store.service.valuation(members: members, asOf: asOf)
            if store.json { return try Output.json(report) }
            Output.print(Self.render(report, top: top))
        default:
            throw Failure(.usage, "valuation needs exactly one of --holdings FILE and --members FILE|DATE")
        }
    }

    static func conventions(_ report: ValuationReport) -> String {
        let pe = report.pe
        return TextTable.render(columns: ["P/E convention", "Value"], rows: [
            ["Aggregate ΣM/ΣE (losses included)", Formatting.decimal(pe.aggregate, decimals: 2)],
            ["Excluding loss-makers", Formatting.decimal(pe.excludingLosses, decimals: 2)],
            ["Losses as zero", Formatting.decimal(pe.lossesAsZero, decimals: 2)],
            ["Median member (E > 0)", Formatting.decimal(pe.median, decimals: 2)],
        ]) + report.bridge.sentence + "\n"
    }

    static func render(_ r: FilingsValuationReport, top: Int) -> String {
        let c = r.coverage
        func share(_ x: Double?) -> String { x.map { Formatting.percent($0).replacingOccurrences(of: "+", with: "") } ?? "n/a" }
        var out = "Trailing valuation as of \(r.asOf) from SEC filings: \(c.members) members, \(c.withFacts) with filings, "
            + "\(c.withEarnings) with trailing earnings, \(c.withPrice) with a price, \(c.withMarketCap) with a market cap\n"
        out += conventions(r.valuation)
        out += "Loss-makers: \(share(r.valuation.shareUnprofitableCount)) of members, \(share(r.valuation.shareUnprofitableCap)) of cap\n"
        let g = r.earningsGrowthTrailing
        out += "Trailing earnings growth vs \(g.yearAgo): \(g.value.map { Formatting.percent($0) } ?? "n/a") over \(g.members) members\n"
        let s = r.shortInterest
        if s.members == 0 {
            out += "Short interest: none stored for these members on or before \(r.asOf) (rotation fetch finra --date D)\n"
        } else {
            out += "Short interest (\(s.members) members, settlement \(s.settlementDates.map(String.init(describing:)).joined(separator: ", "))): "
                + "\(share(s.capWeighted)) of cap (cap-weighted), median \(share(s.median)) of shares outstanding\n"
        }
        let rows = r.rows.sorted { ($0.marketCap ?? -1) > ($1.marketCap ?? -1) }.prefix(top).map { row in
            [row.ticker, Formatting.decimal(row.marketCap.map { $0 / 1e6 }, decimals: 0), Formatting.decimal(row.earningsTrailing.map { $0 / 1e6 }, decimals: 1),
             row.earningsPeriodEnd.map(String.init(describing:)) ?? "", Formatting.decimal(row.priceEarnings, decimals: 1),
             row.priceDate.map(String.init(describing:)) ?? ""]
        }
        out += TextTable.render(columns: ["Ticker", "Cap ($m)", "TTM earnings ($m)", "Through", "P/E", "Price date"], rows: Array(rows))
        for note in r.valuation.notes { out += "Note: \(note)\n" }
        return out
    }
}
