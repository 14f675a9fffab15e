import Foundation
import GRDB
import RotationCore
import RotationData

/// The embedded default store: one SQLite file (or memory) through GRDB.
///
/// A file database runs in WAL mode with a 5-second busy timeout, so two processes importing
/// into the same file take turns instead of failing. Every import is one write transaction
/// (`importBatch`); reads see a consistent snapshot. Every failure reaches callers as a
/// `DataError` with one safe sentence naming the database (see `SQLiteErrorMapping`).
public final class SQLiteStore: Store {
    let writer: any DatabaseWriter
    /// The database as messages name it: the file path, or `:memory:`.
    let label: String

    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeoutSeconds: TimeInterval = 5

    /// Opens (creating it and its parent directories if needed) the SQLite file at `path` and
    /// migrates it to the current schema.
    ///
    /// Throws `DataError(.io)` when the directory cannot be created and `DataError(.unavailable)`
    /// when the file cannot be opened, is not a database, or was written by a newer schema.
    public convenience init(path: String) throws {
        try self.init(path: path, readOnly: false)
    }

    /// A private in-memory store, for tests and file mode.
    public init() throws {
        label = ":memory:"
        do {
            let queue = try DatabaseQueue()
            try StoreSchema.migrator.migrate(queue)
            writer = queue
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }

    /// Opens the file at `path`; with `readOnly` the file must already hold a current schema
    /// and every write fails with the read-only message.
    init(path: String, readOnly: Bool) throws {
        label = path
        if !readOnly {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw DataError(.io, "cannot create directory \"\(directory.path)\" for database \"\(path)\"")
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(SQLiteStore.busyTimeoutSeconds)
        configuration.readonly = readOnly
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.prepare(queue, readOnly: readOnly, database: path)
            writer = queue
        } catch {
            throw SQLiteErrorMapping.openError(for: error, path: path)
        }
    }

    /// Imports every item in one write transaction (all or nothing), merging each file's rows
    /// by day, and logs each file. See `StoreImport` for how rows are classified.
    public func importBatch(_ items: [ImportItem]) async throws -> [ImportReport] {
        let importedAt = Date().ISO8601Format()
        return try await mappingErrors {
            try await writer.write { db in
                try items.map { item in try StoreImport.importItem(item, importedAt: importedAt, db: db) }
            }
        }
    }

    /// Every symbol held with its kind, first and last day and row count, sorted by symbol.
    public func symbols() async throws -> [SymbolSummary] {
        try await mappingErrors {
            try await writer.read { db in try StoreQueries.symbols(db) }
        }
    }

    /// The rows of `symbol`, found case-insensitively: `.bars` for a price symbol, `.series`
    /// otherwise. Throws `DataError(.unknownSymbol)` when the store does not hold it.
    public func load(symbol: String) async throws -> LoadedSeries {
        try await mappingErrors {
            try await writer.read { db in try StoreQueries.load(symbol: symbol, db: db) }
        }
    }

    /// Every file ever imported, newest first.
    public func importLog() async throws -> [ImportLogEntry] {
        try await mappingErrors {
            try await writer.read { db in try StoreQueries.importLog(db) }
        }
    }

    /// Runs `body`, turning any GRDB or SQLite error into a `DataError` that names this database.
    private func mappingErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }
}
