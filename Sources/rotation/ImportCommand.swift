import ArgumentParser
import RotationApp

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load price, return, factor or rate files into the store (atomic and idempotent).",
        discussion: """
            Every file is read and checked before the store is touched; the whole invocation is one \
            transaction, so a bad file leaves the store exactly as it was. Importing the same files \
            again reports 0 added, 0 updated. Directories contribute their *.csv files.
            """)

    @Argument(help: "CSV files or directories of CSV files.")
    var paths: [String]

    @Option(help: "Store a single file under this symbol instead of its file name.")
    var symbol: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let bar = ProgressBar(label: "reading")
        let result = try await store.service.importFiles(
            ImportRequest(paths: paths, symbol: symbol),
            progress: { done, total in bar.update(done: done, total: total) })
        if store.json { return try Output.json(result) }
        let rows = result.imports.map { report in
            [report.symbol, "\(report.added)", "\(report.updated)", "\(report.unchanged)",
             report.firstDate.map(String.init(describing:)) ?? "", report.lastDate.map(String.init(describing:)) ?? "", report.file]
        }
        Output.print(TextTable.render(columns: ["Symbol", "Added", "Updated", "Unchanged", "First", "Last", "File"], rows: rows))
    }
}

struct SymbolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "symbols", abstract: "List what the store holds.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let result = try await store.service.symbols()
        if store.json { return try Output.json(result) }
        let rows = result.symbols.map {
            [$0.symbol, $0.kind.rawValue, $0.firstDate.map(String.init(describing:)) ?? "",
             $0.lastDate.map(String.init(describing:)) ?? "", "\($0.rows)"]
        }
        Output.print(TextTable.render(columns: ["Symbol", "Kind", "First", "Last", "Rows"], rows: rows))
    }
}
