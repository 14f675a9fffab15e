import RotationCore

/// One named input of a read-only command as the API takes it: the CLI's long option name in
/// snake_case, or `symbols` / `a` / `b` for positional arguments.
///
/// The server builds its routes, its query validation and its OpenAPI document from these, so
/// the three cannot drift apart.
public struct CommandParameter: Sendable, Equatable {
    /// What a value looks like.
    public enum Kind: Sendable, Equatable {
        /// Free text (a symbol, a window, `ROLE=SYMBOL,…`).
        case text
        /// Comma-separated symbols (`symbols=RUT,GSPC`).
        case list
        /// `YYYY-MM-DD`.
        case date
        case integer
        case number
        /// `true`/`false` (empty means true).
        case boolean
        /// One of the listed words.
        case choice([String])
        /// A file path (relative to the server's files folder).
        case file
    }

    public var name: String
    public var kind: Kind
    /// May be given more than once (`window=1m&window=ytd`).
    public var repeated: Bool
    public var required: Bool
    /// One line for the API description.
    public var summary: String

    public init(_ name: String, _ kind: Kind, repeated: Bool = false, required: Bool = false, _ summary: String) {
        self.name = name
        self.kind = kind
        self.repeated = repeated
        self.required = required
        self.summary = summary
    }

    /// `as_of`.
    static let asOf = CommandParameter("as_of", .date, "Evaluate as if the data ended on this day.")
    /// `total_return`.
    static let totalReturn = CommandParameter("total_return", .boolean, "Use adj_close (dividends reinvested) instead of close.")

    /// `period`: every accepted spelling (day, week, month and their adjectives).
    static func period(default value: PeriodicFrequency) -> CommandParameter {
        CommandParameter("period", .choice(PeriodicFrequency.acceptedNames), "Period (default \(value.rawValue)).")
    }

    /// The shared member inputs of `breadth` and `contribution`.
    static let members: [CommandParameter] = [
        CommandParameter("members", .file, repeated: true,
                         "Holdings or members files, or the store's snapshots: DATE, INDEX@DATE or INDEX (omitted: the store's snapshots of its one index)."),
        CommandParameter("date", .date, "Snapshot date of a holdings file whose name has none."),
        CommandParameter("prices", .file, "Member prices: a wide matrix CSV or a folder of CSV files (default: the store)."),
    ]
}

extension ReadCommand {
    /// What the command answers, one line.
    public var summary: String {
        switch self {
        case .symbols: "What the store holds."
        case .perf: "Returns over windows for one or more symbols."
        case .highs: "Record closes and record intraday highs, and the distance from the record."
        case .metrics: "Risk and return statistics (empyrical conventions), optionally against a benchmark."
        case .relative: "Relative strength of A against B: period returns, excess, streaks, recent record."
        case .rrg: "Rotation map: RS-Ratio and RS-Momentum of each symbol against a benchmark."
        case .cycles: "Underperformance and outperformance stretches of A/B (or of one series), ranked."
        case .breadth: "Participation of an index's members: advancers, % above averages, new highs, McClellan."
        case .contribution: "Who drove the index's return: member and sector contributions, concentration."
        case .valuation: "Index-level P/E under every convention, side by side, with a bridge."
        case .brief: "The market brief: who led over which window, and record status."
        case .events: "Event study: mean and median path of A (or A against B) around event dates, with a bootstrap band and a placebo."
        }
    }

    /// The inputs the command takes, in the CLI's order.
    public var parameters: [CommandParameter] {
        let symbols = CommandParameter("symbols", .list, required: true, "Symbols in the store, comma-separated.")
        switch self {
        case .symbols:
            return []
        case .perf:
            return [symbols, CommandParameter("window", .text, repeated: true, "A window: \(Window.formsList)."),
                    .asOf, .totalReturn]
        case .highs:
            return [symbols, .asOf, .totalReturn]
        case .metrics:
            return [CommandParameter("symbols", .list, required: true, "The one symbol measured."),
                    CommandParameter("benchmark", .text, "Benchmark symbol."),
                    CommandParameter("from", .date, "First price date (inclusive)."),
                    CommandParameter("to", .date, "Last price date (inclusive)."),
                    CommandParameter("rf", .number, "Annual risk-free rate as a fraction (0.04 = 4%)."),
                    .period(default: .day),
                    CommandParameter("periods_per_year", .integer, "Override periods per year (default 252/52/12)."),
                    CommandParameter("convention", .choice(MetricsConvention.allCases.map(\.rawValue)), "Convention profile (default empyrical)."),
                    CommandParameter("drawdowns", .integer, "How many of the worst drawdowns to list (default 5)."),
                    CommandParameter("rolling", .integer, "Rolling volatility, Sharpe, beta and correlation over N periods."),
                    .totalReturn]
        case .relative:
            return [CommandParameter("a", .text, required: true, "The first symbol (A)."),
                    CommandParameter("b", .text, required: true, "The second symbol (B)."),
                    .period(default: .week),
                    CommandParameter("from", .date, "Only periods ending on or after this day."),
                    CommandParameter("recent", .integer, "n in \"A beat B in k of the last n periods\" (default 12)."),
                    CommandParameter("divergences", .boolean, "List the days on which A and B moved in opposite directions."),
                    .asOf, .totalReturn]
        case .rrg:
            return [symbols, CommandParameter("benchmark", .text, required: true, "The benchmark symbol."),
                    .period(default: .week),
                    CommandParameter("tail", .integer, "Points in each tail (default 8)."),
                    CommandParameter("window", .integer, "Smoothing window n in periods (default 14)."),
                    CommandParameter("lag", .integer, "Momentum lag k in periods (default 1)."),
                    .asOf, .totalReturn]
        case .cycles:
            return [CommandParameter("a", .text, required: true, "A symbol (A)."),
                    CommandParameter("b", .text, "Optional benchmark B: the line is A/B."),
                    .period(default: .month),
                    CommandParameter("minimum_depth", .number, "Leave out stretches shallower than this depth (fraction)."),
                    .asOf, .totalReturn]
        case .breadth:
            return CommandParameter.members + [.asOf, CommandParameter("from", .date, "Start of a dated series."),
                                               CommandParameter("to", .date, "End of a dated series.")]
        case .contribution:
            return CommandParameter.members + [CommandParameter("from", .date, "Start day."), CommandParameter("to", .date, "End day.")]
        case .valuation:
            return [CommandParameter("holdings", .file, "A fundamentals file (or members, for figures from stored filings)."),
                    CommandParameter("members", .file, repeated: true,
                                     "Members or holdings file, or the store's snapshots (DATE, INDEX@DATE, INDEX): figures from stored SEC filings."),
                    CommandParameter("as_of", .date, "With members: the day to value at; only filings made by then are used.")]
        case .brief:
            return [CommandParameter("universe", .text, "Sleeves to compare, e.g. small=RUT,large=GSPC,tech=IXIC."),
                    CommandParameter("members", .file, repeated: true, "Holdings or members file: adds a breadth section."),
                    CommandParameter("date", .date, "Snapshot date of a holdings file whose name has none."),
                    CommandParameter("prices", .file, "Member prices for the breadth section (default: the store)."),
                    CommandParameter("holdings", .file, "A fundamentals file: adds a valuation section."),
                    .asOf, .totalReturn]
        case .events:
            return Self.eventsParameters
        }
    }
}
