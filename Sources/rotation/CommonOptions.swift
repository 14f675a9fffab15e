import ArgumentParser
import RotationApp
import RotationCore

/// Options every data command takes (CONTRACT.md, "Common options and rules").
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Store to use: a path or sqlite:PATH (SQLite) or postgres://user:pass@host:port/db.",
        discussion: "Default: $ROTATION_DB, else $XDG_DATA_HOME/rotation/rotation.sqlite.", valueName: "URL"))
    var db: String?

    @Flag(name: .long, help: "Print one JSON document on stdout.")
    var json = false

    var service: RotationService { RotationService(location: StoreLocation.resolve(argument: db)) }
}

/// `--as-of` and `--total-return`.
struct EvaluationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Evaluate as if the data ended on this day (the last row on or before it).", valueName: "YYYY-MM-DD"))
    var asOf: TradingDay?

    @Flag(name: .long, help: "Use adj_close (dividends and splits reinvested) instead of close.")
    var totalReturn = false

    var basis: PriceBasis { totalReturn ? .total : .price }
}

extension TradingDay: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension TableRendering.Format: ExpressibleByArgument {}

/// `--format`, `--out` and `--table`: every command that prints a table (CONTRACT.md).
struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table (text), csv, md (GitHub Markdown) or json (as --json).")
    var format: TableRendering.Format = .table

    @Option(help: ArgumentHelp("Write the output to FILE (atomically: nothing is written on error) instead of stdout.",
                               valueName: "FILE"))
    var out: String?

    @Option(help: ArgumentHelp("The table --format csv writes (default: the first; the text output names the others).",
                               valueName: "NAME"))
    var table: String?
}

/// `--chart FILE.svg`: commands with a dated result also write its chart (CONTRACT.md), drawn by
/// `CommandCharts` from the same answer; it works with every `--format`.
struct ChartOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Also write the answer's chart (SVG) to FILE (atomically: nothing is written on error).",
                               valueName: "FILE.svg"))
    var chart: String?
}
