import Foundation

/// Computed GET bodies keyed by request URI and the import log's version: answers change only
/// when data are imported, so a repeated dashboard or API request costs a lookup instead of a
/// computation. An import (seen within `eventPollSeconds`, or at once when made through this
/// server) changes the version and so retires every entry. Bounded in entries and in bytes per
/// entry; the oldest entry leaves first.
actor ResponseCache {
    private var entries: [String: (version: String, body: Data)] = [:]
    private var order: [String] = []
    private let maxEntries: Int
    private let maxEntryBytes: Int

    init(maxEntries: Int = 512, maxEntryBytes: Int = 4 << 20) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
    }

    /// The body stored for `key` at `version`, if any.
    func body(for key: String, version: String) -> Data? {
        guard let entry = entries[key], entry.version == version else { return nil }
        return entry.body
    }

    /// Stores a body (bodies over the size bound are not kept).
    func store(_ body: Data, for key: String, version: String) {
        guard body.count <= maxEntryBytes else { return }
        if entries.updateValue((version, body), forKey: key) == nil { order.append(key) }
        while order.count > maxEntries {
            entries.removeValue(forKey: order.removeFirst())
        }
    }
}
