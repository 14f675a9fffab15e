import RotationCore
import RotationData

/// `rotation import FILE|DIR…`: read every file first, then load them all in one transaction.
public struct ImportRequest: Sendable {
    public var paths: [String]
    /// Store under this symbol instead of the file stem (one price file only), or the index
    /// name of holdings files and member lists (any number of them).
    public var symbol: String?
    /// The date of holdings files that state none (in their text or name); `nil` otherwise.
    public var date: TradingDay?

    public init(paths: [String], symbol: String? = nil, date: TradingDay? = nil) {
        self.paths = paths
        self.symbol = symbol
        self.date = date
    }
}

/// The contract's `import` document: one row per file (per factor column, per member-list
/// snapshot), each with its `kind`.
public struct ImportResult: Sendable, Codable, Equatable {
    public var imports: [BatchImportReport]
}

extension RotationService {
    /// Reads and validates every file before touching the store, so a bad file leaves the store
    /// as it was; then imports the whole batch atomically. `progress(done, total)` is called
    /// after each file is read.
    ///
    /// Holdings files and member lists become membership snapshots of the index `symbol` names
    /// (default: the file name up to its first `_`); a wide matrix becomes member prices (one
    /// report row for the file); other files are prices, returns, rates or factors.
    public func importFiles(_ request: ImportRequest,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> ImportResult {
        guard !request.paths.isEmpty else { throw Failure(.usage, "import needs at least one FILE or DIR") }
        let files = try InputFiles.expand(request.paths)
        guard !files.isEmpty else {
            throw Failure(.missingInput, "\(request.paths.joined(separator: " ")): no .csv files found")
        }
        let symbol = request.symbol?.uppercased()
        var items: [BatchImportItem] = []
        var seriesFiles = 0
        for (index, file) in files.enumerated() {
            if let members = try MemberImportFiles.load(path: file, index: symbol, date: request.date) {
                items += members
            } else {
                seriesFiles += 1
                if symbol != nil && files.count > 1 {
                    throw Failure(.usage, "--symbol applies to one price file, or names the index of holdings files, but \(files.count) files were given")
                }
                items += try InputFiles.load(path: file, symbol: symbol).map { .series($0) }
            }
            progress?(index + 1, files.count)
        }
        if request.date != nil, !items.contains(where: { if case .snapshot = $0 { true } else { false } }) {
            throw Failure(.usage, "--date dates holdings files (iShares layout), and none was given")
        }
        source.createsStore = true
        let store = try source.store()
        if seriesFiles == files.count {
            let series = items.compactMap { item -> ImportItem? in
                if case .series(let series) = item { return series }
                return nil
            }
            let reports = try await store.importBatch(series)
            return ImportResult(imports: zip(reports, series).map { BatchImportReport($0, kind: $1.payload.kind) })
        }
        return ImportResult(imports: try await membershipStore().importBatch(items))
    }

    /// `rotation symbols`: what the store holds, with its membership snapshots.
    public func symbols() async throws -> SymbolsResult {
        let store = try source.store()
        let snapshots = try await (store as? any MembershipStore)?.snapshotSummaries() ?? []
        return SymbolsResult(symbols: try await store.symbols(), snapshots: snapshots)
    }
}

/// The contract's `symbols` document, plus `snapshots`: the membership snapshots held
/// (`[{index, date, members, weight}]`, empty when none).
public struct SymbolsResult: Sendable, Codable, Equatable {
    public var symbols: [SymbolSummary]
    public var snapshots: [SnapshotSummary]
}
