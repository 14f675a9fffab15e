import Foundation
import PostgresNIO
import RotationCore
import RotationData

/// The shared server store: one PostgreSQL database (optionally one schema of it) through
/// postgres-nio, for a team that shares one store.
///
/// Opening is cheap and never blocks: the store starts its connection pool (`PostgresClient`,
/// whose `run()` lives in a task the store owns) and, in the background, one direct connection
/// that checks the login and brings the schema to the current migration. The first operation
/// waits for that. A server that is down or refuses the login fails there within the connect
/// timeout, with one line naming host and port — not after the pool's minute of retries. A
/// failed check is tried again by the next operation, so a long-lived store outlives an outage.
///
/// Every operation runs under the operation timeout (`PostgresTimeouts`). Every import is one
/// transaction (`importBatch`): a failure, a lost connection or a timeout leaves the store as it
/// was. Every failure reaches callers as a `DataError(.unavailable)` with a safe sentence (see
/// `PostgresErrorMapping`); the driver's own description is logged at debug level only.
///
/// Call `shutdown()` when done (the CLI does, through the App layer); dropping the store also
/// stops its pool, without waiting.
public final class PostgresStore: Store {
    /// Where the store lives, as parsed from its URL.
    public let location: PostgresLocation
    let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let readiness: Readiness

    static let logger = Logger(label: "rotation.postgres")

    /// Opens the store a `postgres://` or `postgresql://` URL names (see `PostgresLocation` for
    /// the form and its parameters). Throws `DataError(.badInput)` for a malformed URL only;
    /// connection and migration errors surface on the first operation.
    public convenience init(url: String) throws(DataError) {
        self.init(location: try PostgresLocation(url: url))
    }

    /// Opens the store at `location`.
    public init(location: PostgresLocation) {
        self.location = location
        let client = PostgresClient(configuration: PostgresConfiguration.client(location))
        self.client = client
        runTask = Task { await client.run() }
        readiness = Readiness { try await Self.prepare(location) }
    }

    deinit {
        readiness.cancel()
        runTask.cancel()
    }

    /// Stops the pool and closes its connections; waits at most two seconds for that. Later
    /// operations fail with "the store was already closed".
    public func shutdown() async {
        readiness.cancel()
        runTask.cancel()
        let run = runTask
        _ = try? await withDeadline(.seconds(2)) { await run.value }
    }

    /// Imports every item in one transaction (all or nothing), merging each item's rows by day,
    /// and logs each file. See `PostgresImport` for how rows are classified.
    public func importBatch(_ items: [ImportItem]) async throws -> [ImportReport] {
        let importedAt = Date().ISO8601Format()
        return try await perform(.importing) { client in
            try await client.withConnection { connection in
                try await connection.transaction(logger: Self.logger) { connection in
                    try await PostgresImport.run(items, importedAt: importedAt, connection: connection, logger: Self.logger)
                }
            }
        }
    }

    /// Every symbol held with its kind, first and last day and row count, sorted by symbol.
    public func symbols() async throws -> [SymbolSummary] {
        try await perform(.reading) { client in
            try await client.withConnection { connection in
                try await PostgresQueries.symbols(connection: connection, logger: Self.logger)
            }
        }
    }

    /// The rows of `symbol`, found case-insensitively: `.bars` for a price symbol, `.series`
    /// otherwise. Throws `DataError(.unknownSymbol)` when the store does not hold it.
    public func load(symbol: String) async throws -> LoadedSeries {
        // One snapshot for the kind lookup and the rows.
        try await readOnly { connection in
            try await PostgresQueries.load(symbol: symbol, connection: connection, logger: Self.logger)
        }
    }

    /// Runs `body` in one read-only, repeatable-read transaction on a pooled connection.
    func readOnly<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await perform(.reading) { client in
            try await client.withConnection { connection in
                try await connection.transaction(begin: "START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY",
                                                 logger: Self.logger, body)
            }
        }
    }

    /// Every file ever imported, newest first.
    public func importLog() async throws -> [ImportLogEntry] {
        try await perform(.reading) { client in
            try await client.withConnection { connection in
                try await PostgresQueries.importLog(connection: connection, logger: Self.logger)
            }
        }
    }

    /// Waits for the store to be ready, then runs `body` on the pool under the operation
    /// timeout, turning every failure into a `DataError` that names the server.
    func perform<T: Sendable>(_ phase: PostgresErrorMapping.Phase,
                                      _ body: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        try await readiness.wait()
        let client = self.client
        do {
            return try await withDeadline(location.timeouts.operation) { try await body(client) }
        } catch {
            throw Self.mapped(error, location: location, phase: phase)
        }
    }

    /// Connects once, directly (no pool, so a refusal is reported at once and precisely), and
    /// migrates. Throws a mapped `DataError`.
    static func prepare(_ location: PostgresLocation) async throws {
        let connection: PostgresConnection
        do {
            let configuration = try PostgresConfiguration.connection(location)
            connection = try await withDeadline(location.timeouts.connect) {
                try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            }
        } catch {
            throw mapped(error, location: location, phase: .connecting)
        }
        do {
            try await withDeadline(location.timeouts.operation) {
                try await PostgresSchema.migrate(connection, location: location, logger: logger)
            }
        } catch {
            try? await connection.close()
            throw mapped(error, location: location, phase: .reading)
        }
        try? await connection.close()
    }

    /// The mapped error, with the driver's detail logged at debug level.
    static func mapped(_ error: any Error, location: PostgresLocation, phase: PostgresErrorMapping.Phase) -> DataError {
        let mapped = PostgresErrorMapping.dataError(for: error, location: location, phase: phase)
        if !(error is DataError) {
            logger.debug("\(mapped.message)", metadata: ["detail": "\(String(reflecting: error))"])
        }
        return mapped
    }
}
