import RotationCore
import RotationData

/// `rotation import FILE|DIR…`: read every file first, then load them all in one transaction.
public struct ImportRequest: Sendable {
    public var paths: [String]
    /// Store under this symbol instead of the file stem (one file only).
    public var symbol: String?

    public init(paths: [String], symbol: String? = nil) {
        self.paths = paths
        self.symbol = symbol
    }
}

/// The contract's `import` document.
public struct ImportResult: Sendable, Codable, Equatable {
    public var imports: [ImportReport]
}

extension RotationService {
    /// Reads and validates every file before touching the store, so a bad file leaves the store
    /// as it was; then imports the whole batch atomically. `progress(done, total)` is called
    /// after each file is read.
    public func importFiles(_ request: ImportRequest,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> ImportResult {
        guard !request.paths.isEmpty else { throw Failure(.usage, "import needs at least one FILE or DIR") }
        let files = try InputFiles.expand(request.paths)
        guard !files.isEmpty else {
            throw Failure(.missingInput, "\(request.paths.joined(separator: " ")): no .csv files found")
        }
        if request.symbol != nil && files.count > 1 {
            throw Failure(.usage, "--symbol applies to one file, but \(files.count) files were given")
        }
        var items: [ImportItem] = []
        for (index, file) in files.enumerated() {
            items += try InputFiles.load(path: file, symbol: request.symbol?.uppercased())
            progress?(index + 1, files.count)
        }
        let reports = try await source.store().importBatch(items)
        return ImportResult(imports: reports)
    }

    /// `rotation symbols`: what the store holds.
    public func symbols() async throws -> SymbolsResult {
        SymbolsResult(symbols: try await source.store().symbols())
    }
}

/// The contract's `symbols` document.
public struct SymbolsResult: Sendable, Codable, Equatable {
    public var symbols: [SymbolSummary]
}
