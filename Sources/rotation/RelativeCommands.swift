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

    func run() async throws {
        let report = try await store.service.relative(RelativeRequest(
            a: a, b: b, period: period, asOf: evaluation.asOf, from: from, basis: evaluation.basis,
            divergences: divergences, recent: recent))
        if store.json { return try Output.json(report) }
        var out = "\(report.a) vs \(report.b), \(report.period.adjective), as of \(report.asOf.map(String.init(describing:)) ?? "n/a")\n"
        if let streak = report.currentStreak {
            out += "Current streak: \(streak.leader ?? "tie") for \(streak.length) \(report.period.rawValue)(s), "
                + "\(streak.startDate) to \(streak.endDate) (relative change \(Formatting.percent(streak.relativeChange)))\n"
        }
        let recent = report.recent
        out += "\(report.a) beat \(report.b) in \(recent.aBeat) of the last \(recent.periods) complete periods (\(recent.ties) ties)\n\n"
        let periodRows = report.periods.suffix(rows).map { p in
            [p.endDate.description + (p.partial ? " (partial)" : ""), Formatting.percent(p.returnA), Formatting.percent(p.returnB),
             Formatting.percent(p.excess), p.leader ?? "tie"]
        }
        out += TextTable.render(columns: ["Period end", report.a, report.b, "Excess", "Leader"], rows: periodRows)
        if !report.longestStreaks.isEmpty {
            out += "\nLongest streaks\n"
            out += TextTable.render(columns: ["Leader", "Periods", "From", "To", "Relative change"], rows: report.longestStreaks.map {
                [$0.leader ?? "tie", "\($0.length)", $0.startDate.description, $0.endDate.description, Formatting.percent($0.relativeChange)]
            })
        }
        if let divergences = report.divergences {
            out += "\nDays moving in opposite directions: \(divergences.count)\n"
            out += TextTable.render(columns: ["Date", report.a, report.b], rows: divergences.suffix(rows).map {
                [$0.date.description, Formatting.percent($0.returnA), Formatting.percent($0.returnB)]
            })
        }
        out += CoverageText.lines(report.series, notes: report.notes)
        Output.print(out)
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

    func run() async throws {
        let parameters = try RotationMapParameters.checked(window: window, lag: lag, tail: tail)
        let report = try await store.service.rotationMap(RotationMapRequest(
            symbols: symbols, benchmark: benchmark, period: period, parameters: parameters,
            asOf: evaluation.asOf, basis: evaluation.basis))
        if store.json { return try Output.json(report) }
        let rows = report.points.map { p in
            [p.symbol, p.date.map(String.init(describing:)) ?? "n/a", Formatting.decimal(p.rsRatio, decimals: 2),
             Formatting.decimal(p.rsMomentum, decimals: 2), p.quadrant?.rawValue ?? "n/a",
             p.stability.fraction.map { Formatting.percent($0, decimals: 0) } ?? "n/a"]
        }
        Output.print("Rotation map vs \(report.benchmark), \(report.period.adjective) (n=\(window), k=\(lag))\n"
            + TextTable.render(columns: ["Symbol", "Date", "RS-Ratio", "RS-Momentum", "Quadrant", "Quadrant flips ±20%"], rows: rows)
            + CoverageText.lines(report.series, notes: report.notes))
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

    func run() async throws {
        let report = try await store.service.cycles(CyclesRequest(
            a: a, b: b, period: period, asOf: evaluation.asOf, basis: evaluation.basis, minimumDepth: minimumDepth))
        if store.json { return try Output.json(report) }
        var out = "\(report.series), \(report.period.adjective), \(report.firstDate.map(String.init(describing:)) ?? "?") to "
            + "\(report.lastDate.map(String.init(describing:)) ?? "?") (\(report.points) points)\n"
        for episode in [report.current.underperformance, report.current.outperformance].compactMap({ $0 }) {
            out += "Current \(episode.direction.rawValue): from \(episode.startDate), \(episode.lengthPeriods) periods, depth "
                + "\(Formatting.percent(episode.depth)); rank \(episode.lengthRank) of \(episode.of) by length, "
                + "\(episode.depthRank) by depth\n"
        }
        for direction in [CycleDirection.underperformance, .outperformance] {
            let ranked = report.stretches.filter { $0.direction == direction }.sorted { $0.lengthRank < $1.lengthRank }.prefix(top)
            out += "\nLongest \(direction.rawValue) stretches\n"
            out += TextTable.render(columns: ["Rank", "Start", "Extreme", "Recovered", "Periods", "Depth"], rows: ranked.map {
                ["\($0.lengthRank)", $0.startDate.description,
                 ($0.direction == .underperformance ? $0.troughDate : $0.peakDate).description,
                 $0.recoveryDate.map(String.init(describing:)) ?? "open", "\($0.lengthPeriods)", Formatting.percent($0.depth)]
            })
        }
        Output.print(out)
    }
}
