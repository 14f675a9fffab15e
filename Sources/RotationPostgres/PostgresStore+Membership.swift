import Foundation
import PostgresNIO
import RotationCore
import RotationData

extension PostgresStore: MembershipStore {
    /// Imports series, snapshots and member price matrices in one transaction (all or nothing),
    /// with the SQLite store's rules (see `PostgresImport` and `PostgresMembershipImport`).
    public func importBatch(_ items: [BatchImportItem]) async throws -> [BatchImportReport] {
        let importedAt = Date().ISO8601Format()
        return try await perform(.importing) { client in
            try await client.withConnection { connection in
                try await connection.transaction(logger: Self.logger) { connection in
                    try await PostgresImport.run(items, importedAt: importedAt, connection: connection, logger: Self.logger)
                }
            }
        }
    }

    /// Every stored snapshot, sorted by index then date.
    public func snapshotSummaries() async throws -> [SnapshotSummary] {
        try await perform(.reading) { client in
            try await client.withConnection { connection in
                try await PostgresMembershipQueries.summaries(connection: connection, logger: Self.logger)
            }
        }
    }

    /// All snapshots of `index` (found case-insensitively), ascending by date, from one snapshot
    /// of the database.
    public func membershipHistory(index: String) async throws -> MembershipHistory {
        try await readOnly { connection in
            try await PostgresMembershipQueries.history(index: index, connection: connection, logger: Self.logger)
        }
    }

    /// The bars of the held price symbols among `symbols`, from one snapshot of the database.
    public func loadBars(symbols: [String]) async throws -> [DailyBars] {
        try await readOnly { connection in
            try await PostgresMembershipQueries.bars(symbols: symbols, connection: connection, logger: Self.logger)
        }
    }
}
