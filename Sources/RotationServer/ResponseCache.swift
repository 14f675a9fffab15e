import Foundation

/// Computed GET bodies keyed by request URI and the import log's version: answers change only
/// when data are imported, so a repeated dashboard or API request costs a lookup instead of a
/// computation. Concurrent requests for the same key share one computation. An import (seen
/// within `eventPollSeconds`, or at once when made through this server) changes the version and
/// so retires every entry. Failed computations are not kept. Bounded in entries and in bytes per
/// entry; the oldest entry leaves first.
actor ResponseCache {
    private var entries: [String: (version: String, task: Task<Data, any Error>)] = [:]
    private var order: [String] = []
    private let maxEntries: Int
    private let maxEntryBytes: Int

    init(maxEntries: Int = 512, maxEntryBytes: Int = 4 << 20) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
    }

    /// The body for `key` at `version`: the kept one, the one being computed, or a new computation.
    func body(for key: String, version: String, compute: @escaping @Sendable () async throws -> Data) async throws -> Data {
        if let entry = entries[key], entry.version == version { return try await entry.task.value }
        let task = Task { try await compute() }
        if entries.updateValue((version, task), forKey: key) == nil { order.append(key) }
        while order.count > maxEntries {
            entries.removeValue(forKey: order.removeFirst())
        }
        do {
            let body = try await task.value
            if body.count > maxEntryBytes { forget(key, task) }
            return body
        } catch {
            forget(key, task)
            throw error
        }
    }

    private func forget(_ key: String, _ task: Task<Data, any Error>) {
        guard entries[key]?.task == task else { return }
        entries.removeValue(forKey: key)
        order.removeAll { $0 == key }
    }
}
