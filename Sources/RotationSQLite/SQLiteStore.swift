import GRDB
import RotationCore
import RotationData

/// The embedded default store: one SQLite file (or memory) through GRDB.
/// (Interface placeholder; the implementation lands with the storage work.)
public final class SQLiteStore: Store {
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the SQLite file at `path` and migrates it.
    public init(path: String) throws {
        writer = try DatabaseQueue(path: path)
    }

    /// A private in-memory store, for tests and file mode.
    public init() throws {
        writer = try DatabaseQueue()
    }

    public func importBatch(_ items: [ImportItem]) async throws -> [ImportReport] {
        throw DataError(.unavailable, "SQLite store is not implemented yet")
    }

    public func symbols() async throws -> [SymbolSummary] { [] }

    public func load(symbol: String) async throws -> LoadedSeries {
        throw DataError(.unknownSymbol, "unknown symbol \"\(symbol)\"")
    }

    public func importLog() async throws -> [ImportLogEntry] { [] }
}
