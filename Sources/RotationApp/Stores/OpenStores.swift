import Foundation
import RotationPostgres

/// The PostgreSQL stores this process opened, so that front ends can close their connection
/// pools before exiting (`StoreFactory.closeAll()`). SQLite stores need no closing.
final class OpenStores: @unchecked Sendable {
    static let shared = OpenStores()

    private let lock = NSLock()
    private var stores: [PostgresStore] = []

    func add(_ store: PostgresStore) {
        lock.lock()
        defer { lock.unlock() }
        stores.append(store)
    }

    /// Every store added so far; the list is emptied.
    func removeAll() -> [PostgresStore] {
        lock.lock()
        defer { lock.unlock() }
        let all = stores
        stores = []
        return all
    }
}
