import ArgumentParser
import Foundation
import RotationApp
import RotationCore
import RotationData

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load price, return, factor, rate, holdings or member price files into the store (atomic and idempotent).",
        discussion: """
            Every file is read and checked before the store is touched; the whole invocation is one \
            transaction, so a bad file leaves the store exactly as it was. Importing the same files \
            again reports 0 added, 0 updated. Directories contribute their *.csv files. \
            Holdings files (iShares layout) become dated membership snapshots of the index named by \
            --symbol or the file name up to its first "_" (IWM_holdings_2025-11-05.csv: IWM on \
            2025-11-05); a wide matrix (date, then one column per ticker) becomes member prices \
            (adj_close), reported as one row.
            """)

    @Argument(help: "CSV files or directories of CSV files.")
    var paths: [String]

    @Option(help: "Store a single price file under this symbol instead of its file name, or name the index of holdings files.")
    var symbol: String?

    @Option(help: ArgumentHelp("Date of holdings files that state none in their text or name.", valueName: "YYYY-MM-DD"))
    var date: TradingDay?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let bar = ProgressBar(label: "reading")
        let result = try await store.service.importFiles(
            ImportRequest(paths: paths, symbol: symbol, date: date),
            progress: { done, total in bar.update(done: done, total: total) })
        if store.json { return try Output.json(result) }
        let rows = result.imports.map { report in
            [report.symbol ?? "\(report.tickers ?? 0) tickers", report.kind, "\(report.added)", "\(report.updated)",
             "\(report.unchanged)", report.removed.map(String.init) ?? "",
             report.firstDate.map(String.init(describing:)) ?? "", report.lastDate.map(String.init(describing:)) ?? "", report.file]
        }
        Output.print(TextTable.render(columns: ["Symbol", "Kind", "Added", "Updated", "Unchanged", "Removed", "First", "Last", "File"],
                                      rows: rows))
    }
}

struct SymbolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "symbols", abstract: "List what the store holds.",
        discussion: """
            Member prices (the adj_close-only series a wide member matrix writes) are counted on one \
            line apart from your own series; --kind member lists them. In --json every symbol has \
            "member_prices": true or false.
            """)

    @Argument(help: "Only symbols matching this pattern (case-insensitive; * any characters, ? one).")
    var pattern: String?

    @Option(help: "Only this kind: price, return, rate, factor or member (member prices from a matrix).")
    var kind: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        let filter = try SymbolsFilter(kind: kind, pattern: pattern)
        let result = try await store.service.symbols().filtered(by: filter)
        try Output.emit(result, json: store.json, options: output) {
            SymbolsTables.symbols(result, listMembers: filter.kind == "member")
        }
    }
}
