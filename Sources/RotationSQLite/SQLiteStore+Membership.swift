import Foundation
import GRDB
import RotationCore
import RotationData

extension SQLiteStore: MembershipStore {
    /// Imports series, snapshots and member price matrices in one write transaction (all or
    /// nothing). See `StoreImport` and `MembershipImport` for how rows are classified.
    public func importBatch(_ items: [BatchImportItem]) async throws -> [BatchImportReport] {
        let importedAt = Date().ISO8601Format()
        do {
            return try await writer.write { db in
                try items.map { item -> BatchImportReport in
                    switch item {
                    case .series(let series):
                        BatchImportReport(try StoreImport.importItem(series, importedAt: importedAt, db: db),
                                          kind: series.payload.kind)
                    case .snapshot(let snapshot):
                        try MembershipImport.importSnapshot(snapshot, importedAt: importedAt, db: db)
                    case .memberPrices(let matrix):
                        try MembershipImport.importMemberPrices(matrix, importedAt: importedAt, db: db)
                    }
                }
            }
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }

    /// Every stored snapshot, sorted by index then date.
    public func snapshotSummaries() async throws -> [SnapshotSummary] {
        try await reading { db in try MembershipQueries.summaries(db) }
    }

    /// All snapshots of `index`, ascending by date.
    public func membershipHistory(index: String) async throws -> MembershipHistory {
        try await reading { db in try MembershipQueries.history(index: index, db: db) }
    }

    /// The bars of the held price symbols among `symbols`, in one read transaction.
    public func loadBars(symbols: [String]) async throws -> [DailyBars] {
        try await reading { db in try MembershipQueries.bars(symbols: symbols, db: db) }
    }

    private func reading<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch {
            throw SQLiteErrorMapping.dataError(for: error, database: label)
        }
    }
}
